// What `grow doctor` reports about the journal file, gathered without changing anything.
import { lstat, open, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { GrowError } from '../errors';
import type { JournalInspection } from '../domain/inspection';
import type { Journal } from '../domain/schema';
import { listBackups } from './backups';
import { conflictedCopies } from './conflicted-copies';
import { changeLogDir } from './change-log';
import { startsAsEnvelope } from './envelope-start';
import type { JournalStore } from './journal-store';
import { PassphraseNeededError } from './keyring';
import { isHolderFile, isLocked } from './lock';
import { backupDirOf, lockPathOf } from './paths';

/** `dataDir` is grow's own data folder, the one it makes private by itself. */
export async function inspectJournal(store: JournalStore, dataDir: string): Promise<JournalInspection> {
  const { path } = store;
  const [file, dir, backups, locked] = await Promise.all([
    // A link that loops still exists: lstat sees it, and reading it reports why it cannot be read.
    stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : lstat(path))),
    stat(dirname(path)).catch(() => undefined),
    listBackups(path).catch((error: unknown) => (error instanceof GrowError ? error : Promise.reject(error))),
    isLocked(path),
  ]);
  const report: JournalInspection = {
    path,
    exists: file !== undefined,
    encrypted: false,
    backups: backups instanceof GrowError ? [] : backups,
    locked,
    ownFolder: resolve(dirname(path)) === resolve(dataDir),
    conflictedCopies: conflictedCopies(path),
  };
  if (backups instanceof GrowError) report.backupsProblem = { message: backups.message, hint: backups.hint };
  // The sticky bit is kept: without it a folder like /tmp would look open to everyone.
  if (dir) report.dirMode = dir.mode & 0o7777;
  if (!file) return report;
  report.size = file.size;
  report.modified = file.mtime;
  report.fileMode = file.mode & 0o7777;
  try {
    report.encrypted = store.isEncrypted();
    if (report.encrypted) {
      report.plainBackups = (await Promise.all(report.backups.map((b) => isPlain(b.path)))).filter(Boolean).length;
      report.plainFiles = await plainFilesBeside(path, !report.backupsProblem);
    }
    report.counts = countRecords(await store.read());
  } catch (error) {
    if (error instanceof PassphraseNeededError) report.needsPassphrase = true;
    else if (error instanceof GrowError) report.problem = { message: error.message, hint: error.hint };
    else throw error;
  }
  return report;
}

/**
 * grow's own files beside an encrypted journal, other than its backups, that are not
 * encrypted: what a grow killed while writing left (grow removes those at its next change),
 * and notes kept when saving them failed.
 */
async function plainFilesBeside(path: string, backupsSafe: boolean): Promise<string[]> {
  const names = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).map((name) => join(dir, name));
  const base = basename(path);
  const candidates = [
    ...(await names(dirname(path))).filter((file) => basename(file).startsWith(`.${base}.`) || basename(file).startsWith('unsaved-note-')),
    ...(backupsSafe ? [...(await names(backupDirOf(path))), ...(await names(changeLogDir(path)))] : []).filter((file) => !/^journal-.*\.json$|^validated$|^encrypted$/.test(basename(file))),
    // The file that names a grow sync holding the lock says no more than its command.
    ...(await names(lockPathOf(path))).filter((file) => !isHolderFile(basename(file))),
  ];
  const plain = await Promise.all(candidates.map(async (file) => ((await lstat(file)).isFile() && (await isPlain(file)) ? file : undefined)));
  return plain.filter((file): file is string => file !== undefined);
}

/** Grow writes every encrypted file starting the same way; anything else may be read by whoever gets the file. */
async function isPlain(path: string): Promise<boolean> {
  const file = await open(path, 'r').catch(() => undefined);
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
