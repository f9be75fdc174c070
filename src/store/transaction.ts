// One change to the journal: lock, read the newest file, apply the change, check what it
// changed, keep a backup, write atomically, log the change for undo, unlock. The file sits
// behind lowdb's two-method adapter. An encrypted journal stays encrypted: it is written with
// the key it was read with, and its passphrase is asked for before the lock is taken, so a
// person typing holds up no one.
//
// The write is fenced: it replaces the journal only while this grow still holds the lock
// (lock.ts) and only if the file is still the one it read (its device, inode, size and
// modification time), so neither a grow that took a stalled lock over nor anyone else who
// wrote meanwhile ever has their change undone.
import { Low, type Adapter } from 'lowdb';
import { stat } from 'node:fs/promises';
import type { Clock } from '../domain/clock';
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import { keepBackup } from './backups';
import { digesting, logChange } from './change-log';
import { markEncrypted } from './encryption-mark';
import { seal, type Sealing } from './envelope';
import { inWords } from './file-errors';
import { prepareFolders } from './folders';
import { journalText, textBytes } from './journal-text';
import { Keyring, noPassphrase } from './keyring';
import { withLock, type HeldLock, type LockOptions } from './lock';
import { unlockJournalFile } from './sealed-file';
import { identityOf, isUnchanged, readJournalFile, type FileBytes, type JournalFile } from './read';
import { isKnownValid, rememberValid } from './validated-cache';
import { beginWrite, finishWrite, type PendingWrite, type PlannedWrite } from './write-plan';

class JournalFileAdapter implements Adapter<Journal> {
  /**
   * The file as it was read: what must still be there when the new one replaces it. Not its
   * bytes: the backup is a copy of the file, and years of journal are not held twice.
   */
  private file: (JournalFile & Pick<FileBytes, 'identity'>) | null = null;
  private pending: PendingWrite | undefined;
  private planned: { write: PlannedWrite; label: string | undefined } | undefined;

  constructor(
    private readonly path: string,
    private readonly keyring: Keyring,
    private readonly lock: HeldLock,
  ) {}

  async read(): Promise<Journal> {
    this.file = await readJournalFile(this.path, this.keyring);
    const read = this.file ?? { journal: emptyJournal(), text: journalText(emptyJournal()), canonical: true };
    this.pending = beginWrite(read);
    return read.journal;
  }

  /**
   * Works out what the change did to the journal read (stamped with `now`) and the text to
   * write; false when it changed nothing, and there is nothing to write.
   */
  plan(now: Date, label: string | undefined): boolean {
    const write = finishWrite(this.pending!, now);
    this.planned = write && { write, label };
    return write !== undefined;
  }

  /** Writes what plan() worked out: the journal was changed in place, so `_journal` is the same. */
  async write(_journal: Journal): Promise<void> {
    if (!this.planned) return;
    const { write, label } = this.planned;
    const { file, path, lock } = this;
    if (file) await keepBackup(path);
    if (file?.sealing) await markEncrypted(path);
    const digest = await writeJournalText(path, write.lines, file?.sealing, lock, () => isUnchanged(path, file?.identity ?? null));
    await logChange(path, this.keyring, file?.sealing, { before: write.clockBefore, at: write.clockAfter, summary: write.summary, ...(label ? { label } : {}), digest }, write.patch);
  }
}

/**
 * The lock is kept fresh from a thread of its own (which costs about as much CPU as Node's own
 * start-up) when this thread may be busy for seconds: from this size on when how long the
 * change takes is not known, or the whole journal is read and checked (undo, encrypt)...
 */
const LARGE_JOURNAL = 4 * 2 ** 20;
/**
 * ...and for a brief change of a journal grow wrote itself only from this size on: grow's own
 * steps (reading, checking what changed, writing) take a few hundred milliseconds at 40 MB,
 * each a fraction of the stale time.
 */
const HUGE_JOURNAL = 64 * 2 ** 20;

export interface TransactionOptions {
  /**
   * true: the change itself may take seconds (an import of many records); false: it is brief
   * (a command's change of a few records); unset: not known, judged by the journal's size.
   */
  long?: boolean;
  /** What the change log calls the change, when its own summary is not what a person would say. */
  label?: string;
  /** The clock that stamps the change (GROW_TODAY fixes it). */
  clock?: Clock;
}

export async function runTransaction<T>(
  path: string,
  change: (journal: Journal) => T | Promise<T>,
  keyring = new Keyring(noPassphrase(path)),
  { long, label, clock }: TransactionOptions = {},
): Promise<T> {
  return underLock(path, keyring, long, async (lock) => {
    const adapter = new JournalFileAdapter(path, keyring, lock);
    const db = new Low(adapter, emptyJournal());
    await db.read();
    const result = await change(db.data);
    if (adapter.plan(clock?.now() ?? new Date(), label)) await db.write();
    return result;
  });
}

/** The folders checked, the passphrase settled, then `work` under the journal's lock (`long`: as in TransactionOptions). */
export async function underLock<T>(path: string, keyring: Keyring, long: boolean | undefined, work: (lock: HeldLock) => Promise<T>, { othersWrite }: Pick<LockOptions, 'othersWrite'> = {}): Promise<T> {
  return inWords(path, async () => {
    await prepareFolders(path);
    await unlockJournalFile(path, keyring);
    const info = await stat(path, { bigint: true }).catch(() => undefined);
    // Only a journal grow wrote itself is read as it is used: any other is checked in full first.
    const brief = long === false && info !== undefined && isKnownValid(path, identityOf(info));
    return withLock(path, work, { long: long === true || Number(info?.size ?? 0) >= (brief ? HUGE_JOURNAL : LARGE_JOURNAL), othersWrite });
  });
}

/**
 * Replaces the journal, under `lock`, with text grow has just checked (encrypted with
 * `sealing`), and remembers it as valid unless `remember` is false. Given as lines, plain text
 * is written a megabyte at a time, never as one more copy of the whole journal. Returns the
 * digest of the text, which the change log keeps.
 */
export async function writeJournalText(path: string, text: string | readonly string[], sealing: Sealing | undefined, lock: HeldLock, stillAsRead: () => Promise<boolean>, remember = true): Promise<string> {
  const plain = digesting(typeof text === 'string' ? [Buffer.from(text)] : textBytes(text));
  const bytes = sealing ? Buffer.from(seal(Buffer.concat([...plain.chunks]), sealing)) : plain.chunks;
  const written = await lock.replace(path, bytes, stillAsRead);
  if (remember) await rememberValid(path, written);
  return plain.digest();
}
