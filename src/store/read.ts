// Reading the journal. A file this grow wrote itself (validated-cache.ts knows it by its
// identity) skips the full check and each list is parsed when it is used (lazy-journal.ts): a
// plain one is read a line at a time, an encrypted one opened first (sealed-file.ts). Any other
// file goes through the full check in parse-journal.ts, loaded only then. Only a regular file
// is read, and only up to a size: a pipe would hang every command (grow remind in a shell's
// start-up too), /dev/zero would fill the memory.
// Not node:fs/promises: loading it (and the modules it loads) costs a read a millisecond or two.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { JournalError, systemReason } from '../errors';
import { journal as m } from '../messages/journal';
import type { Journal } from '../domain/schema';
import type { Sealing } from './envelope';
import { ENVELOPE_START, isEnvelopeLike, startsAsEnvelope } from './envelope-start';
import type { Keyring } from './keyring';
import { checkPlainAllowed, wasEncrypted } from './encryption-mark';
import { lazyJournal } from './lazy-journal';
import { isKnownValid, rememberValid } from './validated-cache';

/** The largest journal grow reads: decades of daily notes fit many times over. */
export const MAX_JOURNAL_BYTES = 256 * 1024 * 1024;

/** The journal in a file, and the key it was sealed with when it is encrypted. */
export interface JournalFile {
  journal: Journal;
  sealing?: Sealing;
  /** The journal's text (opened, when it is encrypted). */
  text: string;
  /** Whether the text is exactly as grow writes this journal: true for a file it wrote itself. */
  canonical: boolean;
  /** The text's lines, when the journal is read from them as it is used. */
  lines?: string[];
}

/** Which file, in which state: any write to it, or a new file put in its place, changes this. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  /** Set by the system at any change, never by hand: a file rewritten with its date put back still differs here. */
  ctimeNs: bigint;
}

export interface FileBytes {
  bytes: Buffer;
  identity: FileIdentity;
}

/** The journal file and which file it was, or null when it does not exist yet (an empty journal). */
export async function readJournalFile(path: string, keyring: Keyring): Promise<(JournalFile & Pick<FileBytes, 'identity'>) | null> {
  // A plain journal this grow wrote is read a line at a time: years of journal are never held
  // twice, as bytes and as text.
  const read = withRegularFile(path, (fd, identity) => {
    const known = isKnownValid(path, identity);
    return known && !startsAsEnvelope(firstBytes(fd, ENVELOPE_START.length)) ? { lines: readLines(fd), identity } : { bytes: readFileSync(fd), identity, known };
  });
  if (read === null) return null;
  if (read.lines) {
    if (wasEncrypted(path)) await checkPlainAllowed(path, keyring.acceptsPlaintext);
    // Not spread: that would read the text getter, which joins every line.
    return Object.assign(asWritten(read.lines), { identity: read.identity });
  }
  if (wasEncrypted(path) && !isEncrypted(read.bytes)) await checkPlainAllowed(path, keyring.acceptsPlaintext);
  const file = await journalIn(path, read, keyring);
  // Checked in full and exactly as grow writes it (pulled by git, say): the next read need not check it again.
  if (!read.known && file.canonical) await rememberValid(path, read.identity);
  return { ...file, identity: read.identity };
}

const CHUNK_BYTES = 2 ** 20;

/** The file's text split at new lines, read a chunk at a time and decoded up to its last new line. */
function readLines(fd: number): string[] {
  const lines: string[] = [];
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  // The bytes of a line not finished yet, at the start of the chunk.
  let kept = 0;
  for (;;) {
    // A line longer than the chunk: room for more of it.
    if (kept === chunk.length) chunk = Buffer.concat([chunk, Buffer.allocUnsafe(chunk.length)]);
    const end = kept + readSync(fd, chunk, kept, chunk.length - kept, null);
    if (end === kept) break;
    const last = chunk.lastIndexOf(0x0a, end - 1);
    if (last < 0) {
      kept = end;
      continue;
    }
    // A new line's byte is never part of another character: the text up to it decodes on its own.
    for (const line of chunk.toString('utf8', 0, last).split('\n')) lines.push(line);
    kept = chunk.copy(chunk, 0, last + 1, end);
  }
  lines.push(chunk.toString('utf8', 0, kept));
  return lines;
}

