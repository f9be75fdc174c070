// A cross-process lock around every change, so two grows writing at once never lose data.
//
// The lock is the folder <journal>.lock, made with mkdir (atomic: one grow wins). Its holder
// keeps its modification time fresh; a lock older than STALE_MS was left by a grow that died, and
// the next grow takes it over. A holder may only be stalled, though (stopped with Ctrl+Z, or
// busy for longer than that), and come back after its lock was taken over. So the new
// journal is written inside the lock folder, through a handle on that folder, and renamed
// from there: a grow that lost its lock lost its folder with it (whoever takes a lock over
// empties and removes the folder before reading the journal), and its rename fails instead
// of putting an old snapshot over a newer journal. That fence cannot hold back another
// program that writes the journal for its holder (git, in grow sync): such a holder's lock is
// not taken over while it runs (LockOptions.othersWrite).
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, futimesSync, lstatSync, openSync, readFileSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { isRunning } from '../process-alive';
import { syncDir } from './atomic-write';
import { PRIVATE_DIR, PRIVATE_FILE } from './private-file';
import { lockPathOf } from './paths';
import { identityOf, type FileIdentity } from './read';

const STALE_MS = 5_000;
/** How long to wait for other grows: a queue of writers to a large journal may take this long. */
const WAIT_MS = 60_000;
const REFRESH_MS = 1_000;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** What the holder of the lock may do that needs the lock to still be its own. */
export interface HeldLock {
  /** Replaces `target` with `bytes`, unless the lock was lost or `stillAsRead` says the target changed. */
  replace(target: string, bytes: Uint8Array | Iterable<Uint8Array>, stillAsRead: () => Promise<boolean>): Promise<FileIdentity>;
}

export interface LockOptions {
  /** The work may keep this thread busy for longer than STALE_MS (a large journal, an import). */
  long?: boolean;
  /**
   * Another program writes the journal while the lock is held: git, in `grow sync`. Such a lock
   * is never taken over while its holder runs, even stalled (stopped with Ctrl+Z), for that
   * program would then write over whatever the next grow saved: the next grow says what holds
   * the lock instead. The command the person ran, to name it.
   */
  othersWrite?: string;
}

/**
 * The file in the lock folder that says its holder lets another program write the journal
 * (LockOptions.othersWrite): held-by-PID, holding the holder's command and when its process
 * started, so that a process that later takes the same number is not taken for it.
 */
const HELD_BY = 'held-by-';
export const isHolderFile = (name: string) => name.startsWith(HELD_BY);

export async function withLock<T>(journalPath: string, work: (lock: HeldLock) => Promise<T>, { long = false, othersWrite }: LockOptions = {}): Promise<T> {
  const lockPath = lockPathOf(journalPath);
  const folder = await acquire(lockPath);
  const stopRefreshing = keepFresh(folder, long);
  const onSignal = (signal: NodeJS.Signals) => {
    // A grow ended by a signal leaves no lock for the next one to wait out. One whose program
    // may still be writing the journal leaves it to go stale, which gives the program time to
    // finish, unless Ctrl+C ended both (it goes to every process of the terminal's job).
    if (othersWrite === undefined || signal === 'SIGINT') release(lockPath, folder);
    process.kill(process.pid, signal);
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  try {
    if (othersWrite !== undefined) nameHolder(lockPath, folder, othersWrite);
    return await work({ replace: (target, bytes, stillAsRead) => replaceInside(lockPath, folder, target, bytes, stillAsRead) });
  } finally {
    await stopRefreshing();
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    release(lockPath, folder);
  }
}

/** Whether a grow holds the lock now: one that keeps it fresh, or one that may not be taken over while it runs (LockOptions.othersWrite). */
export async function isLocked(journalPath: string): Promise<boolean> {
  const lockPath = lockPathOf(journalPath);
  const info = await lstat(lockPath).catch(() => undefined);
  if (info === undefined) return false;
  if (!isStale(info)) return true;
  return runningHolder(lockPath, await readdir(lockPath).catch(() => [])) !== undefined;
}

/** The lock folder, open: the handle names this folder whatever happens to its name. */
async function acquire(lockPath: string): Promise<number> {
  const deadline = Date.now() + WAIT_MS;
  for (let wait = 10; ; wait = Math.min(wait * 1.5, 250)) {
    const started = Date.now();
    const made = await mkdir(lockPath, { mode: PRIVATE_DIR }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        return false;
      },
    );
    if (made) {
      const folder = openFolder(lockPath);
      if (folder !== undefined && Date.now() - started < STALE_MS / 2) return folder;
      // Stopped between making the folder and opening it: it may have been taken over meanwhile,
      // and the folder opened be another grow's (or gone).
      if (folder !== undefined) closeSync(folder);
      continue;
    }
    const info = await lstat(lockPath).catch(() => undefined);
    if (info && !info.isDirectory()) throw new JournalError(messages.journal.lockNotFolder(lockPath), messages.journal.busyHint(lockPath));
    if (info && isStale(info)) await takeOver(lockPath, info);
    else if (Date.now() > deadline) throw new JournalError(messages.journal.busy(lockPath), messages.journal.busyHint(lockPath));
    else await new Promise((resolve) => setTimeout(resolve, wait * (0.5 + Math.random())));
  }
}

