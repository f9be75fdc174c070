// One change to the journal, from the text that was read to the text to write, doing work in
// proportion to the change and not to the journal (docs/identity-and-merging.md, "Stamping"):
// new records get a uid, removed ones a tombstone, changed fields the change's time; only what
// changed is validated; and the lines it replaced are kept for undo. The journal is turned into
// text once: old and new text are compared line by line, and only differing lines are parsed.
import { changedFields, emptySummary, nextStamp, noteTouched, stampFields, REFERENCE_FIELDS, type ChangeSummary, type ReferenceReader } from '../domain/changes';
import { checkIntegrity } from '../domain/integrity';
import { fillDerivedUids, newUid, RECORD_COLLECTIONS, recordsOf, type AnyRecord, type RecordCollection } from '../domain/identity';
import { JournalShellSchema, LIST_ITEM_SCHEMAS, PersonShellSchema, type Journal, type Person } from '../domain/schema';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { CLOCK_TAIL, journalLines, recordJson, type JournalLines } from './journal-text';
import { diffLines, type LinePatch } from './line-patch';
import { describeIssue } from './validation';

/** The journal as a transaction read it. */
export interface ReadJournal {
  journal: Journal;
  /** The file's text (opened, when it is encrypted); '' when there is no file yet. */
  text: string;
  /** Whether `text` is exactly what journalText(journal) gives: true for a file grow wrote. */
  canonical: boolean;
}

export interface PlannedWrite {
  text: string;
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
  before: Snapshot;
}

export function beginWrite(read: ReadJournal): PendingWrite {
  const canonical = fillDerivedUids(read.journal) === 0 && read.canonical;
  // A file grow did not write as it would (older, or edited by hand) is compared in grow's own
  // form, made before the change; the patch for undo still starts from its exact text.
  const beforeLines = canonical ? read.text.split('\n') : journalLines(read.journal).lines;
  return { read, canonical, beforeLines, before: snapshot(read.journal) };
}

/** The text to write after the change, or undefined when the change changed nothing. */
export function finishWrite({ read, canonical, beforeLines, before }: PendingWrite, now: Date): PlannedWrite | undefined {
  const { journal } = read;
  const summary = emptySummary();
  // A merge brings the other journal's clock: its change is stamped after the later of the two.
  const stamp = nextStamp(journal.clock !== undefined && (before.clock === undefined || journal.clock > before.clock) ? journal.clock : before.clock, now);
  const after = afterChange(journal, before, summary, stamp);
  let written = journalLines(journal);
  if (diffLines(beforeLines, written.lines).hunks.length === 0) return undefined;
  journal.clock = stamp;
  written = withClock(written, journal);
  const { lines } = written;
  const patch = diffLines(beforeLines, lines);

  const old = parseReplacedItems(patch);
  const refsBefore = referenceReader(before.uidOfId);
  const refsAfter = referenceReader(after.uidOfId);
  for (const hunk of patch.hunks) {
    for (let i = hunk.atAfter; i < hunk.atAfter + hunk.after.length; i++) {
      const item = written.items[i] as AnyRecord | undefined;
      const list = written.lists[i];
      if (item === undefined || list === undefined) continue;
      if (isRecordList(list)) {
        const was = old.get(item.uid!);
        if (was !== undefined && recordJson(was.line) === recordJson(lines[i]!)) continue;
        if (was !== undefined) {
          const fields = changedFields(was.record, item, refsBefore, refsAfter);
          if (fields.length > 0 && stampFields(was.record, item, fields, stamp)) noteTouched(summary, 'changed', list, item, fields);
        } else if (!before.records.has(item.uid!)) noteTouched(summary, 'added', list, item);
      }
      const line = lines[i]!;
      lines[i] = `${line.slice(0, line.indexOf('{'))}${JSON.stringify(validItem(journal, list, item))}${line.endsWith(',') ? ',' : ''}`;
    }
  }
  validateShells(journal);
  checkWhole(journal);

  return {
    text: lines.join('\n'),
    patch: canonical ? diffLines(beforeLines, lines) : diffLines(read.text.split('\n'), lines),
    summary,
    clockBefore: before.clock,
    clockAfter: stamp,
  };
}

/** The lines with the journal's new clock: in place of the old one, or written anew on a first write. */
function withClock(written: JournalLines, journal: Journal): JournalLines {
  const at = written.lines.length - CLOCK_TAIL;
  if (!written.lines[at]?.startsWith('  "clock": ')) return journalLines(journal);
  written.lines[at] = `  "clock": ${JSON.stringify(journal.clock)}`;
  return written;
}

interface Snapshot {
  clock: string | undefined;
  /** Every record and person by uid, with what it was then. */
  records: Map<string, { collection: RecordCollection; record: AnyRecord }>;
  people: Map<string, { person: Person; name: string; changed: Record<string, string> | undefined }>;
  uidOfId: Map<string, string>;
  top: { owner: string | undefined; manager: string | undefined; changed: Record<string, string> | undefined };
}

function snapshot(journal: Journal): Snapshot {
  const records = new Map<string, { collection: RecordCollection; record: AnyRecord }>();
  const people: Snapshot['people'] = new Map();
  const uidOfId = new Map<string, string>();
  for (const person of journal.people) {
    people.set(person.uid!, { person, name: person.name, changed: person.changed && { ...person.changed } });
    for (const collection of RECORD_COLLECTIONS) {
      for (const record of recordsOf(person, collection)) {
        records.set(record.uid!, { collection, record });
        if (record.id !== undefined) uidOfId.set(record.id, record.uid!);
      }
    }
  }
  return { clock: journal.clock, records, people, uidOfId, top: { owner: journal.owner, manager: journal.manager, changed: journal.changed && { ...journal.changed } } };
}

