// One change to the journal, from the text that was read to the text to write, doing work in
// proportion to the change and not to the journal (docs/identity-and-merging.md, "Stamping"):
// new records get a uid, removed ones a tombstone, changed fields the change's time; only what
// changed is validated; and the lines it replaced are kept for undo. The journal is turned into
// text once, and lists the change never read keep their lines as they were (lazy-journal.ts):
// old and new text are compared line by line, and only the lines that differ are parsed.
import { changedFields, emptySummary, nextStamp, noteTouched, stampFields, REFERENCE_FIELDS, type ChangeSummary, type ReferenceReader } from '../domain/changes';
import { fillDerivedUids, newUid, RECORD_COLLECTIONS, recordsOf, type AnyRecord, type RecordCollection } from '../domain/identity';
import type { Journal, Person } from '../domain/schema';
import { ID_KIND, ID_PREFIX } from '../domain/vocabulary';
import { CLOCK_TAIL, clockLine, isClockLine, journalLines, recordJson, type JournalLines } from './journal-text';
import { addedRecords, isRead } from './lazy-journal';
import { diffAgain, diffLines, type LinePatch } from './line-patch';
import { checkAcrossRecords, validateShells, validItem } from './write-checks';

/** The journal as a transaction read it. */
export interface ReadJournal {
  journal: Journal;
  /** The file's text (opened, when it is encrypted). */
  text: string;
  /** Whether `text` is exactly what journalText(journal) gives: true for a file grow wrote. */
  canonical: boolean;
  /** The text's lines, when the journal was read from them as it is used (lazy-journal.ts). */
  lines?: string[];
}

export interface PlannedWrite {
  /** The text to write, as lines (joined only when asked for `text`). */
  lines: readonly string[];
  readonly text: string;
  /** Turns the old text into the new one; reversed, it is the change's undo. */
  patch: LinePatch;
  summary: ChangeSummary;
  clockBefore: string | undefined;
  clockAfter: string;
}

export async function planWrite<T>(read: ReadJournal, change: (journal: Journal) => T | Promise<T>, now: Date): Promise<{ result: T; write?: PlannedWrite }> {
  const pending = beginWrite(read);
  const result = await change(read.journal);
  const write = finishWrite(pending, now);
  return write ? { result, write } : { result };
}

/** What a write must know of the journal before the change runs. */
export interface PendingWrite {
  read: ReadJournal;
  canonical: boolean;
  beforeLines: string[];
  clock: string | undefined;
  people: Map<string, { name: string; changed: Record<string, string> | undefined }>;
  top: { owner: string | undefined; manager: string | undefined; changed: Record<string, string> | undefined };
}

export function beginWrite(read: ReadJournal): PendingWrite {
  const { journal } = read;
  // A file grow wrote has a uid on every record; a file grow did not write as it would (older,
  // or edited by hand) is compared in grow's own form, made before the change.
  const canonical = read.lines !== undefined || (fillDerivedUids(journal) === 0 && read.canonical);
  const beforeLines = read.lines ?? (canonical ? read.text.split('\n') : journalLines(journal).lines);
  const people = new Map(journal.people.map((p) => [p.uid!, { name: p.name, changed: p.changed && { ...p.changed } }]));
  return { read, canonical, beforeLines, clock: journal.clock, people, top: { owner: journal.owner, manager: journal.manager, changed: journal.changed && { ...journal.changed } } };
}

