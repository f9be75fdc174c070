// Whom the folders grow writes in let change them. The journal's folder may be shared (a
// folder with the sticky bit, such as /tmp, lets no one replace another's file), but no one
// else may be able to replace the journal in it. The backups folder is grow's own: a real
// folder, never a link, that belongs to the person and that no one else may change, since
// grow deletes old backups in it and tells the person to copy the newest one back.
import { lstatSync, type Stats } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { ensurePrivateDir, PRIVATE_DIR } from './atomic-write';
import { removeLeftoverTemps } from './leftovers';
import { backupDirOf } from './paths';

const m = messages.journal;
const STICKY = 0o1000;

/** Before a change: the journal's folder made if need be, both folders checked, leftovers of killed writers removed. */
export async function prepareFolders(journalPath: string): Promise<void> {
  await ensurePrivateDir(dirname(journalPath));
  await checkJournalFolder(journalPath);
  assertSafeBackups(journalPath);
  await removeLeftoverTemps(dirname(journalPath), basename(journalPath));
}

/** Refuses a journal folder others may write to (without the sticky bit), or that belongs to someone else. */
export async function checkJournalFolder(journalPath: string): Promise<void> {
  const folder = dirname(journalPath);
  const problem = folderProblem(await stat(folder), { shared: true });
  if (problem) throw new JournalError(m.unsafeFolder(journalPath, folder, problem), m.unsafeFolderHint(folder));
}

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

/** The backups folder, made private when there is none: a JournalError when it is not safe to use. */
export async function backupsFolder(journalPath: string): Promise<string> {
  const dir = backupDirOf(journalPath);
  await mkdir(dir, { mode: PRIVATE_DIR }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  assertSafeBackups(journalPath);
  return dir;
}

export function assertSafeBackups(journalPath: string): void {
  const problem = backupsProblem(journalPath);
  if (problem) throw untrustedBackups(journalPath, problem);
}

export function untrustedBackups(journalPath: string, problem: string): JournalError {
  const dir = backupDirOf(journalPath);
  return new JournalError(m.unsafeBackups(dir, problem), m.unsafeBackupsHint(dir));
}

function folderProblem(info: Stats, { shared }: { shared: boolean }): string | undefined {
  const me = process.getuid?.();
  // root owns the shared folders of a system (/tmp): a journal may sit in one, never its backups.
  if (me !== undefined && info.uid !== me && !(shared && info.uid === 0)) return m.folderProblems.owner(info.uid);
  const open = (info.mode & 0o022) !== 0 && !(shared && (info.mode & STICKY) !== 0);
  return open ? m.folderProblems.open((info.mode & 0o7777).toString(8)) : undefined;
}
