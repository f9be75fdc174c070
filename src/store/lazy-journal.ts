// A journal read from text grow wrote itself (journal-text.ts) is parsed only as far as it is
// used: the top level and each person's name at once, each list (a person's notes, check-ins,
// ...) the first time something reads it. A command that shows ten notes never parses years of
// check-ins, and a write puts back the lines of every list it did not touch as they were. A note
// added to a list not read yet is written after its lines, without reading them.
import { ADD_UNREAD, highestReadId, HIGHEST_ID } from '../domain/journal';
import type { Journal, Person } from '../domain/schema';
import { ID_KIND, idNumber, type IdKind } from '../domain/vocabulary';

/** Where each list not read yet lies in the text, by the object that holds it. */
const unread = new WeakMap<object, Map<string, UnreadList>>();

interface UnreadList {
  lines: readonly string[];
  from: number;
  to: number;
  /** The ids in its lines, once asked for. */
  ids?: string[];
  /** Records added after its lines without reading them (addUnread), in the order they were added. */
  added?: object[];
}

/**
 * The list not read yet, as it stands in the text: undefined once it was read (or set), or once
 * records were added to it, which a reader of its lines alone would miss.
 */
function placeOf(holder: object, key: string): UnreadList | undefined {
  const place = unread.get(holder)?.get(key);
  return place?.added ? undefined : place;
}

/** Where the lines of a list not read yet stand in the text (`from` up to `to`); undefined once it was read (or set), or added to. */
export function unreadLines(holder: object, key: string): Readonly<Pick<UnreadList, 'lines' | 'from' | 'to'>> | undefined {
  return placeOf(holder, key);
}

/** A list not read yet, as a write puts it back: its lines as they were, then the records added to it. */
export function unreadList(holder: object, key: string): Readonly<UnreadList> | undefined {
  return unread.get(holder)?.get(key);
}

/** The records added to a list not read yet; none once it was read. */
export function addedRecords(holder: object, key: string): readonly object[] {
  return unread.get(holder)?.get(key)?.added ?? [];
}

/** Adds `record` after the lines of a list not read yet, without reading them; false when the list was read. */
function addUnread(holder: object, key: string, record: object): boolean {
  const place = unread.get(holder)?.get(key);
  if (!place) return false;
  (place.added ??= []).push(record);
  return true;
}

/** The JSON of one element of a list, from its line: without its indent, and the comma after it but for the last. */
export function elementJson(line: string): string {
  return line.slice(line.indexOf('{'), line.endsWith(',') ? -1 : line.length);
}

/** One element of a list, parsed from its line. */
export function parseElement<T>(line: string): T {
  return JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as T;
}

/**
 * The JSON of each element of a list not read yet, as the file holds it: grow wrote each with
 * JSON.stringify, one a line (journal-text.ts). Undefined once the list was read (or set).
 */
export function unreadElements(holder: object, key: string): string[] | undefined {
  const place = placeOf(holder, key);
  if (!place) return undefined;
  const elements: string[] = [];
  for (let at = place.from; at < place.to; at++) elements.push(elementJson(place.lines[at]!));
  return elements;
}

/**
 * Keeps of the list `key` of `holder` the elements `keep` keeps, where `keep` keeps any element
 * without `field`. A list not read yet stays so: an element whose line does not name `field` is
 * kept unread, and only the others are read to be asked.
 */
export function keepElements<T>(holder: Record<string, unknown>, key: string, field: string, keep: (element: T) => boolean): void {
  const place = placeOf(holder, key);
  if (!place) {
    holder[key] = (holder[key] as T[]).filter(keep);
    return;
  }
  const named = `"${field}":`;
  const kept: string[] = [];
  for (let at = place.from; at < place.to; at++) {
    const line = place.lines[at]!;
    if (!line.includes(named) || keep(parseElement<T>(line))) kept.push(line);
  }
  // The last line of a list has no comma after it.
  if (kept.at(-1)?.endsWith(',')) kept.push(kept.pop()!.slice(0, -1));
  listLater(holder, key, kept, 0, kept.length);
}

/** Whether a list was read (or set) since the journal was read. */
export function isRead(holder: object, key: string): boolean {
  return unread.get(holder)?.get(key) === undefined;
}

/**
 * The journal in `lines` (the text of journalText, split at new lines), or undefined when they
 * are not laid out that way: the caller then parses the whole text.
 */
export function lazyJournal(lines: readonly string[]): Journal | undefined {
  try {
    return readJournalLines(lines);
  } catch {
    return undefined;
  }
}

function readJournalLines(lines: readonly string[]): Journal | undefined {
  if (lines[0] !== '{' || lines.at(-1) !== '' || lines.at(-2) !== '}') return undefined;
  const journal: Record<string, unknown> = {};
  let at = 1;
  while (at < lines.length - 2) {
    const line = lines[at]!;
    if (line === '  "people": [') {
      const people: Person[] = [];
      at++;
      while (lines[at] === '    {') {
        const person: Record<string, unknown> = {};
        at = readObject(lines, at + 1, person, '      ');
        if (lines[at] !== '    },' && lines[at] !== '    }') return undefined;
        people.push(person as Person);
        at++;
      }
      if (lines[at] !== '  ],' && lines[at] !== '  ]') return undefined;
      journal.people = people;
      at++;
      continue;
    }
    at = readEntry(lines, at, journal, '  ');
    if (at < 0) return undefined;
  }
  if (typeof journal.version !== 'number' || !Array.isArray(journal.people)) return undefined;
  Object.defineProperty(journal, HIGHEST_ID, { value: (kind: IdKind) => highestId(journal as unknown as Journal, kind) });
  Object.defineProperty(journal, ADD_UNREAD, { value: addUnread });
  return journal as unknown as Journal;
}

