// Whom the folders grow writes in let change them. The journal's folder may be shared (a
// folder with the sticky bit, such as /tmp, lets no one replace another's file), but no one
// else may be able to replace the journal in it. The backups folder is grow's own: a real
// folder, never a link, that belongs to the person and that no one else may change, since
// grow deletes old backups in it and tells the person to copy the newest one back.
import { mkdir, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { JournalError } from '../errors';
import { journal as m } from '../messages/journal';
import { ensurePrivateDir } from './atomic-write';
import { PRIVATE_DIR } from './private-file';
import { assertSafeBackups, folderProblem } from './folder-checks';
import { removeLeftoverTemps } from './leftovers';
import { backupDirOf } from './paths';

/** Before a change: the journal's folder made if need be, both folders checked, leftovers of killed writers removed. */
export async function prepareFolders(journalPath: string): Promise<void> {
  await ensurePrivateDir(dirname(journalPath));
  await checkJournalFolder(journalPath);
  assertSafeBackups(journalPath);
  await removeLeftoverTemps(dirname(journalPath), basename(journalPath));
}

/** Refuses a journal folder others may write to (without the sticky bit), or that belongs to someone else. */
async function checkJournalFolder(journalPath: string): Promise<void> {
  const folder = dirname(journalPath);
  const problem = folderProblem(await stat(folder), { shared: true });
  if (problem) throw new JournalError(m.unsafeFolder(journalPath, folder, problem), m.unsafeFolderHint(folder));
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
