// What grow writes is the person's alone: files 600, folders 700. git and sync folders write
// the files they bring as the umask says (644 on most systems), so a journal cloned, pulled or
// synced is open to others on the computer until grow writes it again; every command makes it
// private again first (commands/shared/journal-notices.ts). Every command loads this file, so it
// loads nothing but node:fs.
import { closeSync, constants, fchmodSync, fstatSync, openSync, readSync } from 'node:fs';
import { ENVELOPE_START } from './envelope-start';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** How a journal grow wrote starts (journal-text.ts), and how its encrypted envelope does. */
const JOURNAL_STARTS = [Buffer.from('{\n  "version": '), ENVELOPE_START];

/** Whether the journal at `path` is open to others, as makeJournalPrivate tells it, without changing it. */
export function isJournalOpenToOthers(path: string): boolean {
  return openJournal(path, false) !== undefined;
}

/**
 * Makes the journal at `path` readable by its owner alone when it is the person's own file, others
 * may read or change it, and it starts as a journal grow wrote: never any other file a mistyped
 * --journal names. The mode it had; undefined when nothing was done.
 */
export function makeJournalPrivate(path: string): number | undefined {
  return openJournal(path, true);
}

function openJournal(path: string, makePrivate: boolean): number | undefined {
  const me = process.getuid?.();
  if (me === undefined) return undefined;
  let fd: number;
  try {
    // Without blocking: opening a pipe for reading waits for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.uid !== me || (info.mode & 0o077) === 0 || !startsAsJournal(fd)) return undefined;
    // Through the file grow looked at: a journal renamed into its place meanwhile is grow's own, and private.
    if (makePrivate) fchmodSync(fd, PRIVATE_FILE);
    return info.mode & 0o7777;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function startsAsJournal(fd: number): boolean {
  const head = Buffer.alloc(Math.max(...JOURNAL_STARTS.map((start) => start.length)));
  const read = head.subarray(0, readSync(fd, head, 0, head.length, 0));
  return JOURNAL_STARTS.some((start) => read.subarray(0, start.length).equals(start));
}