/** Reads the entries of an object from `at` up to its closing brace; returns where that brace is. */
function readObject(lines: readonly string[], at: number, into: Record<string, unknown>, indent: string): number {
  while (lines[at]?.startsWith(`${indent}"`)) {
    at = readEntry(lines, at, into, indent);
    if (at < 0) throw new Error('not laid out as grow writes it');
  }
  return at;
}

/**
 * One entry at `at`: a value on its line, or a list of one element per line, which is read
 * when it is first used. Returns the line after it, or -1 when the line is not an entry.
 */
function readEntry(lines: readonly string[], at: number, into: Record<string, unknown>, indent: string): number {
  const line = lines[at]!;
  if (line.endsWith('[') && line.startsWith(`${indent}"`)) {
    const key = JSON.parse(line.slice(indent.length, line.lastIndexOf(':'))) as string;
    // Made once: it is looked for at the start of every line of years of lists.
    const elementStart = `${indent}  {`;
    let end = at + 1;
    while (lines[end]!.startsWith(elementStart)) end++;
    if (lines[end] !== `${indent}],` && lines[end] !== `${indent}]`) return -1;
    listLater(into, key, lines, at + 1, end);
    return end + 1;
  }
  const entry = JSON.parse(`{${line.endsWith(',') ? line.slice(0, -1) : line}}`) as Record<string, unknown>;
  Object.assign(into, entry);
  return at + 1;
}

/** A list property that parses its lines when it is first read, and is a plain value from then on. */
function listLater(holder: Record<string, unknown>, key: string, lines: readonly string[], from: number, to: number): void {
  const places = unread.get(holder) ?? new Map();
  unread.set(holder, places);
  places.set(key, { lines, from, to });
  const settle = (value: unknown) => {
    places.delete(key);
    Object.defineProperty(holder, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  Object.defineProperty(holder, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const added = places.get(key)?.added ?? [];
      return settle([...parseList(lines, from, to), ...added]);
    },
    set: settle,
  });
}

/**
 * A copy of `holder` whose lists not read yet are parsed into the copy, never into `holder`:
 * a reader that goes through a journal once (an export) lets each person's lists go when it is
 * done with them, so that it never holds more than one person's years at a time.
 */
export function passingCopy<T extends object>(holder: T): T {
  const copy = {} as Record<string, unknown>;
  for (const [key, property] of Object.entries(Object.getOwnPropertyDescriptors(holder))) {
    const place = placeOf(holder, key);
    if (place) listLater(copy, key, place.lines, place.from, place.to);
    else Object.defineProperty(copy, key, property);
  }
  return copy as T;
}

/** Lines parsed at once: the text of years of lines would be a copy of megabytes, twice, kept until the next full collection. */
const LINES_AT_ONCE = 512;

/** A list from its lines, which hold the commas between its elements: their text in brackets, a few hundred lines at a time. */
function parseList(lines: readonly string[], from: number, to: number): unknown[] {
  const list: unknown[] = [];
  for (let start = from; start < to; start += LINES_AT_ONCE) {
    const end = Math.min(to, start + LINES_AT_ONCE);
    const text = lines.slice(start, end).join('\n');
    // Without the comma after the last line of the lot, unless it is the list's last.
    for (const element of JSON.parse(`[${end < to ? text.slice(0, -1) : text}]`) as unknown[]) list.push(element);
  }
  return list;
}

const COLLECTION_OF = Object.fromEntries(Object.entries(ID_KIND).map(([collection, kind]) => [kind, collection])) as Record<IdKind, string>;

/** A record's line begins with its uid and its id: `        {"uid":"0123456789abcdef","id":"n12",`. */
const ID_AT = '        {"uid":"0123456789abcdef","id":"'.length;
const ID_IN_LINE = /^ {8}\{(?:"uid":"[0-9a-f]{16}",)?"id":"([a-z][0-9]+)"/;

/** The ids of the records of a list not read yet, from its lines (not those added after them); none once it was read. */
export function unreadIds(holder: object, key: string): readonly string[] {
  const place = unread.get(holder)?.get(key);
  if (!place) return [];
  if (place.ids) return place.ids;
  const ids: string[] = [];
  for (let at = place.from; at < place.to; at++) {
    const line = place.lines[at]!;
    // Read at its place, which is much faster than a pattern over years of lines.
    const id = line.startsWith('","id":"', ID_AT - 8) ? line.slice(ID_AT, line.indexOf('"', ID_AT)) : ID_IN_LINE.exec(line)?.[1];
    if (id !== undefined) ids.push(id);
  }
  return (place.ids = ids);
}

/** The highest number of a kind of id: from the records of lists read, and the lines of the rest. */
function highestId(journal: Journal, kind: IdKind): number {
  const collection = COLLECTION_OF[kind];
  let max = highestReadId(journal.people, kind, (person) => isRead(person, collection));
  for (const person of journal.people) {
    for (const id of unreadIds(person, collection)) max = Math.max(max, idNumber(id));
    for (const record of addedRecords(person, collection)) max = Math.max(max, idNumber((record as { id: string }).id));
  }
  return max;
}
