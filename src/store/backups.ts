// Before each write the journal as it was is kept in <journal>.backups/, newest 5 only.
// Each backup is a copy of the bytes grow read and checked (never a link: a link would
// change with the file it points to), named by a sequence number, so that their order
// does not depend on the clock: a clock set wrong, then right again, never makes grow
// rotate its newest backup away or point at an older one.
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFile } from '../domain/inspection';
import { copyFileAtomic, replaceFileAtomic } from './atomic-write';
import { removeLeftoverTemps } from './leftovers';
import { assertSafeBackups } from './folder-checks';
import { backupsFolder } from './folders';
import { backupDirOf } from './paths';

export const BACKUPS_KEPT = 5;

interface BackupName {
  name: string;
  /** 0 for the names of earlier grows, which hold only a time. */
  sequence: number;
}

/**
 * Keeps the journal before this change as the newest backup: `bytes`, or without them a copy of
 * the file as it is (under the journal's lock, as it was read: a write after a change by
 * anyone else is refused).
 */
export async function keepBackup(journalPath: string, bytes?: Uint8Array, now = new Date()): Promise<void> {
  const dir = await backupsFolder(journalPath);
  await removeLeftoverTemps(dir);
  const kept = await backupNames(dir);
  const sequence = (kept[0]?.sequence ?? 0) + 1;
  const backup = join(dir, `journal-${String(sequence).padStart(6, '0')}-${now.toISOString().replace(/[:.]/g, '-')}.json`);
  await (bytes ? replaceFileAtomic(backup, bytes) : copyFileAtomic(journalPath, backup));
  await Promise.all(kept.slice(BACKUPS_KEPT - 1).map(({ name }) => rm(join(dir, name), { force: true })));
}

/** Newest first. A JournalError when the backups folder is not safe to trust. */
export async function listBackups(journalPath: string): Promise<BackupFile[]> {
  assertSafeBackups(journalPath);
  const dir = backupDirOf(journalPath);
  const backups = await Promise.all(
    (await backupNames(dir)).map(async ({ name }) => {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      return info?.isFile() ? { path, size: info.size, modified: info.mtime } : undefined;
    }),
  );
  return backups.filter((b): b is BackupFile => b !== undefined);
}

/** Newest first: by sequence, then the names of earlier grows by the time they hold. */
async function backupNames(dir: string): Promise<BackupName[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const backups: BackupName[] = [];
  for (const name of names) {
    const numbered = /^journal-(\d{6,})-.*\.json$/.exec(name);
    if (numbered) backups.push({ name, sequence: Number(numbered[1]) });
    else if (/^journal-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/.test(name)) backups.push({ name, sequence: 0 });
  }
  return backups.sort((a, b) => b.sequence - a.sequence || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}
