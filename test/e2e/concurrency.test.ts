// Many grows writing at once, and grows killed mid-write: nothing is lost, the journal
// always loads.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/schema';
import { lockPathOf } from '../../src/store/paths';
import { runTransaction } from '../../src/store/transaction';
import { generateJournal } from '../../scripts/generate-journal';
import { tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from './support/grow';

async function notesIn(journal: string): Promise<Note[]> {
  const listed = await runGrow(['notes', '--json'], { journal });
  expect(listed.stderr).toBe('');
  expect(listed.code).toBe(0);
  return JSON.parse(listed.stdout) as Note[];
}

describe('the journal under pressure', () => {
  it('loses nothing when 4 processes each add 50 notes at once', async () => {
    const journal = tempJournal();
    const writer = async (w: number) => {
      for (let i = 0; i < 50; i++) {
        const result = await runGrow(['note', `writer ${w} note ${i}`], { journal });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));

    const notes = await notesIn(journal);
    expect(notes).toHaveLength(200);
    expect(new Set(notes.map((n) => n.text)).size).toBe(200);
    expect(new Set(notes.map((n) => n.id)).size).toBe(200);
  }, 120_000);

  it('always loads after a writer is killed with SIGKILL at a random moment, 20 times', async () => {
    const journal = tempJournal();
    // A journal of some size, so that a write takes long enough to be interrupted.
    await runTransaction(journal, (j) => void Object.assign(j, generateJournal({ notes: 500, checkins: 200, seed: 7 })));
    const writeNote = (text: string) => spawn(process.execPath, [GROW_BIN, 'note', text], { env: growEnv({ journal }), stdio: 'ignore' });
    const exitOf = (child: ReturnType<typeof writeNote>) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    // Kill moments spread over the whole life of a writer, start-up to rename.
    const started = Date.now();
    expect(await exitOf(writeNote('calibration'))).toBe(0);
    const lifetime = Date.now() - started;

    const confirmed = ['calibration'];
    let killed = 0;
    for (let round = 0; round < 20; round++) {
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

      const texts = new Set((await notesIn(journal)).map((n) => n.text));
      for (const done of confirmed) expect(texts.has(done), `"${done}" was confirmed`).toBe(true);
    }
    expect(killed).toBeGreaterThan(0);
    const after = await runGrow(['note', 'after the storm'], { journal });
    expect(after.code).toBe(0);
  }, 120_000);
});
