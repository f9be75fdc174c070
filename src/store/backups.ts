// Before each write the previous journal is kept in <journal>.backups/, newest 5 only.
// A hard link keeps the old file without copying it: the rename that follows gives the
// journal a new file and leaves the old one to the backup.
import { copyFile, constants, link, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupFile } from '../domain/inspection';
import { ensurePrivateDir } from './atomic-write';
import { backupDirOf } from './paths';

export const BACKUPS_KEPT = 5;


export async function keepBackup(journalPath: string, now = new Date()): Promise<void> {
  const dir = backupDirOf(journalPath);
  await ensurePrivateDir(dir);
  await preserve(journalPath, dir, now.getTime());
  const names = await backupNames(dir);
  await Promise.all(names.slice(BACKUPS_KEPT).map((name) => rm(join(dir, name), { force: true })));
}

/** Two writes in the same millisecond get the next free millisecond, so names stay in order. */
async function preserve(journalPath: string, dir: string, time: number): Promise<void> {
  for (let offset = 0; ; offset++) {
    const target = join(dir, `journal-${new Date(time + offset).toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      await linkOrCopy(journalPath, target);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || offset >= 1000) throw error;
    }
  }
}

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
  }
}

/** Newest first. */
export async function listBackups(journalPath: string): Promise<BackupFile[]> {
  const dir = backupDirOf(journalPath);
  const names = await backupNames(dir);
  const backups = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      return info ? { path, size: info.size, modified: info.mtime } : undefined;
    }),
  );
  return backups.filter((b): b is BackupFile => b !== undefined);
}

async function backupNames(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  // The names hold a UTC time stamp, so sorting them sorts by age.
  return names.filter((n) => n.startsWith('journal-') && n.endsWith('.json')).sort().reverse();
}
