// A cross-process lock around every change, so two grows writing at once never lose data.
// proper-lockfile makes <journal>.lock with mkdir (atomic) and keeps its mtime fresh; a lock
// left by a killed process counts as stale after STALE_MS and is taken over.
import fs from 'node:fs';
import lockfile from 'proper-lockfile';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { lockPathOf } from './paths';

const STALE_MS = 5_000;
/** Retries for about 12 seconds: longer than STALE_MS, so a dead writer's lock is outlived. */
const RETRIES = { retries: 60, factor: 1.2, minTimeout: 15, maxTimeout: 250, randomize: true };

/** The lock is a folder only its owner may touch, like the journal beside it. */
const privateFs = {
  ...fs,
  mkdir: (path: string, callback: (error: NodeJS.ErrnoException | null) => void) => fs.mkdir(path, { mode: 0o700 }, callback),
};

export async function withLock<T>(journalPath: string, work: (assertHeld: () => void) => Promise<T>): Promise<T> {
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(journalPath, {
      realpath: false,
      stale: STALE_MS,
      retries: RETRIES,
      fs: privateFs,
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      const lock = lockPathOf(journalPath);
      throw new JournalError(messages.journal.busy(lock), messages.journal.busyHint(lock));
    }
    throw error;
  }
  const assertHeld = () => {
    if (compromised) throw new JournalError(messages.journal.lockLost);
  };
  try {
    return await work(assertHeld);
  } finally {
    await release().catch(() => undefined);
  }
}

export async function isLocked(journalPath: string): Promise<boolean> {
  return lockfile.check(journalPath, { realpath: false, stale: STALE_MS }).catch(() => false);
}
