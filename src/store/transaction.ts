// One change to the journal: lock, read the newest file, validate, apply, validate again,
// keep a backup, write atomically, unlock. The file sits behind lowdb's two-method adapter.
import { Low, type Adapter } from 'lowdb';
import { dirname } from 'node:path';
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import { ensurePrivateDir, removeLeftoverTemps, writeFileAtomic } from './atomic-write';
import { keepBackup } from './backups';
import { withLock } from './lock';
import { rememberValid } from './validated-cache';
import { readJournal } from './read';
import { serializeJournal } from './serialize';
import { assertValid } from './validation';

class JournalFileAdapter implements Adapter<Journal> {
  constructor(private readonly path: string) {}

  read(): Promise<Journal | null> {
    return readJournal(this.path);
  }

  async write(journal: Journal): Promise<void> {
    const text = serializeJournal(assertValid(journal));
    await keepBackup(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // nothing to back up before the first write
    });
    const bytes = Buffer.from(text);
    await writeFileAtomic(this.path, bytes);
    await rememberValid(this.path, bytes);
  }
}

export async function runTransaction<T>(path: string, change: (journal: Journal) => T | Promise<T>): Promise<T> {
  await ensurePrivateDir(dirname(path));
  return withLock(path, async (assertHeld) => {
    await removeLeftoverTemps(path);
    const db = new Low(new JournalFileAdapter(path), emptyJournal());
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
