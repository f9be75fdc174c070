// The journal file and the one way to change it: update() runs a change as a transaction
// under the cross-process lock (see transaction.ts, loaded only by commands that write).
// An encrypted journal is opened with keys from the keyring, which asks for the passphrase
// only when it meets an envelope.
import type { Clock } from '../domain/clock';
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import type { LoggedChange } from './change-log';
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
    /** What stamps each change: GROW_TODAY fixes it, so that scripts and tests write the same. */
    private readonly clock?: Clock,
  ) {
    this.path = linkEnd(given);
  }

  /** The journal as it is now; an empty one when the file does not exist yet. */
  async read(): Promise<Journal> {
    return (await readJournalFile(this.path, this.keyring))?.journal ?? emptyJournal();
  }

  /**
   * Locks, reads the newest file, applies `change` to it, checks what it changed, and writes
   * it atomically with a backup of the previous file, logged for undo. A change that throws
   * writes nothing; a change that changes nothing does not write. `long`: the change may take
   * seconds (a command's change is brief otherwise); `label`: what the change log calls it,
   * when its summary would not say it well.
   */
  async update<T>(change: (journal: Journal) => T | Promise<T>, { long = false, label }: { long?: boolean; label?: string } = {}): Promise<T> {
    const { runTransaction } = await import('./transaction');
    return runTransaction(this.path, change, this.keyring, { long, ...(label ? { label } : {}), ...(this.clock ? { clock: this.clock } : {}) });
  }

  /** Takes back the journal's last change (undo), or does again the last one taken back (redo): the change. */
  async step(step: 'undo' | 'redo'): Promise<LoggedChange> {
    const { runStep } = await import('./undo');
    return runStep(this.path, this.keyring, step);
  }

  /** The changes grow can undo or redo, oldest first, and the one the journal is at now. */
  async changes(): Promise<{ changes: LoggedChange[]; position: number | undefined }> {
    const { listChanges } = await import('./undo');
    return listChanges(this.path, this.keyring);
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
