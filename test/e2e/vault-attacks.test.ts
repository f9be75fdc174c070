// An encrypted journal under attack: a plain copy put in its place, and a note for it left
// in the editor's temporary file when grow is ended while the editor is open.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { startGrow } from './support/pty';

const PASSPHRASE = 'river stones and tea';
const env = { GROW_PASSPHRASE: PASSPHRASE };
const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;
const DOWNGRADED = /The journal .* is in plain text, but grow encrypted it: a plain copy may have been put in its place/;

/** An encrypted journal, and a plain copy of it from before it was encrypted. */
async function encryptedWithPlainCopy(): Promise<{ journal: string; plainCopy: Buffer }> {
  const journal = tempJournal();
  expect((await runGrow(['note', 'written before encrypting'], { journal })).code).toBe(0);
  const plainCopy = readFileSync(journal);
  expect((await runGrow(['encrypt'], { journal, env })).code).toBe(0);
  expect((await runGrow(['note', 'written encrypted'], { journal, env })).code).toBe(0);
  return { journal, plainCopy };
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('a plain journal put where an encrypted one was', () => {
  it('is refused by every command, and grow doctor says so, until --accept-plaintext', async () => {
    const { journal, plainCopy } = await encryptedWithPlainCopy();
    writeFileSync(journal, plainCopy);

    for (const args of [['notes'], ['note', 'this would be saved in plain text']]) {
      const refused = await runGrow(args, { journal, env });
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr).toMatch(DOWNGRADED);
      expect(refused.stderr).toContain('grow decrypt (or add --accept-plaintext)');
    }
    expect(readFileSync(journal)).toEqual(plainCopy);
    const doctor = await runGrow(['doctor'], { journal, env });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(DOWNGRADED);
    expect(doctor.stdout).not.toContain('All well');

    // The way back it names puts the encrypted journal back, with what was written encrypted.
    const restore = /cp '([^']+)' '([^']+)'/.exec((await runGrow(['notes'], { journal, env })).stderr);
    expect(restore?.[2]).toBe(journal);
    const encryptedBackup = readFileSync(restore![1]!);
    expect(encryptedBackup.toString('utf8')).toMatch(/^\{\n {2}"grow": "encrypted grow journal"/);
    writeFileSync(journal, encryptedBackup);
    expect((await runGrow(['notes'], { journal, env })).code).toBe(0);
    writeFileSync(journal, plainCopy);

    const accepted = await runGrow(['notes', '--accept-plaintext'], { journal, env });
    expect(accepted.code, accepted.stderr).toBe(0);
    expect(accepted.stdout).toContain('written before encrypting');
    expect((await runGrow(['note', 'plain on purpose'], { journal })).code).toBe(0);
    expect(readFileSync(journal, 'utf8')).toContain('plain on purpose');
  });

  it('is accepted by grow decrypt, which says it stays plain', async () => {
    const { journal, plainCopy } = await encryptedWithPlainCopy();
    writeFileSync(journal, plainCopy);
    const decrypted = await runGrow(['decrypt'], { journal, env });
    expect(decrypted.code, decrypted.stderr).toBe(0);
    expect(decrypted.stdout).toContain(`The journal ${journal} stays in plain text, and grow no longer expects it encrypted`);
    expect((await runGrow(['notes'], { journal })).code).toBe(0);
  });

  it('is never confused with an encrypted journal that grow decrypt made plain', async () => {
    const { journal } = await encryptedWithPlainCopy();
    expect((await runGrow(['decrypt'], { journal, env })).code).toBe(0);
    const listed = await runGrow(['notes'], { journal });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('written encrypted');
  });
});

describe("the editor's temporary file for a note on an encrypted journal", () => {
  for (const signal of ['SIGHUP', 'SIGTERM', 'SIGINT'] as const) {
    it(`is removed when grow is ended by ${signal} while the editor is open, and the editor never sees the passphrase`, async () => {
      const { journal } = await encryptedWithPlainCopy();
      const report = join(tempDir(), 'editor.json');
      const note = startGrow(['note'], { journal, env: { ...env, EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Half a secret', FAKE_EDITOR_STAY: '1', FAKE_EDITOR_REPORT: report } });
      await until(() => existsSync(report) && readFileSync(report, 'utf8').endsWith('\n'));
      const editor = JSON.parse(readFileSync(report, 'utf8')) as { file: string; grow: number; pid: number; passphrase: boolean };
      expect(editor.passphrase).toBe(false);
      expect(editor.file).toMatch(/^\/dev\/shm\/grow-\d+-\w+\/entry\.md$/);
      expect(readFileSync(editor.file, 'utf8')).toBe('Half a secret');

      process.kill(editor.grow, signal);
      await note.exited;
      expect(existsSync(dirname(editor.file))).toBe(false);
      await until(() => !isRunning(editor.pid));
    });
  }

  it('left behind by a grow that was killed outright is removed by the next grow that opens an editor', async () => {
    const { journal } = await encryptedWithPlainCopy();
    const dead = 2 ** 22 + 7; // above the largest process id Linux hands out
    // A suffix of its own: the same test may run in another checkout at the same time.
    const leftover = `/dev/shm/grow-${dead}-${randomBytes(3).toString('hex')}`;
    mkdirSync(leftover, { mode: 0o700 });
    writeFileSync(join(leftover, 'entry.md'), 'A note never saved');
    const note = startGrow(['note'], { journal, env: { ...env, EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Saved this time' } });
    expect(await note.exited).toBe(0);
    expect(existsSync(leftover)).toBe(false);
  });
});