/** `known`: grow wrote this very file itself (validated-cache.ts), so it needs no full check. */
async function journalIn(path: string, { bytes, known }: { bytes: Buffer; known: boolean }, keyring: Keyring): Promise<JournalFile> {
  if (known) {
    const text = bytes.toString('utf8');
    if (!startsAsEnvelope(bytes)) return asWritten(text.split('\n'), text);
    const { openEnvelope } = await import('./sealed-file');
    const { plain, sealing } = await openEnvelope(path, JSON.parse(text) as Record<string, unknown>, text, keyring);
    const opened = plain.toString('utf8');
    return { ...asWritten(opened.split('\n'), opened), sealing };
  }
  const { parseJournalFile } = await import('./parse-journal');
  return parseJournalFile(path, bytes, keyring);
}

/**
 * A journal as grow wrote it, from the lines of its text: read as it is used (lazy-journal.ts),
 * or whole if it is laid out otherwise. The text, when it was not read as lines, is joined only
 * if asked for.
 */
function asWritten(lines: string[], text?: string): JournalFile {
  const journal = lazyJournal(lines);
  if (!journal) {
    const whole = text ?? lines.join('\n');
    return { journal: JSON.parse(whole) as Journal, text: whole, canonical: true };
  }
  return {
    journal,
    canonical: true,
    lines,
    get text() {
      return text ?? lines.join('\n');
    },
  };
}

/** Whether the file is an encrypted journal (intact or not), without opening it. */
export function isEncryptedFile(path: string): boolean {
  const bytes = readBytes(path)?.bytes;
  return bytes !== undefined && isEncrypted(bytes);
}

/** An envelope, intact or not: a damaged one is for the envelope's checks to explain. */
function isEncrypted(bytes: Buffer): boolean {
  if (startsAsEnvelope(bytes)) return true;
  try {
    return isEnvelopeLike(JSON.parse(bytes.toString('utf8')));
  } catch {
    return false;
  }
}

/**
 * The bytes of a regular file of at most MAX_JOURNAL_BYTES (only its first `head` bytes, when
 * given); null when there is none.
 */
export function readBytes(path: string, head?: number): FileBytes | null {
  return withRegularFile(path, (fd, identity) => ({ bytes: head === undefined ? readFileSync(fd) : firstBytes(fd, head), identity }));
}

/** Whether the file at `path` is an encrypted journal, told by its first bytes without reading it whole. */
export function startsEncrypted(path: string): boolean {
  const head = readBytes(path, ENVELOPE_START.length)?.bytes;
  return head !== undefined && startsAsEnvelope(head);
}

/** `use` given the open file at `path` once it is known to be a regular file of at most MAX_JOURNAL_BYTES; null when there is none. */
function withRegularFile<T>(path: string, use: (fd: number, identity: FileIdentity) => T): T | null {
  let fd: number;
  try {
    // Without blocking: opening a pipe for reading waits for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(path, error as NodeJS.ErrnoException);
  }
  try {
    const info = fstatSync(fd, { bigint: true });
    if (info.isDirectory()) throw new JournalError(m.isDirectory(path));
    if (!info.isFile()) throw new JournalError(m.notAFile(path));
    if (info.size > MAX_JOURNAL_BYTES) throw new JournalError(m.tooLarge(path, MAX_JOURNAL_BYTES / 2 ** 20), m.tooLargeHint);
    return use(fd, identityOf(info));
  } catch (error) {
    throw error instanceof JournalError ? error : unreadable(path, error as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

function firstBytes(fd: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
}

/**
 * Whether `path` is still the file `identity` was taken from (or, for null, still missing).
 * Not by its change time: a sync client setting a file's attributes during one command should
 * not refuse a write of words nobody changed.
 */
export async function isUnchanged(path: string, identity: FileIdentity | null): Promise<boolean> {
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  const now = info === undefined ? null : identityOf(info);
  if (now === null || identity === null) return now === identity;
  return now.dev === identity.dev && now.ino === identity.ino && now.size === identity.size && now.mtimeNs === identity.mtimeNs;
}

export function identityOf(info: BigIntStats): FileIdentity {
  return { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs };
}

function unreadable(path: string, error: NodeJS.ErrnoException): JournalError {
  if (error.code === 'EISDIR') return new JournalError(m.isDirectory(path));
  if (error.code === 'EACCES' || error.code === 'EPERM') return new JournalError(m.unreadable(path, 'permission denied'), m.permissionHint(path));
  return new JournalError(m.unreadable(path, systemReason(error)));
}
