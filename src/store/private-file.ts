// What grow writes is the person's alone: files 600, folders 700. git and sync folders write
// the files they bring as the umask says (644 on most systems), so a journal cloned, pulled or
// synced is open to others on the computer until grow writes it again; commands make it private
// again first (commands/shared/journal-notices.ts). Every command loads this file: it loads
// nothing but node:fs and the few bytes that tell an encrypted journal.
import { closeSync, constants, fchmodSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { ENVELOPE_START } from './envelope-start';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** Others may read or change a file with any of these bits (to run a journal gives them nothing). */
const OPEN_TO_OTHERS = 0o066;

/** How a journal grow wrote starts (journal-text.ts), and how its encrypted envelope does. */
const JOURNAL_STARTS = [Buffer.from('{\n  "version": '), ENVELOPE_START];

/** Whether makeJournalPrivate would make the journal at `path` private, without changing it. */
export function isJournalOpenToOthers(path: string): boolean {
  return journalOpenToOthers(path, { makePrivate: false }) !== undefined;
}

/**
 * Makes the journal at `path` readable by its owner alone when it is the person's own file,
 * others may read or change it, and it starts as a journal grow wrote: never any other file a
 * mistyped --journal names. The mode it had; undefined when nothing was done, also where the
 * file system keeps no modes (a Windows drive, say), so nothing is said that is not so.
 */
export function makeJournalPrivate(path: string): number | undefined {
  return journalOpenToOthers(path, { makePrivate: true });
}

/** The mode of the journal at `path` when it is open to others (and, asked to, made private); undefined otherwise. */
function journalOpenToOthers(path: string, { makePrivate }: { makePrivate: boolean }): number | undefined {
  const me = process.getuid?.();
  if (me === undefined) return undefined;
  let fd: number | undefined;
  try {
    // Looked at before it is opened: opening a device can do something.
    const found = statSync(path);
    if (!found.isFile() || found.uid !== me || (found.mode & OPEN_TO_OTHERS) === 0) return undefined;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (info.ino !== found.ino || info.dev !== found.dev || !startsAsJournal(fd)) return undefined;
    if (!makePrivate) return info.mode & 0o7777;
    // Through the file grow looked at: a journal renamed into its place meanwhile is grow's own, and private.
    fchmodSync(fd, PRIVATE_FILE);
    return (fstatSync(fd).mode & OPEN_TO_OTHERS) === 0 ? info.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function startsAsJournal(fd: number): boolean {
  const head = Buffer.alloc(Math.max(...JOURNAL_STARTS.map((start) => start.length)));
  const read = head.subarray(0, readSync(fd, head, 0, head.length, 0));
  return JOURNAL_STARTS.some((start) => read.subarray(0, start.length).equals(start));
}