function openFolder(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function isStale(info: Stats): boolean {
  return Date.now() - info.mtimeMs > STALE_MS;
}

/**
 * Empties and removes a stale lock folder, if it is still the one found stale. Whatever its
 * holder renamed out of it before then was saved before this grow reads the journal; from
 * then on its holder can save nothing.
 */
async function takeOver(lockPath: string, stale: Stats): Promise<void> {
  const notOurs = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPERM' || error.code === 'EACCES') throw new JournalError(messages.journal.lockNotOurs(lockPath), messages.journal.busyHint(lockPath));
    if (error.code !== 'ENOENT' && error.code !== 'ENOTEMPTY') throw error;
  };
  for (;;) {
    // Taken over by another grow meanwhile: it is theirs now.
    const found = await lstat(lockPath).catch(() => undefined);
    if (!found || found.ino !== stale.ino || found.dev !== stale.dev) return;
    const names = await readdir(lockPath).catch((error: NodeJS.ErrnoException) => void notOurs(error));
    if (!names) return;
    const holder = runningHolder(lockPath, names);
    if (holder) throw new JournalError(messages.journal.heldWhileStalled(holder.command, holder.pid), messages.journal.heldWhileStalledHint(holder.command, lockPath));
    await Promise.all(names.map((name) => rm(join(lockPath, name), { force: true, recursive: true }).catch(notOurs)));
    const now = await lstat(lockPath).catch(() => undefined);
    if (!now || now.ino !== stale.ino || now.dev !== stale.dev) return;
    const removed = await rmdir(lockPath).then(
      () => true,
      (error: NodeJS.ErrnoException) => (notOurs(error), error.code === 'ENOENT'),
    );
    if (removed) return;
  }
}

/** Says in the lock folder that this grow lets another program write the journal (see HELD_BY). */
function nameHolder(lockPath: string, folder: number, command: string): void {
  writeFileSync(join(insideFolder(lockPath, folder), `${HELD_BY}${process.pid}`), `${command}\n${startOf(process.pid) ?? ''}`, { mode: PRIVATE_FILE });
  // Where the folder is reached by its name, it may have been taken over just before.
  if (!isNamed(lockPath, folder)) throw changedMeanwhile();
}

/**
 * The holder of the lock, by what its folder holds (`names`), when it lets another program
 * write the journal and its process still runs (see HELD_BY). The folder is private, so its
 * holder is always this person's: a process of someone else's is not it, nor is this grow.
 */
function runningHolder(lockPath: string, names: readonly string[]): { command: string; pid: number } | undefined {
  for (const name of names) {
    const pid = isHolderFile(name) ? Number(name.slice(HELD_BY.length)) : NaN;
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isRunning(pid, { anyUser: false })) continue;
    let said: string;
    try {
      said = readFileSync(join(lockPath, name), 'utf8');
    } catch {
      // Gone as the holder let go, or not a file grow wrote.
      continue;
    }
    const [command = '', started = ''] = said.split('\n');
    if (started === '' || startOf(pid) === started) return { command, pid };
  }
  return undefined;
}

