// The checks of folders.ts that only look: every read asks whether the backups folder (and
// so what grow remembers in it) can be trusted, without loading what makes or writes folders.
import { lstatSync, type Stats } from 'node:fs';
import { JournalError } from '../errors';
import { journal as m } from '../messages/journal';
import { backupDirOf } from './paths';

const STICKY = 0o1000;

/** What is wrong with the backups folder, if anything; undefined too when there is none yet. */
export function backupsProblem(journalPath: string): string | undefined {
  let info: Stats;
  try {
    info = lstatSync(backupDirOf(journalPath));
  } catch {
    return undefined;
  }
  if (info.isSymbolicLink()) return m.folderProblems.link;
  if (!info.isDirectory()) return m.folderProblems.notFolder;
  return folderProblem(info, { shared: false });
}

export function assertSafeBackups(journalPath: string): void {
  const problem = backupsProblem(journalPath);
  if (problem) throw untrustedBackups(journalPath, problem);
}

function untrustedBackups(journalPath: string, problem: string): JournalError {
  const dir = backupDirOf(journalPath);
  return new JournalError(m.unsafeBackups(dir, problem), m.unsafeBackupsHint(dir));
}

export function folderProblem(info: Stats, { shared }: { shared: boolean }): string | undefined {
  const me = process.getuid?.();
  // root owns the shared folders of a system (/tmp): a journal may sit in one, never its backups.
  if (me !== undefined && info.uid !== me && !(shared && info.uid === 0)) return m.folderProblems.owner(info.uid);
  const open = (info.mode & 0o022) !== 0 && !(shared && (info.mode & STICKY) !== 0);
  return open ? m.folderProblems.open((info.mode & 0o7777).toString(8)) : undefined;
}
