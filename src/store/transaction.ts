// One change to the journal: lock, read the newest file, validate, apply, validate again,
// keep a backup, write atomically, unlock. The file sits behind lowdb's two-method adapter.
// An encrypted journal stays encrypted: it is written with the key it was read with, and
// its passphrase is asked for before the lock is taken, so a person typing holds up no one.
import { Low, type Adapter } from 'lowdb';
import { dirname } from 'node:path';
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import { ensurePrivateDir, removeLeftoverTemps, writeFileAtomic } from './atomic-write';
import { keepBackup } from './backups';
import { seal, type Sealing } from './envelope';
import { Keyring, noPassphrase } from './keyring';
import { withLock } from './lock';
import { unlockJournalFile } from './sealed-file';
import { readJournalFile } from './read';
import { serializeJournal } from './serialize';
import { rememberValid } from './validated-cache';
import { assertValid } from './validation';

class JournalFileAdapter implements Adapter<Journal> {
  /** The key the file was encrypted with when it was read, if it was. */
  private sealing: Sealing | undefined;

  constructor(
    private readonly path: string,
    private readonly keyring: Keyring,
  ) {}

  async read(): Promise<Journal | null> {
    const file = await readJournalFile(this.path, this.keyring);
    this.sealing = file?.sealing;
    return file?.journal ?? null;
  }

  async write(journal: Journal): Promise<void> {
    const text = Buffer.from(serializeJournal(assertValid(journal)));
    await keepBackup(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // nothing to back up before the first write
    });
    await writeJournalBytes(this.path, this.sealing ? Buffer.from(seal(text, this.sealing)) : text);
  }
}

export async function runTransaction<T>(
  path: string,
  change: (journal: Journal) => T | Promise<T>,
  keyring = new Keyring(noPassphrase(path)),
): Promise<T> {
  await ensurePrivateDir(dirname(path));
  await unlockJournalFile(path, keyring);
  return withLock(path, async (assertHeld) => {
    await removeLeftoverTemps(path);
    const db = new Low(new JournalFileAdapter(path, keyring), emptyJournal());
    await db.read();
    const before = serializeJournal(db.data);
    const result = await change(db.data);
    if (serializeJournal(db.data) !== before) {
      assertHeld();
      await db.write();
    }
    return result;
  });
}

/** Replaces the journal with bytes grow has just validated, and remembers them as valid. */
export async function writeJournalBytes(path: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomic(path, bytes);
  await rememberValid(path, bytes);
}
