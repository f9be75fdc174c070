// A writer stopped (SIGSTOP, as Ctrl+Z does) while it holds the journal's lock, long enough
// for the grows queued behind it to take the lock over and save; then it is let go
// (SIGCONT). Twenty rounds, each on a fresh journal: every write a grow acknowledged (exit 0)
// is in the journal at the end, and a writer that lost its lock says so and saves nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../src/domain/notes';
import { Keyring, noPassphrase } from '../../src/store/keyring';
import { parseJournalFile } from '../../src/store/parse-journal';
import { lockPathOf } from '../../src/store/paths';
import { runTransaction } from '../../src/store/transaction';
import { generateJournal } from '../../scripts/generate-journal';
import { jrnlExport } from '../support/jrnl-export';
import { tempDir, tempJournal } from '../support/temp';
import { GROW_BIN, growEnv } from '../e2e/support/grow';

const ROUNDS = 20;
const QUEUED = 2;
const AT_ONCE = 4;
const IMPORTED = 20_000;
const BASE_NOTES = 2_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

function grow(journal: string, args: string[]): { child: ChildProcess; exit: Promise<Exit> } {
  const child = spawn(process.execPath, [GROW_BIN, ...args], { env: growEnv({ journal }), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return { child, exit: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr }))) };
}

/** What a failed expectation on an exit says: a signal that ended the process as well as its stderr. */
const howItEnded = (exit: Exit) => `${exit.signal ? `ended by ${exit.signal}: ` : ''}${exit.stderr}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the lock folder exists, or with false when `exit` comes first. */
async function lockTaken(journal: string, exit: Promise<Exit>): Promise<boolean> {
  let exited = false;
  void exit.then(() => (exited = true));
  while (!exited) {
    if (existsSync(lockPathOf(journal))) return true;
    await sleep(2);
  }
  return false;
}

async function notesIn(journal: string): Promise<string[]> {
  const { journal: saved } = await parseJournalFile(journal, readFileSync(journal), new Keyring(noPassphrase(journal)));
  return saved.people[0]!.notes.map((n) => n.text);
}

describe('a writer busy for longer than a lock takes to go stale', () => {
  it('keeps its lock when the journal is several megabytes: the grow queued behind it waits, and both changes are saved', async () => {
    const journal = tempJournal();
    await runTransaction(journal, (j) => void Object.assign(j, generateJournal({ notes: 20_000, checkins: 2_000, seed: 7 })));
    expect(statSync(journal).size).toBeGreaterThan(4 * 2 ** 20);

    let queued: Promise<Exit> | undefined;
    await runTransaction(journal, (j) => {
      // Started while this writer holds the lock; then this thread is kept busy past the stale time.
      queued = grow(journal, ['note', 'queued behind a busy writer']).exit;
      const until = Date.now() + 8_000;
      while (Date.now() < until);
      addNote(j, 'me', { text: 'written by the busy writer', tags: [], at: new Date() });
    });
    const exit = await queued!;
    expect(exit.code, howItEnded(exit)).toBe(0);
    const texts = await notesIn(journal);
    expect(texts).toContain('written by the busy writer');
    expect(texts).toContain('queued behind a busy writer');
  });
});

describe('a writer stopped while it holds the lock', () => {
  it(`never costs a write that was acknowledged: ${ROUNDS} rounds`, async () => {
    const folder = tempDir();
    const exported = join(folder, 'jrnl.json');
    writeFileSync(exported, JSON.stringify(jrnlExport(IMPORTED)));
    const base = tempJournal();
    await runTransaction(base, (j) => void Object.assign(j, generateJournal({ notes: BASE_NOTES, checkins: 500, seed: 11 })));

    /** A journal of its own for each round, the same to start with. */
    const fresh = () => {
      const journal = tempJournal();
      mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
      copyFileSync(base, journal);
      return journal;
    };

    // How long the import holds the lock, so that the stop lands anywhere inside it.
    const calibration = fresh();
    const started = grow(calibration, ['import', exported]);
    expect(await lockTaken(calibration, started.exit)).toBe(true);
    const since = Date.now();
    while (existsSync(lockPathOf(calibration))) await sleep(2);
    const held = Date.now() - since;
    expect((await started.exit).code).toBe(0);

    let takenOver = 0;
    let refused = 0;
    const round = async (n: number) => {
      const journal = fresh();
      const long = grow(journal, ['import', exported]);
      if (!(await lockTaken(journal, long.exit))) return;
      await sleep(Math.random() * held * 0.9);
      long.child.kill('SIGSTOP');

      const queued = Array.from({ length: QUEUED }, (_, k) => `round ${n}, queued ${k}`).map((text) => ({ text, ...grow(journal, ['note', text]) }));
      const queuedExits = await Promise.all(queued.map((q) => q.exit));
      long.child.kill('SIGCONT');
      const longExit = await long.exit;

      const texts = new Set(await notesIn(journal));
      queuedExits.forEach((exit, k) => {
        if (exit.code === 0) expect(texts.has(queued[k]!.text), `round ${n}: "${queued[k]!.text}" was acknowledged`).toBe(true);
      });
      if (queuedExits.some((exit) => exit.code === 0)) takenOver++;
      if (longExit.code === 0) {
        expect(texts.size, `round ${n}: the import was acknowledged`).toBeGreaterThanOrEqual(BASE_NOTES + IMPORTED);
      } else {
        refused++;
        expect(longExit.code, howItEnded(longExit)).toBe(1);
        expect(longExit.stderr).toContain('the journal changed while grow was writing; nothing was saved');
      }
    };
    // Rounds run a few at a time: most of a round is waiting for the stopped writer's lock to go stale.
    for (let n = 0; n < ROUNDS; n += AT_ONCE) await Promise.all(Array.from({ length: AT_ONCE }, (_, k) => round(n + k)));
    // Most rounds stop the import inside its write, and the queued grows save meanwhile.
    expect(takenOver).toBeGreaterThan(ROUNDS / 2);
    expect(refused).toBeGreaterThan(0);
  });
});
