// The journal file and the one way to change it: update() runs a change as a transaction
// under the cross-process lock (see transaction.ts, loaded only by commands that write).
// An encrypted journal is opened with keys from the keyring, which asks for the passphrase
// only when it meets an envelope.
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import type { Sealing } from './envelope';
import { forgetEncrypted, wasEncrypted } from './encryption-mark';
import { Keyring, noPassphrase } from './keyring';
import { linkEnd } from './paths';
import { isEncryptedFile, readJournalFile } from './read';

export class JournalStore {
  /** The journal file itself: where `given` points when it is a link. */
  readonly path: string;

  constructor(
    /** The path as the person gave it. */
    readonly given: string,
    readonly keyring = new Keyring(noPassphrase(given)),
  ) {
    this.path = linkEnd(given);
  }

  /** The journal as it is now; an empty one when the file does not exist yet. */
  async read(): Promise<Journal> {
    return (await readJournalFile(this.path, this.keyring))?.journal ?? emptyJournal();
  }

  /**
   * Locks, reads the newest file, applies `change` to it, validates, and writes it
   * atomically with a backup of the previous file. A change that throws writes nothing;
   * a change that changes nothing does not write. `long`: the change may take seconds.
   */
  async update<T>(change: (journal: Journal) => T | Promise<T>, options: { long?: boolean } = {}): Promise<T> {
    const { runTransaction } = await import('./transaction');
    return runTransaction(this.path, change, this.keyring, options);
  }

  /** Whether the file is encrypted, without opening it. */
  isEncrypted(): boolean {
    return isEncryptedFile(this.path);
  }

  /** Checks the passphrase of an encrypted journal now, asking for it if need be. */
  async unlock(): Promise<void> {
    const { unlockJournalFile } = await import('./sealed-file');
    await unlockJournalFile(this.path, this.keyring);
  }

  /** Whether grow encrypted this journal, whatever the file looks like now. */
  expectsEncryption(): boolean {
    return wasEncrypted(this.path);
  }

  /** The person says the journal is meant to be in plain text now. */
  async acceptPlaintext(): Promise<void> {
    await forgetEncrypted(this.path);
  }

  /** Rewrites the journal and its backups encrypted with `sealing`, or in plain text when it is null. */
  async reseal(sealing: Sealing | null): Promise<void> {
    const { runReseal } = await import('./reseal');
    await runReseal(this.path, this.keyring, sealing);
  }
}
