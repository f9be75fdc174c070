// Where `grow export --out` writes. A file, or a link to one, is replaced in one step at its
// real path, keeping its mode, so a link stays a link; a terminal, pipe or socket is written as it is, since a
// rename would put a plain file where the device was. The journal, its lock and its backups
// are never a target, however the path reaches them. Errors name the path the person gave,
// never the temporary file beside it, and no folder is made: a missing one is a typo.
import { realpath, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { GrowError, systemReason, UsageError } from '../errors';
import { messages } from '../messages';
import { replaceFileAtomic } from './atomic-write';
import { backupDirOf, linkEnd, lockPathOf } from './paths';

const m = messages.exportCommand;

export interface ExportTarget {
  /** What the person typed, for messages. */
  given: string;
  /** `replace`: a regular file, written beside and renamed over; `direct`: a device, pipe or socket. */
  kind: 'replace' | 'direct';
  path: string;
  /** The mode of the file replaced, kept for the new one (a new file is private: 600). */
  mode?: number;
}

/** Checks --out before anything is rendered, so a mistyped path costs nothing. */
export async function exportTarget(given: string, journalPath: string): Promise<ExportTarget> {
  if (given === '') throw new UsageError(m.noOut);
  const path = resolve(given);
  const cannot = (error: NodeJS.ErrnoException) => new GrowError(m.cannotWrite(given, reasonOf(error)));
  const found = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw cannot(error);
  });
  // A device is written as it is; its path may be a link into /proc that has no real path.
  if (found && (found.isCharacterDevice() || found.isFIFO() || found.isSocket())) return { given, kind: 'direct', path };
  // Nothing there yet, or a link to nothing: the file is made where the last link points.
  const end = found ? path : linkEnd(path);
  const real = found ? await realpath(path).catch((error: NodeJS.ErrnoException) => Promise.reject(cannot(error))) : await realOf(end);
  // Before the kind of file: the backups folder is a folder, and no message should suggest a file in it.
  const own = await ownFile(real, journalPath);
  if (own) throw new UsageError(m.ownFile(m.own[own]));
  if (found?.isDirectory()) throw new UsageError(m.outIsFolder(given));
  if (found && !found.isFile()) throw new GrowError(m.cannotWrite(given, m.notAFile));
  if (!found) await checkFolder(given, dirname(end), cannot);
  return { given, kind: 'replace', path: real, mode: found && found.mode & 0o7777 };
}

/** `data` may come in parts, each written as it comes. */
export async function writeExport(target: ExportTarget, data: string | Iterable<string>): Promise<void> {
  const write = target.kind === 'replace' ? replaceFileAtomic(target.path, data, target.mode) : writeFile(target.path, data);
  await write.catch((error: NodeJS.ErrnoException) => {
    throw new GrowError(m.cannotWrite(target.given, reasonOf(error)));
  });
}

/** A new file needs its folder: grow makes none for --out. */
async function checkFolder(given: string, folder: string, cannot: (error: NodeJS.ErrnoException) => GrowError): Promise<void> {
  const parent = await stat(folder).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new GrowError(m.noFolder(given, folder)) : cannot(error);
  });
  if (!parent.isDirectory()) throw new GrowError(m.notFolder(given, folder));
}

/** Which of grow's own files `real` is, if any. */
async function ownFile(real: string, journalPath: string): Promise<keyof typeof m.own | undefined> {
  const [journal, lock, backups] = await Promise.all([realOf(journalPath), realOf(lockPathOf(journalPath)), realOf(backupDirOf(journalPath))]);
  if (real === journal) return 'journal';
  const within = (folder: string) => real === folder || real.startsWith(`${folder}${sep}`);
  if (within(lock)) return 'lock';
  if (within(backups)) return 'backups';
  return undefined;
}

/** The real path of a file that may not exist yet: its nearest existing folder, resolved, and the rest. */
async function realOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(await realOf(parent), basename(path));
  }
}

function reasonOf(error: NodeJS.ErrnoException): string {
  return error.code === 'EISDIR' ? m.isFolder : systemReason(error);
}
