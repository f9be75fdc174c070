// grow undo is a change like any other: killed at a random moment it leaves the journal as it
// was or as the undo left it, never anything between, and no plain text of an encrypted
// journal; and run while other grows write, it takes back exactly the change it names.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../scripts/generate-journal';
import { changeLogDir } from '../../src/store/change-log';
import { JournalStore } from '../../src/store/journal-store';
import { environmentPassphrase, Keyring, noPassphrase } from '../../src/store/keyring';
import { backupDirOf, lockPathOf } from '../../src/store/paths';
import { runTransaction } from '../../src/store/transaction';
import { GROW_BIN, growEnv, runGrow, type RunResult } from '../e2e/support/grow';
import { tempJournal } from '../support/temp';

const KILLS = 24;
const PASSPHRASE = 'river stones and tea';

/** The texts of the journal's notes, sorted, read in-process (an encrypted journal with `env`'s passphrase). */
async function noteTexts(journal: string, env: Record<string, string>): Promise<string[]> {
  const store = new JournalStore(journal, new Keyring(environmentPassphrase(env, noPassphrase(journal))));
  return (await store.read()).people.flatMap((p) => p.notes.map((n) => n.text)).sort();
}

/** Every file kept beside the journal: the journal, its backups and change log, leftovers of killed grows. */
function filesBeside(journal: string): string[] {
  const folders = [dirname(journal), backupDirOf(journal), changeLogDir(journal)];
  return folders.flatMap((folder) => readdirSync(folder, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(folder, e.name)));
}

describe('grow undo killed at random moments', () => {
  it(`leaves the journal as it was or as the undo left it, ${KILLS} kills, half of them encrypted`, async () => {
    const journal = tempJournal();
    // A journal of some size, so that an undo takes long enough to be interrupted.
    await runTransaction(journal, (j) => void Object.assign(j, generateJournal({ notes: 500, checkins: 200, seed: 11 })));
    let env: Record<string, string> = {};
    const exitOf = (args: string[]) => {
      const child = spawn(process.execPath, [GROW_BIN, ...args], { env: growEnv({ journal, env }), stdio: 'ignore' });
      return { child, exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))) };
    };
    const measure = async () => {
      expect((await runGrow(['note', 'calibration'], { journal, env })).code).toBe(0);
      const started = Date.now();
      expect(await exitOf(['undo']).exited).toBe(0);
      return Date.now() - started;
    };

    let lifetime = await measure();
    let killed = 0;
    let without = await noteTexts(journal, env);
    for (let round = 0; round < KILLS; round++) {
      if (round === KILLS / 2) {
        expect((await runGrow(['encrypt'], { journal, env: { GROW_PASSPHRASE: PASSPHRASE } })).code).toBe(0);
        env = { GROW_PASSPHRASE: PASSPHRASE };
        lifetime = await measure();
      }
      expect((await runGrow(['note', `round ${round}`], { journal, env })).code).toBe(0);
      const withNote = [...without, `round ${round}`].sort();
      const plainBefore = env.GROW_PASSPHRASE ? undefined : readFileSync(journal);

      const { child, exited } = exitOf(['undo']);
      await new Promise((r) => setTimeout(r, lifetime * (0.3 + Math.random() * 0.9)));
      child.kill('SIGKILL');
      const code = await exited;
      if (code !== 0) killed++;
      // The undo is dead, so a lock it left is stale: skip the wait for it to age.
      rmSync(lockPathOf(journal), { recursive: true, force: true });

      const now = await noteTexts(journal, env);
      if (code === 0) expect(now).toEqual(without);
      else expect([without, withNote]).toContainEqual(now);
      if (plainBefore && now.length === withNote.length) expect(readFileSync(journal)).toEqual(plainBefore);
      if (env.GROW_PASSPHRASE) for (const file of filesBeside(journal)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/round \d|calibration/);
      without = now;
    }
    expect(killed).toBeGreaterThan(KILLS / 4);
    // The log is still whole: the journal steps back and forward through it.
    expect((await runGrow(['undo'], { journal, env })).code).toBe(0);
    expect((await runGrow(['redo'], { journal, env })).code).toBe(0);
    expect((await runGrow(['doctor'], { journal, env })).code).toBe(0);
  });
});

describe('grow undo and redo while other grows write', () => {
  it('take back and give back exactly the change they name, and lose nothing else', async () => {
    const WRITERS = 3;
    const NOTES = 12;
    const STEPS = 24;
    const journal = tempJournal();
    const grow = (...args: string[]): Promise<RunResult> => runGrow(args, { journal });
    expect((await grow('note', 'the first note')).code).toBe(0);

    const written: string[] = [];
    const writer = async (w: number) => {
      for (let n = 0; n < NOTES; n++) {
        const result = await grow('note', `writer ${w} note ${n}`);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        written.push(`writer ${w} note ${n}`);
      }
    };
    // What each undo and redo said it took back or gave back, in order.
    const steps: { step: 'Undid' | 'Redid'; text: string }[] = [];
    const stepper = async () => {
      for (let s = 0; s < STEPS; s++) {
        const result = await grow(s % 3 === 2 ? 'redo' : 'undo');
        // A redo after a new change has nothing to give back; an undo may find the first note's change.
        if (result.code !== 0) {
          expect(result.stderr).toMatch(/^grow: There is no (earlier )?change to (undo|redo)/);
          continue;
        }
        const said = /^(Undid|Redid): (?:added person me, )?(?:added )?note n\d+ "([^"]+)"\.\n/.exec(result.stdout);
        expect(said, result.stdout).not.toBeNull();
        steps.push({ step: said![1] as 'Undid' | 'Redid', text: said![2]! });
      }
    };
    await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), stepper()]);

    const expected = new Set(['the first note', ...written]);
    for (const { step, text } of steps) {
      if (step === 'Undid') expect(expected.delete(text), `undid "${text}", which was not there`).toBe(true);
      else {
        expect(expected.has(text), `redid "${text}", which was there`).toBe(false);
        expected.add(text);
      }
    }
    const notes = JSON.parse((await grow('notes', '--json')).stdout) as { text: string }[];
    expect(notes.map((n) => n.text).sort()).toEqual([...expected].sort());
    expect(steps.filter((s) => s.step === 'Undid').length).toBeGreaterThan(STEPS / 3);
    expect((await grow('doctor')).code).toBe(0);
  });
});
