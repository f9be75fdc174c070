import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, GrowError } from '../../src/errors';
import { exportTarget, writeExport } from '../../src/store/export-file';
import { backupDirOf, lockPathOf } from '../../src/store/paths';
import { rejection } from '../support/rejection';
import { tempDir } from '../support/temp';

const failure = (promise: Promise<unknown>) => rejection(promise, GrowError);

/** A journal that exists, with its backups folder, in a folder of its own. */
function journalIn(dir: string): string {
  const journal = join(dir, 'data', 'journal.json');
  mkdirSync(backupDirOf(journal), { recursive: true });
  writeFileSync(journal, '{"version": 1, "people": []}');
  return journal;
}

describe('the --out target of grow export', () => {
  it('writes through a link, replacing the file it points at, and leaves the link a link', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync('real.md', join(dir, 'link.md'));
    symlinkSync('later.md', join(dir, 'dangling.md'));
    for (const name of ['link.md', 'dangling.md']) {
      const target = await exportTarget(join(dir, name), journalIn(dir));
      expect(target.kind).toBe('replace');
      await writeExport(target, `new through ${name}`);
      expect(lstatSync(join(dir, name)).isSymbolicLink()).toBe(true);
    }
    expect(readlinkSync(join(dir, 'link.md'))).toBe('real.md');
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toBe('new through link.md');
    expect(readFileSync(join(dir, 'later.md'), 'utf8')).toBe('new through dangling.md');
  });

  it('writes a character device or a pipe as it is, without putting a file in its place', async () => {
    const dir = tempDir();
    const journal = journalIn(dir);
    // A null device of the test's own (where root may make one), so a mistake cannot replace the system's.
    const device = join(dir, 'null');
    if (spawnSync('mknod', [device, 'c', '1', '3']).status === 0) {
      const target = await exportTarget(device, journal);
      expect(target).toMatchObject({ kind: 'direct', path: device });
      await writeExport(target, 'nothing');
      expect(lstatSync(device).isCharacterDevice()).toBe(true);
    }

    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (read += chunk));
    const closed = new Promise((resolve) => reader.on('close', resolve));
    await writeExport(await exportTarget(fifo, journal), 'through the pipe');
    await closed;
    expect(read).toBe('through the pipe');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder and an empty name as usage errors naming --out', async () => {
    const dir = tempDir();
    const journal = journalIn(dir);
    const folder = await failure(exportTarget(dir, journal));
    expect(folder.exitCode).toBe(EXIT.usage);
    expect(folder.message).toBe(`--out: ${dir} is a folder; give a file in it, for example: --out ${dir}/plan.md`);
    const empty = await failure(exportTarget('', journal));
    expect(empty.exitCode).toBe(EXIT.usage);
    expect(empty.message).toBe('--out needs a file name, for example: --out plan.md');
  });

  it('makes no folder: a missing one is named, and nothing is created', async () => {
    const dir = tempDir();
    const out = join(dir, 'missing', 'plan.md');
    const error = await failure(exportTarget(out, journalIn(dir)));
    expect(error.exitCode).toBe(EXIT.failure);
    expect(error.message).toBe(`Cannot write ${out}: the folder ${join(dir, 'missing')} does not exist.`);
    expect(existsSync(dirname(out))).toBe(false);

    symlinkSync(join(dir, 'gone', 'plan.md'), join(dir, 'link-into-nothing.md'));
    expect((await failure(exportTarget(join(dir, 'link-into-nothing.md'), journalIn(dir)))).message).toContain(`the folder ${join(dir, 'gone')} does not exist`);
  });

  it("never writes over the journal, its lock or its backups, however the path reaches them", async () => {
    const dir = tempDir();
    const journal = journalIn(dir);
    symlinkSync(journal, join(dir, 'journal-link.json'));
    symlinkSync(backupDirOf(journal), join(dir, 'backups-link'));
    const cases: [string, string][] = [
      [journal, 'replace the journal itself'],
      [join(dir, 'data', '..', 'data', 'journal.json'), 'replace the journal itself'],
      [join(dir, 'journal-link.json'), 'replace the journal itself'],
      [lockPathOf(journal), "replace the journal's lock"],
      [backupDirOf(journal), "go among the journal's backups"],
      [join(backupDirOf(journal), 'journal-2026-11-25.json'), "go among the journal's backups"],
      [join(dir, 'backups-link', 'x.md'), "go among the journal's backups"],
    ];
    for (const [out, what] of cases) {
      const error = await failure(exportTarget(out, journal));
      expect(error.exitCode, out).toBe(EXIT.usage);
      expect(error.message, out).toBe(`--out: the export would ${what}; choose another file, for example: --out plan.md`);
    }
    expect(readFileSync(journal, 'utf8')).toBe('{"version": 1, "people": []}');
    expect(existsSync(lockPathOf(journal))).toBe(false);
  });

  it.runIf(existsSync('/proc/self'))('names the file asked for, never the temporary one beside it', async () => {
    const error = await failure(writeExport({ given: '/proc/x.md', kind: 'replace', path: '/proc/x.md' }, 'text'));
    expect(error.message).toMatch(/^Cannot write \/proc\/x\.md: [a-z ]+\.$/);
  });
});
