// Whole-file replacement that a crash can never leave half-written: write a uniquely named
// temporary file beside the target, flush it to disk, then rename it over the target.
// (The journal itself is written inside its lock folder instead: see lock.ts.)
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { removeLeftoverTemps } from './leftovers';
import { basename, dirname, join } from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE } from './private-file';

export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: PRIVATE_DIR });
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await ensurePrivateDir(dirname(path));
  await replaceFileAtomic(path, data);
}

/**
 * The same, into a folder that must already exist: for files whose folder is not grow's to
 * make. `keepMode`: the mode of the file being replaced, which the new one takes over.
 */
export async function replaceFileAtomic(path: string, data: string | Uint8Array | Iterable<string>, keepMode?: number): Promise<void> {
  await throughTemp(path, (temp) => open(temp, 'wx', PRIVATE_FILE), async (file) => {
    if (keepMode !== undefined) await file.chmod(keepMode);
    // Parts (of a long export) are written one after the other, as they come.
    for (const part of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) await file.writeFile(part);
  });
}

/**
 * The same with a copy of the file `source`, made by the system without passing through grow:
 * on a file system that can (Btrfs, XFS, APFS) a clone that shares the blocks until either
 * file changes, which costs nothing however large the file is.
 */
export async function copyFileAtomic(source: string, path: string): Promise<void> {
  const copy = async (temp: string) => {
    await copyFile(source, temp, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    return open(temp, 'r+');
  };
  await throughTemp(path, copy, (file) => file.chmod(PRIVATE_FILE));
}

/**
 * Makes a temporary file beside `path` (`make`), fills it (`fill`), flushes it to disk and
 * renames it over `path`; on any failure the temporary file goes. Temporary files that earlier
 * writers of the same file left when they were killed go first.
 */
async function throughTemp(path: string, make: (temp: string) => Promise<FileHandle>, fill: (file: FileHandle) => Promise<void>): Promise<void> {
  const dir = dirname(path);
  await removeLeftoverTemps(dir, basename(path));
  // Its name says which grow made it, so that a dead one's leftovers can be told and removed.
  const temp = join(dir, `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await make(temp);
    try {
      await fill(file);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/** Makes a rename durable: without it a power cut can bring back the old file. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
