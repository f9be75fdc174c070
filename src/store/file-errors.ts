// A change that fails in the file system (a read-only folder or disk, a full disk, a lock
// folder that belongs to someone else, a path through a file, a name too long) is said in
// plain words that name the journal and the file that failed, never as an error inside grow.
import { basename, dirname } from 'node:path';
import { GrowError, JournalError, systemReason } from '../errors';
import { messages } from '../messages';
import { lockPathOf } from './paths';

const m = messages.journal;

export async function inWords<T>(journalPath: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isSystemError(error) ? savingFailed(journalPath, error) : error;
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && !(error instanceof GrowError) && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}

function savingFailed(journalPath: string, error: NodeJS.ErrnoException): JournalError {
  // A copy failed where it was going; a temporary file is named by its folder; one inside the
  // lock folder is reached through its handle (/proc/self/fd/N).
  const path = (error as NodeJS.ErrnoException & { dest?: string }).dest ?? error.path;
  const at = path?.startsWith('/proc/self/fd/') ? lockPathOf(journalPath) : path && /^\..*\.tmp$/.test(basename(path)) ? dirname(path) : path;
  const where = at && at !== journalPath ? at : undefined;
  // mkdir says EEXIST of a file where a folder is needed (a journal path through a file).
  const reason = error.code === 'EEXIST' && error.syscall === 'mkdir' ? m.fileInTheWay : systemReason(error);
  return new JournalError(m.cannotSave(journalPath, reason, where), hintFor(error.code, dirname(where ?? journalPath)));
}

function hintFor(code: string | undefined, folder: string): string | undefined {
  if (code === 'EACCES' || code === 'EPERM') return m.folderHint(folder);
  if (code === 'ENOSPC' || code === 'EDQUOT') return m.diskFullHint(folder);
  return undefined;
}
