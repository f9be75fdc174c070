// The journal file and the one way to change it: update() runs a change as a transaction
// under the cross-process lock (see transaction.ts, loaded only by commands that write).
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import { readJournal } from './read';

export class JournalStore {
  constructor(readonly path: string) {}

  /** The journal as it is now; an empty one when the file does not exist yet. */
  async read(): Promise<Journal> {
    return (await readJournal(this.path)) ?? emptyJournal();
  }

  /**
   * Locks, reads the newest file, applies `change` to it, validates, and writes it
   * atomically with a backup of the previous file. A change that throws writes nothing;
   * a change that changes nothing does not write.
   */
  async update<T>(change: (journal: Journal) => T | Promise<T>): Promise<T> {
    const { runTransaction } = await import('./transaction');
    return runTransaction(this.path, change);
  }
}
