// The journal's files under attack from the file system itself: a journal reached through a
// link, backups folders that are links or someone else's, folders others may write to,
// leftovers of killed writers, pipes and devices in the journal's place, a journal too large
// to read, file-system errors, and a clock that ran ahead.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirOf, lockPathOf } from '../../src/store/paths';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow, type RunResult } from './support/grow';

const isRoot = process.getuid?.() === 0;

/** A small file system of its own, to fill or to make read-only: root only, and where mounting is allowed. */
function mountSmallDisk(): string {
  const disk = tempDir();
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=700', 'tmpfs', disk], { stdio: 'ignore' });
  return disk;
}
const canMount = (() => {
  try {
    execFileSync('umount', [mountSmallDisk()], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const NOBODY = 65534;
const PASSPHRASE = 'river stones and tea';

/** A folder that another user, `uid`, owns, inside folders everyone may pass through. */
function folderOf(uid: number): string {
  const outer = tempDir();
  chmodSync(outer, 0o711);
  const folder = join(outer, 'theirs');
  mkdirSync(folder, { mode: 0o700 });
  chownSync(folder, uid, uid);
  return folder;
}

/** Exit 1 with the plain words expected, never an error inside grow. */
function expectRefused(result: RunResult, words: string | RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(typeof words === 'string' ? new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : words);
  expect(result.stderr).not.toMatch(/Something went wrong inside grow|\n\s+at /);
}

const notesOf = async (journal: string, env?: Record<string, string>) =>
  (JSON.parse((await runGrow(['notes', '--json'], { journal, env })).stdout) as { text: string }[]).map((n) => n.text);

describe('a journal reached through a link', () => {
  it('is written, backed up and encrypted where the link points, and the link stays a link', async () => {
    const synced = join(tempDir(), 'Sync');
    mkdirSync(synced, { mode: 0o700 });
    const real = join(synced, 'journal.json');
    const link = tempJournal();
    mkdirSync(dirname(link), { recursive: true, mode: 0o700 });
    symlinkSync(real, link);

    expect((await runGrow(['note', 'one'], { journal: link })).code).toBe(0);
    expect((await runGrow(['note', 'two'], { journal: link })).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(await notesOf(real)).toEqual(['two', 'one']);
    // The backup is beside the real journal, and a copy of its content: never a link to it.
    const [backup] = readdirSync(backupDirOf(real)).filter((n) => n.startsWith('journal-'));
    const kept = lstatSync(join(backupDirOf(real), backup!));
    expect(kept.isFile()).toBe(true);
    expect(kept.nlink).toBe(1);
    expect(JSON.parse(readFileSync(join(backupDirOf(real), backup!), 'utf8')).people[0].notes).toHaveLength(1);

    const env = { GROW_PASSPHRASE: PASSPHRASE };
    expect((await runGrow(['encrypt'], { journal: link, env })).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^\{\n {2}"grow": "encrypted grow journal"/);
    for (const name of readdirSync(backupDirOf(real)).filter((n) => n.startsWith('journal-'))) {
      expect(readFileSync(join(backupDirOf(real), name), 'utf8'), name).not.toContain('"one"');
    }
    const doctor = await runGrow(['doctor'], { journal: link, env });
    expect(doctor.stdout).toContain('Encrypted    yes');
    expect(doctor.stdout).toContain(real);
  });
});

describe('the backups folder', () => {
  it('is never followed when it is a link: grow refuses to write, and the folder it points to is left alone', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    const elsewhere = join(tempDir(), 'precious');
    mkdirSync(elsewhere);
    for (let i = 0; i < 8; i++) writeFileSync(join(elsewhere, `journal-2020-01-0${i + 1}T00-00-00-000Z.json`), `keep ${i}`);
    execFileSync('rm', ['-r', backupDirOf(journal)]);
    symlinkSync(elsewhere, backupDirOf(journal));
    const before = readFileSync(journal);

    expectRefused(await runGrow(['note', 'two'], { journal }), `The backups folder ${backupDirOf(journal)} is not safe to use: it is a link to somewhere else.`);
    expect(readdirSync(elsewhere)).toHaveLength(8);
    expect(readFileSync(journal)).toEqual(before);
  });

  it.skipIf(!isRoot)('is refused when it belongs to someone else, and the restore hint never points into it', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    await runGrow(['note', 'two'], { journal });
    chownSync(backupDirOf(journal), NOBODY, NOBODY);
    expectRefused(await runGrow(['note', 'three'], { journal }), /The backups folder .* is not safe to use: it belongs to another user \(uid 65534\)\./);

    writeFileSync(journal, '{ "version": 2, "people": [');
    const damaged = await runGrow(['notes'], { journal });
    expectRefused(damaged, 'is not valid JSON');
    expect(damaged.stderr).not.toContain('cp ');
    const doctor = await runGrow(['doctor'], { journal });
    expect(doctor.stdout).toContain('it belongs to another user');
  });

  it('is refused when others may change it', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    chmodSync(backupDirOf(journal), 0o777);
    expectRefused(await runGrow(['note', 'two'], { journal }), 'may be changed by others (mode 777)');
  });
});

describe("the journal's folder", () => {
  it('is refused when others may write to it without the sticky bit, since they could replace the journal', async () => {
    const shared = join(tempDir(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    const journal = join(shared, 'journal.json');
    expectRefused(await runGrow(['note', 'one'], { journal }), `The journal ${journal} is not safe to write to: its folder ${shared} may be changed by others (mode 777)`);
    expect(existsSync(journal)).toBe(false);
  });

  it.skipIf(!isRoot)('is refused when it belongs to another user', async () => {
    const theirs = folderOf(NOBODY);
    chmodSync(theirs, 0o755);
    const journal = join(theirs, 'journal.json');
    expectRefused(await runGrow(['note', 'one'], { journal }), 'belongs to another user (uid 65534)');
  });
});

describe('leftovers of writers that were killed', () => {
  it('are removed from every folder grow writes temporary files in, and grow doctor reports plain text beside an encrypted journal', async () => {
    const journal = tempJournal();
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    await runGrow(['note', 'a secret'], { journal });
    await runGrow(['encrypt'], { journal, env });
    // A grow killed while it wrote: the plain text of a decrypt in the backups folder, an older grow's temporary file beside the journal.
    const dead = 2 ** 22 + 7; // above the largest process id Linux hands out
    const inBackups = join(backupDirOf(journal), `.journal-000001-2026-11-25T10-00-00-000Z.json.${dead}-0123456789ab.tmp`);
    const beside = join(dirname(journal), `.journal.json.${dead}-0123456789ab.tmp`);
    // And a decrypt killed while it rewrote the change log: a change of long ago, in plain text.
    const inLog = join(backupDirOf(journal), 'changes', `.00000001.patch.${dead}-0123456789ab.tmp`);
    writeFileSync(beside, '{"version": 2, "people": [{"name": "me", "notes": [{"text": "a secret"}]}]}');
    writeFileSync(inBackups, '{"people": "a secret"}');
    writeFileSync(inLog, '{"removed": ["a secret"]}');

    const doctor = await runGrow(['doctor'], { journal, env });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('3 files in plain text beside it');
    expect(doctor.stdout).toContain(beside);

    expect((await runGrow(['note', 'another'], { journal, env })).code).toBe(0);
    expect(existsSync(inBackups)).toBe(false);
    expect(existsSync(beside)).toBe(false);
    expect(existsSync(inLog)).toBe(false);
    expect((await runGrow(['doctor'], { journal, env })).code).toBe(0);
  });

  it('do not count the file that names a grow sync holding the lock: it holds no words of the journal', async () => {
    const journal = tempJournal();
    const env = { GROW_PASSPHRASE: PASSPHRASE };
    await runGrow(['note', 'a secret'], { journal });
    await runGrow(['encrypt'], { journal, env });
    const syncing = spawn('sleep', ['60']);
    try {
      mkdirSync(lockPathOf(journal));
      writeFileSync(join(lockPathOf(journal), `held-by-${syncing.pid}`), 'grow sync\n');
      const doctor = await runGrow(['doctor'], { journal, env });
      expect(doctor.stdout).toContain('Lock         held by another grow right now');
      expect(doctor.stdout).not.toContain('plain text');
    } finally {
      syncing.kill();
    }
  });

  it('are removed from the folder of an export by the next export to the same file', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    const out = join(tempDir(), 'plan.md');
    const leftover = join(dirname(out), `.plan.md.${2 ** 22 + 7}-0123456789ab.tmp`);
    writeFileSync(leftover, '# half a plan');
    expect((await runGrow(['export', '--out', out], { journal })).code).toBe(0);
    expect(readdirSync(dirname(out))).toEqual(['plan.md']);
  });
});

describe('what grow reads as the journal', () => {
  it('is a regular file: a pipe in its place is refused at once, by every command', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
    execFileSync('mkfifo', [journal]);
    for (const args of [['notes'], ['note', 'x'], ['doctor']]) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout + result.stderr).toContain('is not a regular file');
    }
    // grow remind never fails a shell, and never hangs one.
    expect((await runGrow(['remind'], { journal })).code).toBe(0);
  });

  it('is a regular file: a link to /dev/zero is refused, not read for ever', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
    symlinkSync('/dev/zero', journal);
    expectRefused(await runGrow(['notes'], { journal }), 'is not a regular file');
    expectRefused(await runGrow(['note', 'x'], { journal }), 'is not a regular file');
    expect(existsSync('/dev/zero.lock')).toBe(false);
  });

  it('is at most 256 MB', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
    writeFileSync(journal, '');
    truncateSync(journal, 256 * 2 ** 20 + 1); // sparse: no disk space taken
    expectRefused(await runGrow(['notes'], { journal }), 'is larger than 256 MB, the most grow reads');
    expectRefused(await runGrow(['note', 'x'], { journal }), 'is larger than 256 MB');
    expect(statSync(journal).size).toBe(256 * 2 ** 20 + 1);
  });

  it('an import from /dev/zero is refused at the same size', async () => {
    const journal = tempJournal();
    expectRefused(await runGrow(['import', '/dev/zero'], { journal }), 'is larger than 256 MB');
  });
});

