// Whole-file replacement that a crash can never leave half-written: write a uniquely named
// temporary file beside the target, flush it to disk, then rename it over the target.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

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
export async function replaceFileAtomic(path: string, data: string | Uint8Array, keepMode?: number): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `${tempPrefix(path)}${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    const file = await open(temp, 'wx', PRIVATE_FILE);
    try {
      if (keepMode !== undefined) await file.chmod(keepMode);
      await file.writeFile(data);
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

/**
 * Removes temporary files left by a writer that was killed mid-write. Only safe while
 * holding the journal's lock, when no other writer can be using one.
 */
export async function removeLeftoverTemps(path: string): Promise<void> {
  const prefix = tempPrefix(path);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(
    names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => rm(join(dirname(path), n), { force: true })),
  );
}

function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}

/** Makes the rename itself durable: without it a power cut can bring back the old file. */
async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