/** When a process started, in clock ticks since the system started (field 22 of /proc/PID/stat); undefined without /proc. */
function startOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command's name, which is in brackets and may hold anything: the state is field 3.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[22 - 3];
  } catch {
    return undefined;
  }
}

/** The lock's modification time says its holder is alive; futimes on the handle never touches a folder taken over. */
function touch(folder: number): void {
  try {
    const now = new Date();
    futimesSync(folder, now, now);
  } catch {
    // The folder was taken over; the next replace says so.
  }
}

/**
 * Touches the lock every REFRESH_MS: from a timer, which runs only between the steps of the
 * work, and for long work from a thread of its own, which runs whatever the work is doing.
 */
function keepFresh(folder: number, long: boolean): () => Promise<void> {
  const timer = setInterval(() => touch(folder), REFRESH_MS).unref();
  const thread = long ? new Worker(KEEPER, { eval: true, workerData: { folder, every: REFRESH_MS } }) : undefined;
  // Only a help: if the thread fails, the timer still touches the lock between steps.
  thread?.on('error', () => undefined).unref();
  return async () => {
    clearInterval(timer);
    // Stopped before the folder's handle is closed, so that it never touches another file that takes its number.
    await thread?.terminate();
  };
}

const KEEPER = `const { workerData } = require('node:worker_threads');
const { futimesSync } = require('node:fs');
setInterval(() => { try { const now = new Date(); futimesSync(workerData.folder, now, now); } catch {} }, workerData.every);`;

/** Removes the lock folder if it is still this grow's. Synchronous, so that it also runs on the way out after a signal. */
function release(lockPath: string, folder: number): void {
  try {
    if (isNamed(lockPath, folder)) rmSync(lockPath, { recursive: true, force: true });
    closeSync(folder);
  } catch {
    // Already closed or gone: nothing left to release.
  }
}

/** Whether `lockPath` still names the folder this grow made. */
function isNamed(lockPath: string, folder: number): boolean {
  try {
    const own = fstatSync(folder);
    const named = lstatSync(lockPath);
    return own.nlink > 0 && named.ino === own.ino && named.dev === own.dev;
  } catch {
    return false;
  }
}

/**
 * Writes the new file inside the lock folder (insideFolder), flushes it, and renames it over
 * `target`, the folder's name checked just before. Returns the identity of the file written,
 * as it is once renamed.
 */
async function replaceInside(lockPath: string, folder: number, target: string, bytes: Uint8Array | Iterable<Uint8Array>, stillAsRead: () => Promise<boolean>): Promise<FileIdentity> {
  touch(folder);
  const temp = join(insideFolder(lockPath, folder), `${basename(target)}.${randomBytes(6).toString('hex')}.new`);
  const file = await open(temp, 'wx', PRIVATE_FILE).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? changedMeanwhile() : error;
  });
  let written: FileIdentity;
  try {
    // Each chunk goes on from where the last one ended.
    for (const chunk of bytes instanceof Uint8Array ? [bytes] : bytes) await file.writeFile(chunk);
    await file.sync();
    try {
      if (!isNamed(lockPath, folder) || !(await stillAsRead())) throw changedMeanwhile();
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      // The file written inside the lock folder is gone: whoever took the lock over removed it.
      throw (error as NodeJS.ErrnoException).code === 'ENOENT' ? changedMeanwhile() : error;
    }
    // After the rename, which sets the change time on most file systems; through the open file,
    // so that it is this file's, whatever is at `target` by now.
    written = identityOf(await file.stat({ bigint: true }));
  } finally {
    await file.close();
  }
  await syncDir(dirname(target));
  return written;
}

/**
 * The lock folder, as a path to write in: on Linux reached through its handle (/proc/self/fd),
 * so that a folder taken over cannot be mistaken for the new holder's; elsewhere by its name.
 */
function insideFolder(lockPath: string, folder: number): string {
  const handle = `/proc/self/fd/${folder}`;
  return existsSync(handle) ? handle : lockPath;
}

function changedMeanwhile(): JournalError {
  return new JournalError(messages.journal.changedMeanwhile, messages.journal.changedMeanwhileHint);
}
