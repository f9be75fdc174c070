// A journal grow encrypted must not quietly become plain text: a plain copy put in its
// place (an old backup, a sync tool's conflict copy, someone's swap) would be read, and
// every later write would stay plain. So grow keeps a mark beside the journal, outside the
// file itself, while the journal is encrypted; a plain journal beside the mark is refused
// until the person says it is meant to be plain (grow decrypt, or --accept-plaintext).
// Not node:fs/promises: every read loads this file, and loading that costs a millisecond or two.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { JournalError } from '../errors';
import { vault } from '../messages/vault';
import { backupDirOf } from './paths';

const markOf = (journalPath: string) => join(backupDirOf(journalPath), 'encrypted');

export function wasEncrypted(journalPath: string): boolean {
  return existsSync(markOf(journalPath));
}

export async function markEncrypted(journalPath: string): Promise<void> {
  if (wasEncrypted(journalPath)) return;
  // Every read loads this file; what writes is loaded only when it writes.
  const [{ backupsFolder }, { replaceFileAtomic }] = await Promise.all([import('./folders'), import('./atomic-write')]);
  await backupsFolder(journalPath);
  await replaceFileAtomic(markOf(journalPath), `${vault.markText}\n`);
}

export async function forgetEncrypted(journalPath: string): Promise<void> {
  rmSync(markOf(journalPath), { force: true });
}

/** A plain journal where grow encrypted one: refused, unless the person accepted it, which forgets the mark. */
export async function checkPlainAllowed(journalPath: string, accepted: boolean): Promise<void> {
  if (!wasEncrypted(journalPath)) return;
  if (!accepted) throw new JournalError(vault.plainInstead(journalPath), vault.plainInsteadHint(await restoreCommand(journalPath)));
  await forgetEncrypted(journalPath);
}

/** The command that puts the newest backup back, if there is one grow may point to. */
async function restoreCommand(journalPath: string): Promise<string | undefined> {
  const { listBackups } = await import('./backups');
  const [newest] = await listBackups(journalPath).catch(() => []);
  return newest && `cp '${newest.path}' '${journalPath}'`;
}