/**
 * After the change: uids for what is new, tombstones for what is gone, and stamps on the
 * fields of people and of the journal itself (records' fields are stamped from their lines).
 */
function afterChange(journal: Journal, before: Snapshot, summary: ChangeSummary, stamp: string): { uidOfId: Map<string, string> } {
  const alive = new Set<string>();
  const uidOfId = new Map<string, string>();
  for (const person of journal.people) {
    if (person.uid === undefined) {
      person.uid = newUid();
      noteTouched(summary, 'added', 'people', person as unknown as AnyRecord);
    } else {
      const was = before.people.get(person.uid);
      // A name is a field like any other; aliases only ever grow, and merge as a set.
      if (was && was.name !== person.name && stampFields({ changed: was.changed }, person as unknown as AnyRecord, ['name'], stamp)) {
        noteTouched(summary, 'changed', 'people', person as unknown as AnyRecord, ['name']);
      }
    }
    alive.add(person.uid);
    for (const collection of RECORD_COLLECTIONS) {
      for (const record of recordsOf(person, collection)) {
        record.uid ??= newUid();
        alive.add(record.uid);
        if (record.id !== undefined) uidOfId.set(record.id, record.uid);
      }
    }
  }
  const buried = new Set((journal.removed ?? []).map((t) => t.uid));
  const gone: string[] = [];
  for (const [uid, { collection, record }] of before.records) {
    if (alive.has(uid)) continue;
    gone.push(uid);
    noteTouched(summary, 'removed', collection, record);
  }
  for (const [uid, { person }] of before.people) {
    if (alive.has(uid)) continue;
    gone.push(uid);
    noteTouched(summary, 'removed', 'people', person as unknown as AnyRecord);
  }
  // In the order a merge keeps them: by time, then by uid.
  const tombstones = gone.filter((uid) => !buried.has(uid)).sort().map((uid) => ({ uid, at: stamp }));
  if (tombstones.length > 0) journal.removed = [...(journal.removed ?? []), ...tombstones];
  const topFields = (['owner', 'manager'] as const).filter((field) => before.top[field] !== journal[field]);
  if (topFields.length > 0) stampFields({ changed: before.top.changed }, journal as unknown as AnyRecord, topFields, stamp);
  return { uidOfId };
}

/** The old version of each record in the lines a change replaced, by uid. */
function parseReplacedItems(patch: LinePatch): Map<string, { line: string; record: AnyRecord }> {
  const found = new Map<string, { line: string; record: AnyRecord }>();
  for (const hunk of patch.hunks) {
    for (const line of hunk.before) {
      if (!line.startsWith('        {')) continue;
      const record = JSON.parse(recordJson(line)) as AnyRecord;
      if (record.uid !== undefined) found.set(record.uid, { line, record });
    }
  }
  return found;
}

const isRecordList = (list: string): list is RecordCollection => (RECORD_COLLECTIONS as readonly string[]).includes(list);

/** Reads references through uids, so that a renumbering is not taken for a change. */
function referenceReader(uidOfId: ReadonlyMap<string, string>): ReferenceReader {
  const read = (id: unknown) => (typeof id === 'string' ? (uidOfId.get(id) ?? id) : id);
  return (field, value) => {
    if (!REFERENCE_FIELDS.has(field)) return value;
    if (field === 'items' && Array.isArray(value)) return value.map((agreed: { item?: unknown }) => ({ ...agreed, item: read(agreed.item) }));
    return Array.isArray(value) ? value.map(read) : read(value);
  };
}

/** The element as the schema writes it (its keys in order), or the refusal to write it. */
function validItem(journal: Journal, list: string, item: object): object {
  const schema = LIST_ITEM_SCHEMAS[list as keyof typeof LIST_ITEM_SCHEMAS];
  const result = schema.safeParse(item, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const { where, problem } = describeIssue(issue);
  const place = placeOf(journal, list, item);
  throw new JournalError(messages.journal.refusedInvalid(issue.path.length > 0 ? `${place}${where.startsWith('[') ? '' : '.'}${where}` : place, problem));
}

function validateShells(journal: Journal): void {
  const { people, removed: _removed, ...top } = journal;
  refuse(JournalShellSchema.safeParse(top, { reportInput: true }), 'the top level');
  people.forEach((person, i) => {
    const { missions: _m, reflections: _r, goals: _g, actions: _a, checkins: _c, notes: _n, sessions: _s, drafts: _d, ...shell } = person;
    refuse(PersonShellSchema.safeParse(shell, { reportInput: true }), `people[${i}]`);
  });
}

/** Ids and uids unique, references pointing at records that exist: cheap, so checked whole. */
function checkWhole(journal: Journal): void {
  checkIntegrity(journal, {
    addIssue: ({ message, path }) => {
      throw new JournalError(messages.journal.refusedInvalid(path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').slice(1), message));
    },
  });
}

function refuse(result: { success: boolean; error?: { issues: unknown[] } }, where: string): void {
  if (result.success) return;
  const { problem } = describeIssue(result.error!.issues[0] as Parameters<typeof describeIssue>[0]);
  throw new JournalError(messages.journal.refusedInvalid(where, problem));
}

function placeOf(journal: Journal, list: string, item: object): string {
  if (list === 'removed') return `removed[${journal.removed?.indexOf(item as never) ?? -1}]`;
  for (const [p, person] of journal.people.entries()) {
    const at = (person[list as keyof Person] as unknown[] | undefined)?.indexOf(item) ?? -1;
    if (at >= 0) return `people[${p}].${list}[${at}]`;
  }
  return list;
}
