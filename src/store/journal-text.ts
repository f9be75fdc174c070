// The journal's text: pretty-printed down to each record, and each record one line of JSON
// (docs/identity-and-merging.md, "The file"). A changed record is one changed line, so the file
// diffs and merges well, and a write finds what changed by comparing lines.
import { PERSON_LISTS } from '../domain/identity';
import { MERGE_META } from '../domain/vocabulary';
import type { Journal, Person } from '../domain/schema';
import { unreadList } from './lazy-journal';

/** The keys written first, in this order; any other key follows them. */
const JOURNAL_KEYS = ['version', 'owner', 'manager', 'exchange', 'people', 'removed', ...MERGE_META];
const PERSON_KEYS = ['uid', 'name', 'aliases', ...PERSON_LISTS, ...MERGE_META];
/** Lists written one element per line. */
const LISTS = new Set(['people', 'removed', ...PERSON_LISTS]);

/**
 * The clock is written last, alone on its line before the closing brace: every write changes
 * it, and elsewhere it would make every line after it differ from the old text.
 */
export const CLOCK_TAIL = 3;

const CLOCK_KEY = '  "clock": ';
export const clockLine = (clock: string) => `${CLOCK_KEY}${JSON.stringify(clock)}`;
export const isClockLine = (line: string) => line.startsWith(CLOCK_KEY);

export interface JournalLines {
  /** The text is these lines joined by new lines; the last one is empty, so it ends with one. */
  lines: string[];
  /**
   * By line number, each line that holds one element of a list read (a record, a draft, a
   * tombstone): that element, and the list it is in (a collection of a person's plan, "drafts"
   * or "removed"). The lines of a list not read are as they were, and hold none here.
   */
  elements: Map<number, { item: object; list: string }>;
}

export function journalText(journal: Journal): string {
  return journalLines(journal).lines.join('\n');
}

/** Whether `text` is exactly journalText(journal), compared a line at a time: the text of years of journal is not made a second time to be compared. */
export function isJournalText(journal: Journal, text: string): boolean {
  const { lines } = journalLines(journal);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A slice of the text is a view of it, not a copy; startsWith at a place is slower here.
    if (text.slice(at, at + line.length) !== line) return false;
    at += line.length;
    if (i < lines.length - 1 && text.charCodeAt(at++) !== 0x0a) return false;
  }
  return at === text.length;
}

export function journalLines(journal: Journal): JournalLines {
  const lines: string[] = [];
  const elements = new Map<number, { item: object; list: string }>();
  const push = (line: string) => lines.push(line);

  push('{');
  const fields = keysInOrder(journal, JOURNAL_KEYS).filter((key) => key !== 'clock');
  fields.forEach((key, i) => {
    const comma = i < fields.length - 1 || journal.clock !== undefined ? ',' : '';
    if (key === 'people') list(journal, '  ', key, comma, (person, last) => pushPerson(person as Person, last));
    else entry(journal, '  ', key, comma);
  });
  if (journal.clock !== undefined) push(clockLine(journal.clock));
  push('}');
  push('');
  return { lines, elements };

  /** A value on its line, or a list one element per line. */
  function entry(holder: object, indent: string, key: string, comma: string): void {
    if (LISTS.has(key)) {
      list(holder, indent, key, comma, (item, last) => {
        elements.set(lines.length, { item, list: key });
        push(`${indent}  ${JSON.stringify(item)}${last ? '' : ','}`);
      });
    }
    else push(`${indent}${JSON.stringify(key)}: ${JSON.stringify((holder as Record<string, unknown>)[key])}${comma}`);
  }

  /** A list not read since the journal was read keeps its lines as they were, unparsed; records added to it follow them. */
  function list(holder: object, indent: string, key: string, comma: string, each: (item: object, last: boolean) => void): void {
    const unread = unreadList(holder, key);
    const added = unread?.added ?? [];
    const length = unread ? unread.to - unread.from + added.length : ((holder as Record<string, unknown[]>)[key] ?? []).length;
    if (length === 0) {
      push(`${indent}${JSON.stringify(key)}: []${comma}`);
      return;
    }
    push(`${indent}${JSON.stringify(key)}: [`);
    if (unread) {
      for (let at = unread.from; at < unread.to; at++) lines.push(unread.lines[at]!);
      // The last line read had no comma after it: it was the list's last.
      if (added.length > 0 && unread.to > unread.from) lines[lines.length - 1] += ',';
      added.forEach((item, i, all) => each(item, i === all.length - 1));
    } else (holder as Record<string, object[]>)[key]!.forEach((item, i, all) => each(item, i === all.length - 1));
    push(`${indent}]${comma}`);
  }

  function pushPerson(person: Person, lastPerson: boolean): void {
    push('    {');
    const keys = keysInOrder(person, PERSON_KEYS);
    keys.forEach((key, i) => entry(person, '      ', key, i < keys.length - 1 ? ',' : ''));
    push(`    }${lastPerson ? '' : ','}`);
  }
}

/**
 * The object's keys that hold a value, those named in `order` first and in that order. Read
 * from the properties' descriptors, so that a list not read yet stays unread.
 */
function keysInOrder(object: object, order: readonly string[]): string[] {
  const present = (key: string) => {
    const property = Object.getOwnPropertyDescriptor(object, key);
    return property !== undefined && (property.get !== undefined || property.value !== undefined);
  };
  return [...order.filter(present), ...Object.keys(object).filter((key) => !order.includes(key) && present(key))];
}

/** A record's line without the comma that separates it from the next. */
export function recordJson(line: string): string {
  const trimmed = line.trimStart();
  return trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
}

const CHUNK_BYTES = 2 ** 20;

/**
 * The bytes of the text `lines` make (joined at new lines), about a megabyte at a time: never
 * one more copy of the whole, and each line encoded straight into its chunk.
 */
export function* textBytes(lines: readonly string[]): Generator<Buffer> {
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A UTF-16 unit takes at most three bytes, and the new line one.
    const room = line.length * 3 + 1;
    if (at + room > chunk.length) {
      if (at > 0) yield chunk.subarray(0, at);
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, room));
      at = 0;
    }
    at += chunk.write(line, at);
    if (i < lines.length - 1) chunk[at++] = 0x0a;
  }
  if (at > 0) yield chunk.subarray(0, at);
}
