// What `grow doctor` reports about the journal file, gathered without changing anything.
import { lstat, open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { GrowError } from '../errors';
import type { BackupFile, JournalInspection } from '../domain/inspection';
import type { Journal } from '../domain/schema';
import { listBackups } from './backups';
import { startsAsEnvelope } from './envelope';
import type { JournalStore } from './journal-store';
import { PassphraseNeededError } from './keyring';
import { isLocked } from './lock';

/** `dataDir` is grow's own data folder, the one it makes private by itself. */
export async function inspectJournal(store: JournalStore, dataDir: string): Promise<JournalInspection> {
  const { path } = store;
  const [file, dir, backups, locked] = await Promise.all([
    // A link that loops still exists: lstat sees it, and reading it reports why it cannot be read.
    stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : lstat(path))),
    stat(dirname(path)).catch(() => undefined),
    listBackups(path),
    isLocked(path),
  ]);
  const report: JournalInspection = { path, exists: file !== undefined, encrypted: false, backups, locked, ownFolder: resolve(dirname(path)) === resolve(dataDir) };
  // The sticky bit is kept: without it a folder like /tmp would look open to everyone.
  if (dir) report.dirMode = dir.mode & 0o7777;
  if (!file) return report;
  report.size = file.size;
  report.modified = file.mtime;
  report.fileMode = file.mode & 0o7777;
  try {
    report.encrypted = store.isEncrypted();
    if (report.encrypted) report.plainBackups = (await Promise.all(backups.map(isPlain))).filter(Boolean).length;
    report.counts = countRecords(await store.read());
  } catch (error) {
    if (error instanceof PassphraseNeededError) report.needsPassphrase = true;
    else if (error instanceof GrowError) report.problem = { message: error.message, hint: error.hint };
    else throw error;
  }
  return report;
}

/** Grow writes every encrypted backup starting the same way; anything else may be read by whoever gets the file. */
async function isPlain(backup: BackupFile): Promise<boolean> {
  const file = await open(backup.path, 'r').catch(() => undefined);
  if (!file) return false;
  try {
    const { buffer, bytesRead } = await file.read({ buffer: Buffer.alloc(64) });
    return !startsAsEnvelope(buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

function countRecords(journal: Journal): NonNullable<JournalInspection['counts']> {
  const sum = (pick: (p: Journal['people'][number]) => unknown[]) => journal.people.reduce((n, p) => n + pick(p).length, 0);
  return {
    people: journal.people.length,
    goals: sum((p) => p.goals),
    actions: sum((p) => p.actions),
    checkins: sum((p) => p.checkins),
    notes: sum((p) => p.notes),
    sessions: sum((p) => p.sessions),
  };
}