/** The text to write after the change, or undefined when the change changed nothing. */
export function finishWrite(pending: PendingWrite, now: Date): PlannedWrite | undefined {
  const { read, beforeLines } = pending;
  const { journal } = read;
  const summary = emptySummary();
  // A merge brings the other journal's clock: its change is stamped after the later of the two.
  const clock = journal.clock !== undefined && (pending.clock === undefined || journal.clock > pending.clock) ? journal.clock : pending.clock;
  const stamp = nextStamp(clock, now);
  stampPeopleAndTop(pending, summary, stamp);
  journal.clock = stamp;
  let written = journalLines(journal);
  let patch = diffLines(beforeLines, written.lines);
  if (onlyTheClock(pending, patch)) {
    journal.clock = pending.clock;
    return undefined;
  }

  // A record whose line the change took away is removed (and so is a person no longer there).
  const gone = new Set(recordLines(patch, 'before').keys());
  for (const uid of recordLines(patch, 'after').keys()) gone.delete(uid);
  for (const uid of pending.people.keys()) if (!journal.people.some((p) => p.uid === uid)) gone.add(uid);
  if (bury(journal, [...gone], stamp)) {
    written = withClock(journalLines(journal), journal);
    patch = diffLines(beforeLines, written.lines);
  }
  // The records the lines the change replaced held, by uid.
  const replaced = recordLines(patch, 'before');
  for (const uid of gone) noteRemoved(summary, pending, replaced, uid);

  // The ids of the records the change wrote, by list, and the lists it removed records from.
  const wroteIds = new Map<RecordCollection, Set<string>>();
  const removed = new Set<RecordCollection>();
  const refs = referenceReaders(journal, replaced);
  const { lines, elements } = written;
  for (const hunk of patch.hunks) {
    for (let i = hunk.atAfter; i < hunk.atAfter + hunk.after.length; i++) {
      const element = elements.get(i);
      if (element === undefined) continue;
      const item = element.item as AnyRecord;
      const { list } = element;
      if (isRecordList(list)) {
        const was = replaced.get(item.uid!);
        if (was !== undefined && recordJson(was) === recordJson(lines[i]!)) continue;
        if (typeof item.id === 'string') wroteIds.set(list, (wroteIds.get(list) ?? new Set()).add(item.id));
        if (was === undefined) noteTouched(summary, 'added', list, item);
        else {
          const old = JSON.parse(recordJson(was)) as AnyRecord;
          const fields = changedFields(old, item, refs.before, refs.after);
          if (fields.length > 0 && stampFields(old, item, fields, stamp, refs.before)) noteTouched(summary, 'changed', list, item, fields);
        }
      }
      const line = lines[i]!;
      lines[i] = `${line.slice(0, line.indexOf('{'))}${JSON.stringify(validItem(journal, list, item))}${line.endsWith(',') ? ',' : ''}`;
    }
  }
  for (const uid of gone) {
    const line = replaced.get(uid);
    if (line !== undefined) removed.add(listOf(line));
  }
  validateShells(journal);
  checkAcrossRecords(journal, wroteIds, removed);

  return {
    lines,
    get text() {
      return lines.join('\n');
    },
    // The lines outside the patch's hunks are the text read, and so are not compared again.
    patch: pending.canonical ? diffAgain(patch, lines) : diffLines(read.text.split('\n'), lines),
    summary,
    clockBefore: pending.clock,
    clockAfter: stamp,
  };
}

/** New people and records get a uid; a name changed, or the journal's owner or manager, a time. */
function stampPeopleAndTop(pending: PendingWrite, summary: ChangeSummary, stamp: string): void {
  const { journal } = pending.read;
  for (const person of journal.people) {
    if (person.uid === undefined) {
      person.uid = newUid();
      noteTouched(summary, 'added', 'people', person as unknown as AnyRecord);
    } else {
      // A name is a field like any other; aliases only ever grow, and merge as a set.
      const was = pending.people.get(person.uid);
      if (was && was.name !== person.name && stampFields(was, person as unknown as AnyRecord, ['name'], stamp)) {
        noteTouched(summary, 'changed', 'people', person as unknown as AnyRecord, ['name']);
      }
    }
    // Only a list the change read, or added to without reading it, can hold a record it made.
    for (const collection of RECORD_COLLECTIONS) {
      const records = isRead(person, collection) ? recordsOf(person, collection) : (addedRecords(person, collection) as AnyRecord[]);
      for (const record of records) record.uid ??= newUid();
    }
  }
  const fields = (['owner', 'manager'] as const).filter((field) => pending.top[field] !== journal[field]);
  if (fields.length > 0) stampFields(pending.top, journal as unknown as AnyRecord, fields, stamp);
}

/** Tombstones for what is gone, in the order a merge keeps them (by time, then uid); whether there were any. */
function bury(journal: Journal, uids: string[], stamp: string): boolean {
  const buried = new Set((journal.removed ?? []).map((t) => t.uid));
  const tombstones = uids.filter((uid) => !buried.has(uid)).sort().map((uid) => ({ uid, at: stamp }));
  if (tombstones.length === 0) return false;
  journal.removed = [...(journal.removed ?? []), ...tombstones];
  return true;
}

