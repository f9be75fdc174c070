// The full check of a journal file: bytes → UTF-8 text → JSON → (opened, when it is an
// encrypted envelope) → migrated → validated. Any failure is a JournalError that names the
// file, says what is wrong, and how to restore the newest backup.
import { JournalError } from '../errors';
import { messages } from '../messages';
import { hasEveryUid } from '../domain/identity';
import { migrate, type RawJournal } from '../domain/migrations';
import { JournalSchema, type Journal } from '../domain/schema';
import { SCHEMA_VERSION } from '../domain/vocabulary';
import { isEnvelopeLike } from './envelope-start';
import { isJournalText } from './journal-text';
import { jsonErrorOffset, lineAndColumn } from './json-position';
import type { Keyring } from './keyring';
import type { JournalFile } from './read';
import { damaged, openEnvelope } from './sealed-file';
import { describeIssue, MAX_NESTING, nestedDeeperThan } from './validation';

const m = messages.journal;

export async function parseJournalFile(path: string, bytes: Uint8Array, keyring: Keyring): Promise<JournalFile> {
  const { raw, text } = await parseJson(path, bytes);
  if (!isEnvelopeLike(raw)) return checked(await checkJournal(path, raw), text);
  const { plain, sealing } = await openEnvelope(path, raw, text, keyring);
  const opened = await parseJson(path, plain);
  return { ...checked(await checkJournal(path, opened.raw), opened.text), sealing };
}

/**
 * The journal with its text, and whether that text is exactly as grow writes it, with a uid
 * on every record: a file grow wrote on another machine, say. Such a file can be read as it
 * is used once it is known valid; one laid out otherwise, upgraded from an older version, or
 * with a record added by hand, cannot.
 */
function checked(journal: Journal, text: string): JournalFile {
  return { journal, text, canonical: hasEveryUid(journal) && isJournalText(journal, text) };
}

async function parseJson(path: string, bytes: Uint8Array): Promise<{ raw: unknown; text: string }> {
  const text = decodeUtf8(bytes);
  if (typeof text === 'number') throw await damaged(m.notUtf8(path, text), path);
  if (text.trim() === '') throw await damaged(m.empty(path), path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw await damaged(m.notJson(path, jsonErrorDetail(error as Error, text)), path);
  }
  if (nestedDeeperThan(raw)) throw await damaged(m.tooDeep(path, MAX_NESTING), path);
  return { raw, text };
}

async function checkJournal(path: string, raw: unknown): Promise<Journal> {
  if (isRawJournal(raw)) {
    const migrated = migrate(raw);
    if (migrated.kind === 'newer') throw new JournalError(m.newer(path, migrated.version, SCHEMA_VERSION), m.updateHint);
    if (migrated.kind === 'unknown') throw await damaged(m.noMigration(path, migrated.version), path);
    raw = migrated.journal;
  }
  const result = JournalSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const { where, problem } = describeIssue(first!);
  throw await damaged(m.invalid(path, where, problem, rest.length), path);
}

export function isRawJournal(raw: unknown): raw is RawJournal {
  return typeof raw === 'object' && raw !== null && Number.isInteger((raw as { version?: unknown }).version);
}

/** The text, or the offset of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | number {
  // Decoded once: years of journal are not decoded a second time only to be checked.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: where it goes wrong is found below.
  }
  const decodes = (length: number, stream: boolean) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  // A prefix that decodes (allowing an unfinished last character) stays decodable when
  // shortened, so a binary search finds the longest one: the bad byte comes right after it.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    if (decodes(mid, true)) good = mid;
    else bad = mid;
  }
  return good;
}

/** "at line 3, column 5: Unexpected token" from wherever the text first goes wrong. */
export function jsonErrorDetail(error: Error, text: string): string {
  const reason = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/, (\.\.\.)?".*" is not valid JSON$/s, '');
  const offset = jsonErrorOffset(text);
  return offset === undefined ? reason : `at ${lineAndColumn(text, offset)}: ${reason}`;
}
