// A writer killed with SIGKILL at a random moment, a hundred times, half of them on an
// encrypted journal: after each kill the journal loads, every note whose command exited 0
// is in it, and no plain text of the encrypted journal is left anywhere beside it.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/schema';
import { backupDirOf, lockPathOf } from '../../src/store/paths';
import { runTransaction } from '../../src/store/transaction';
import { generateJournal } from '../../scripts/generate-journal';
import { tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from '../e2e/support/grow';

const KILLS = 100;
const PASSPHRASE = 'river stones and tea';

async function notesIn(journal: string, env: Record<string, string>): Promise<Note[]> {
  const listed = await runGrow(['notes', '--json'], { journal, env });
  expect(listed.stderr).toBe('');
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout) as Note[];
}

/** Every file kept beside the journal: the journal, backups, leftovers of killed writers. */
function filesBeside(journal: string): string[] {
  const folders = [dirname(journal), backupDirOf(journal)];
  return folders.flatMap((folder) => readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(folder, e.name)));
}

describe('a writer killed at random moments', () => {
  it(`always leaves a journal that loads with every confirmed note, ${KILLS} kills`, async () => {
    const journal = tempJournal();
    // A journal of some size, so that a write takes long enough to be interrupted.
    await runTransaction(journal, (j) => void Object.assign(j, generateJournal({ notes: 500, checkins: 200, seed: 7 })));
    let env: Record<string, string> = {};
    const writeNote = (text: string) => spawn(process.execPath, [GROW_BIN, 'note', text], { env: growEnv({ journal, env }), stdio: 'ignore' });
    const exitOf = (child: ReturnType<typeof writeNote>) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    /** How long a whole write takes, start-up to rename, so kill moments spread over all of it. */
    const measure = async (text: string) => {
      const started = Date.now();
      expect(await exitOf(writeNote(text))).toBe(0);
      return Date.now() - started;
    };

    const confirmed = ['calibration'];
    let lifetime = await measure('calibration');
    let killed = 0;
    for (let round = 0; round < KILLS; round++) {
      if (round === KILLS / 2) {
        expect((await runGrow(['encrypt'], { journal, env: { GROW_PASSPHRASE: PASSPHRASE } })).code).toBe(0);
        env = { GROW_PASSPHRASE: PASSPHRASE };
        confirmed.push('encrypted calibration');
        lifetime = await measure('encrypted calibration');
      }
      const text = `round ${round}`;
      const child = writeNote(text);
      const exited = exitOf(child);
      await new Promise((r) => setTimeout(r, lifetime * (0.3 + Math.random() * 0.9)));
      child.kill('SIGKILL');
      const code = await exited;
      if (code === 0) confirmed.push(text);
      else killed++;
      // The writer is dead, so a lock it left is stale: skip the wait for it to age.
      rmSync(lockPathOf(journal), { recursive: true, force: true });

      const texts = new Set((await notesIn(journal, env)).map((n) => n.text));
      for (const done of confirmed) expect(texts.has(done), `"${done}" was confirmed`).toBe(true);
      if (env.GROW_PASSPHRASE) {
        for (const file of filesBeside(journal)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/round \d|calibration/);
      }
    }
    expect(killed).toBeGreaterThan(KILLS / 4);
    expect((await runGrow(['note', 'after the storm'], { journal, env })).code).toBe(0);
    expect((await runGrow(['doctor'], { journal, env })).code).toBe(0);
  });
});