function noteRemoved(summary: ChangeSummary, pending: PendingWrite, replaced: ReadonlyMap<string, string>, uid: string): void {
  const line = replaced.get(uid);
  if (line !== undefined) noteTouched(summary, 'removed', listOf(line), JSON.parse(recordJson(line)) as AnyRecord);
  else noteTouched(summary, 'removed', 'people', { name: pending.people.get(uid)!.name });
}

const RECORD_LINE = /^ {8}\{"uid":"([0-9a-f]{16})"/;

/** The lines of records a patch replaces (or writes), by uid. */
function recordLines(patch: LinePatch, side: 'before' | 'after'): Map<string, string> {
  const found = new Map<string, string>();
  for (const hunk of patch.hunks) {
    for (const line of hunk[side]) {
      const uid = RECORD_LINE.exec(line)?.[1];
      if (uid !== undefined) found.set(uid, line);
    }
  }
  return found;
}

/** The list a record's line belongs to, known by the kind of its id (mission versions have none). */
function listOf(line: string): RecordCollection {
  const prefix = /^ *\{"uid":"[0-9a-f]{16}","id":"([a-z])[0-9]+"/.exec(line)?.[1];
  return RECORD_COLLECTIONS.find((collection) => ID_KIND[collection] !== undefined && ID_PREFIX[ID_KIND[collection]!] === prefix) ?? 'missions';
}

const isRecordList = (list: string): list is RecordCollection => (RECORD_COLLECTIONS as readonly string[]).includes(list);
const isClock = (lines: readonly string[]) => lines.every(isClockLine);

/**
 * Whether the only change is the journal's clock. A journal with no clock yet (never written by
 * grow 3, or new) gains a line for it and a comma on the line before, so it is compared without one.
 */
function onlyTheClock(pending: PendingWrite, patch: LinePatch): boolean {
  if (patch.hunks.every((hunk) => isClock(hunk.before) && isClock(hunk.after))) return true;
  if (pending.clock !== undefined) return false;
  const { journal } = pending.read;
  const stamp = journal.clock;
  journal.clock = undefined;
  const unstamped = diffLines(pending.beforeLines, journalLines(journal).lines);
  journal.clock = stamp;
  return unstamped.hunks.length === 0;
}

/** The lines with the journal's new clock: in place of the old one, or written anew on a first write. */
function withClock(written: JournalLines, journal: Journal): JournalLines {
  const at = written.lines.length - CLOCK_TAIL;
  if (!isClockLine(written.lines[at] ?? '')) return journalLines(journal);
  written.lines[at] = clockLine(journal.clock!);
  return written;
}

/**
 * References read through uids, so that a renumbering is not taken for a change: after the
 * change from the journal, before it from the lines it replaced (and the journal for the rest,
 * which did not change). Worked out only if a reference differs.
 */
function referenceReaders(journal: Journal, replaced: ReadonlyMap<string, string>): { before: ReferenceReader; after: ReferenceReader } {
  let now: Map<string, string> | undefined;
  let then: Map<string, string> | undefined;
  const current = () => (now ??= idsToUids(journal.people));
  const earlier = () => {
    if (then) return then;
    then = new Map(current());
    for (const line of replaced.values()) {
      const [, uid, id] = /^ *\{"uid":"([0-9a-f]{16})","id":"([a-z][0-9]+)"/.exec(line) ?? [];
      if (uid !== undefined && id !== undefined) then.set(id, uid);
    }
    return then;
  };
  return { before: reader(earlier), after: reader(current) };
}

/** The uids of the records a reference can name: unlike uidsById, this reads no notes or check-ins a change left unread. */
function idsToUids(people: readonly Person[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const person of people) for (const collection of ['goals', 'actions', 'sessions'] as const) for (const record of person[collection]) map.set(record.id, record.uid!);
  return map;
}

function reader(uids: () => ReadonlyMap<string, string>): ReferenceReader {
  const read = (id: unknown) => (typeof id === 'string' ? (uids().get(id) ?? id) : id);
  return (field, value) => {
    if (!REFERENCE_FIELDS.has(field)) return value;
    if (field === 'items' && Array.isArray(value)) return value.map((agreed: { item?: unknown }) => ({ ...agreed, item: read(agreed.item) }));
    return Array.isArray(value) ? value.map(read) : read(value);
  };
}