describe('values nested thousands of levels deep', () => {
  const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;

  it('in the journal are refused when it is read, by every command and grow doctor, naming the file', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    const text = readFileSync(journal, 'utf8');
    writeFileSync(journal, text.replace('"people": [', `"people": [{"name": "Deep", "notes": [], "drafts": [{"flow": "session", "saved": "2026-11-25T10:00:00Z", "answers": {"x": ${deep}}}]},`));
    const before = readFileSync(journal);
    for (const args of [['notes'], ['note', 'two']]) expectRefused(await runGrow(args, { journal }), `The journal ${journal} holds values nested more than 64 levels deep`);
    const doctor = await runGrow(['doctor'], { journal });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain('holds values nested more than 64 levels deep');
    expect(readFileSync(journal)).toEqual(before);
  });

  it('in a file to import are refused before anything is read from it', async () => {
    const journal = tempJournal();
    const file = join(tempDir(), 'export.json');
    writeFileSync(file, `{"version": 2, "people": [], "x": ${deep}}`);
    expectRefused(await runGrow(['import', file], { journal }), `${file} holds values nested more than 64 levels deep`);
  });
});

describe('file-system errors', () => {
  it('are said in plain words that name the journal: a path through a file, a name too long', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const through = join(file, 'journal.json');
    expectRefused(await runGrow(['note', 'x'], { journal: through }), `Cannot save the journal ${through}: a file stands where a folder should be (${file})`);

    const long = join(tempDir(), `${'x'.repeat(300)}.json`);
    expectRefused(await runGrow(['note', 'x'], { journal: long }), /Cannot (save|read) the journal .*: name too long/);
  });

  it.skipIf(!isRoot)('are said in plain words: a read-only folder, read-only backups, a lock left by another user', async () => {
    const mine = folderOf(NOBODY);
    const journal = join(mine, 'journal.json');
    expect((await runGrow(['note', 'one'], { journal, uid: NOBODY })).code).toBe(0);

    chmodSync(backupDirOf(journal), 0o500);
    expectRefused(await runGrow(['note', 'two'], { journal, uid: NOBODY }), `Cannot save the journal ${journal}: permission denied (${backupDirOf(journal)})`);
    chmodSync(backupDirOf(journal), 0o700);

    chmodSync(mine, 0o500);
    expectRefused(await runGrow(['note', 'two'], { journal, uid: NOBODY }), `Cannot save the journal ${journal}: permission denied (${lockPathOf(journal)})`);
    chmodSync(mine, 0o1777);
    chownSync(mine, 0, 0);

    // Someone else's lock, long abandoned, in a shared folder with the sticky bit: grow may not remove it.
    mkdirSync(lockPathOf(journal), { mode: 0o700 });
    const longAgo = new Date(Date.now() - 60_000);
    const { utimesSync } = await import('node:fs');
    utimesSync(lockPathOf(journal), longAgo, longAgo);
    expectRefused(await runGrow(['note', 'two'], { journal, uid: NOBODY }), `The journal's lock ${lockPathOf(journal)} was left by another user, and grow may not remove it.`);
    expect(await notesOf(journal)).toEqual(['one']);
  });
});

