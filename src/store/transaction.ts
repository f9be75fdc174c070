// One change to the journal: lock, read the newest file, validate, apply, validate again,
// keep a backup, write atomically, unlock. The file sits behind lowdb's two-method adapter.
// An encrypted journal stays encrypted: it is written with the key it was read with, and
// its passphrase is asked for before the lock is taken, so a person typing holds up no one.
//
// The write is fenced: it replaces the journal only while this grow still holds the lock
// (lock.ts) and only if the file is still the one it read (its device, inode, size and
// modification time), so neither a grow that took a stalled lock over nor anyone else who
// wrote meanwhile ever has their change undone.
import { Low, type Adapter } from 'lowdb';
import { stat } from 'node:fs/promises';
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import { keepBackup } from './backups';
import { markEncrypted } from './encryption-mark';
import { seal, type Sealing } from './envelope';
import { inWords } from './file-errors';
import { prepareFolders } from './folders';
import { Keyring, noPassphrase } from './keyring';
import { withLock, type HeldLock } from './lock';
import { unlockJournalFile } from './sealed-file';
import { isUnchanged, readJournalFile, type FileBytes } from './read';
import { serializeJournal } from './serialize';
import { rememberValid } from './validated-cache';
import { assertValid } from './validation';

class JournalFileAdapter implements Adapter<Journal> {
  /** The key the file was encrypted with when it was read, if it was. */
  private sealing: Sealing | undefined;
  /** The file as it was read: kept as the backup, and what must still be there when the new one replaces it. */
  private before: FileBytes | null = null;

  constructor(
    private readonly path: string,
    private readonly keyring: Keyring,
    private readonly lock: HeldLock,
  ) {}

  async read(): Promise<Journal | null> {
    const file = await readJournalFile(this.path, this.keyring);
    this.sealing = file?.sealing;
    this.before = file;
    return file?.journal ?? null;
  }

  async write(journal: Journal): Promise<void> {
    const text = Buffer.from(serializeJournal(assertValid(journal)));
    if (this.before) await keepBackup(this.path, this.before.bytes);
    if (this.sealing) await markEncrypted(this.path);
    const identity = this.before?.identity ?? null;
    await writeJournalBytes(this.path, this.sealing ? Buffer.from(seal(text, this.sealing)) : text, this.lock, () => isUnchanged(this.path, identity));
  }
}

/** Journals from this size on take long enough to read, check and write to need help keeping the lock fresh. */
const LARGE_JOURNAL = 4 * 2 ** 20;

/** `long`: the change itself may take seconds (an import of many records). */
export async function runTransaction<T>(
  path: string,
  change: (journal: Journal) => T | Promise<T>,
  keyring = new Keyring(noPassphrase(path)),
  { long = false } = {},
): Promise<T> {
  return inWords(path, async () => {
    await prepareFolders(path);
    await unlockJournalFile(path, keyring);
    const large = (await stat(path).catch(() => undefined))?.size ?? 0;
    return withLock(path, async (lock) => {
      const db = new Low(new JournalFileAdapter(path, keyring, lock), emptyJournal());
      await db.read();
      const before = serializeJournal(db.data);
      const result = await change(db.data);
      if (serializeJournal(db.data) !== before) await db.write();
      return result;
    }, { long: long || large >= LARGE_JOURNAL });
  });
}

/** Replaces the journal, under `lock`, with bytes grow has just validated, and remembers them as valid. */
export async function writeJournalBytes(path: string, bytes: Uint8Array, lock: HeldLock, stillAsRead: () => Promise<boolean>): Promise<void> {
  await lock.replace(path, bytes, stillAsRead);
  await rememberValid(path, bytes);
}