describe('a disk that is full or read-only', () => {
  it.skipIf(!canMount)('is said in plain words that name the journal; nothing is saved, and nothing is left behind', async () => {
    const disk = mountSmallDisk();
    try {
      const journal = join(disk, 'journal.json');
      expect((await runGrow(['note', 'one'], { journal })).code).toBe(0);
      const before = readFileSync(journal);
      const filler = join(disk, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(2 ** 20));
      } catch {
        // The disk is full now.
      }

      const full = await runGrow(['note', 'two'], { journal });
      expectRefused(full, `Cannot save the journal ${journal}: no space left on device`);
      expect(full.stderr).toContain(`Make room on that disk (df -h '`);
      expect(readFileSync(journal)).toEqual(before);
      expect(readdirSync(disk).sort()).toEqual(['filler', 'journal.json', 'journal.json.backups']);

      rmSync(filler);
      expect((await runGrow(['note', 'two'], { journal })).code).toBe(0);
      execFileSync('mount', ['-o', 'remount,ro', disk], { stdio: 'ignore' });
      const readOnly = await runGrow(['note', 'three'], { journal });
      expectRefused(readOnly, `Cannot save the journal ${journal}: read-only file system`);
      expect(readOnly.stderr).not.toContain('Check who may write there');
      expect(await notesOf(journal)).toEqual(['two', 'one']);
    } finally {
      execFileSync('umount', [disk], { stdio: 'ignore' });
    }
  });
});

describe('backups', () => {
  it('are ordered by a sequence, not by the clock: names an earlier grow wrote with its clock far ahead never push new ones out', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    for (let i = 1; i <= 5; i++) writeFileSync(join(backupDirOf(journal), `journal-2099-0${i}-01T00-00-00-000Z.json`), readFileSync(journal), { mode: 0o600 });
    for (const text of ['two', 'three', 'four']) expect((await runGrow(['note', text], { journal })).code).toBe(0);

    writeFileSync(journal, 'damaged');
    const hint = (await runGrow(['notes'], { journal })).stderr.split('\n')[1]!;
    const newest = /cp '([^']+)'/.exec(hint)?.[1];
    expect(newest, hint).toBeDefined();
    expect(JSON.parse(readFileSync(newest!, 'utf8')).people[0].notes.map((n: { text: string }) => n.text)).toEqual(['one', 'two', 'three']);
    const names = readdirSync(backupDirOf(journal)).filter((n) => n.startsWith('journal-'));
    expect(names).toHaveLength(5);
    expect(names.filter((n) => n.startsWith('journal-2099'))).toHaveLength(2);
  });
});
