// Two journals brought together record by record (docs/identity-and-merging.md, "Merging"): two
// copies of one journal (replicas: git, sync folders, grow merge), or a plan from another
// person's journal (import). Pure: the two journals are left as they were.
import { sameValue } from './changes';
import { canonicalJson, fillDerivedUids, RECORD_COLLECTIONS, recordsOf, type AnyRecord, type RecordCollection } from './identity';
import { isMe, ME } from './journal';
import { assignIds, compare, removeOrphans, rewriteReferences, uidsById, type IdClaim } from './merge-ids';
import { mergeRecord, type FieldConflict, type TieBreak } from './merge-record';
import { identifyCopies, importedNames } from './merge-import';
import { pairPeople, type PersonPair } from './merge-people';
import { translateOwners } from './merge-owners';
import type { Draft, Journal, Person, Tombstone } from './schema';
import { ID_KIND, idNumber, MERGE_META, type IdKind } from './vocabulary';

export type MergeMode = 'replicas' | 'import';

export interface MergeOptions {
  mode: MergeMode;
  /** Replicas: their common ancestor, when it is known (git knows it). */
  base?: Journal;
  /** Import: the person whose plan the file's one person is, by name. */
  into?: string;
}

export interface PersonMerge {
  name: string;
  isNew: boolean;
  added: Partial<Record<RecordCollection | 'drafts', number>>;
  updated: number;
  removed: number;
  /** Removed in the other journal with their whole plan, and so removed here too (`removed` counts them as one). */
  gone?: boolean;
}

export interface MergeConflict extends FieldConflict {
  person: string;
  collection: RecordCollection | 'people' | 'journal';
  /** The record's local id in the merged journal, or the person's name. */
  id: string;
}

/** A record the other side removed, so removed here too: its local id, and its words. */
export interface RemovedRecord {
  person: string;
  collection: RecordCollection;
  id?: string;
  words?: string;
}

export interface MergeSummary {
  people: PersonMerge[];
  conflicts: MergeConflict[];
  removed: RemovedRecord[];
  /** [id it had, id it has], for each record whose local id changed. */
  renumbered: [string, string][];
  /** Records already there, the same on both sides. */
  alreadyThere: number;
  /** Unfinished guided flows that lost to a later one of the same kind. */
  draftsDropped: string[];
}

/** One side of a merge: a copy of its journal with references read as uids. */
export interface Side {
  journal: Journal;
  idOf: Map<string, string>;
}

export function mergeJournals(oursIn: Journal, theirsIn: Journal, options: MergeOptions): { journal: Journal; summary: MergeSummary } {
  const tie: TieBreak = options.mode === 'import' ? 'ours' : 'by-value';
  const ours = prepare(oursIn);
  const theirs = prepare(theirsIn);
  const base = options.base && prepare(options.base);
  const baseRecords = new Map<string, AnyRecord>();
  if (base) for (const person of base.journal.people) for (const collection of RECORD_COLLECTIONS) for (const r of recordsOf(person, collection)) baseRecords.set(r.uid!, r);

  const summary: MergeSummary = { people: [], conflicts: [], removed: [], renumbered: [], alreadyThere: 0, draftsDropped: [] };
  const clock = [ours.journal.clock, theirs.journal.clock].filter((c): c is string => c !== undefined).sort().at(-1);
  const tombstones = mergeTombstones(ours.journal.removed ?? [], theirs.journal.removed ?? [], base?.journal.removed);
  const buried = new Map(tombstones.map((t) => [t.uid, t]));

  const pairs = pairPeople(ours.journal, theirs.journal, options);
  if (options.mode === 'import') {
    for (const pair of pairs) if (pair.theirs) translateOwners(pair.theirs, pair.ours?.name ?? pair.name ?? pair.theirs.name, theirs.journal.owner, ours.journal.owner);
    identifyCopies(pairs, theirs);
  }
  const people: Person[] = [];
  for (const pair of pairs) {
    const merged = mergePerson(pair, { tie, buried, baseRecords, mode: options.mode, summary });
    if (merged) people.push(merged);
  }
  for (const person of people) {
    for (const uid of removeOrphans(person)) if (!buried.has(uid)) buried.set(uid, { uid, at: clock ?? '1970-01-01T00:00:00.000Z' });
  }

  localizeIds(people, ours, theirs, options.mode, summary);
  const byName = (a: Person, b: Person) => Number(!isMe(a.name)) - Number(!isMe(b.name)) || compare(a.name.toLowerCase(), b.name.toLowerCase()) || compare(a.uid!, b.uid!);
  const personOrder = (side: Side) => side.journal.people.map((p) => p.uid!);

  const journal: Journal = { version: ours.journal.version, people: inOrder(people, [personOrder(ours), personOrder(theirs)], byName) };
  const top = mergeRecord(shell(ours.journal), shell(theirs.journal), base && shell(base.journal), tie);
  for (const field of ['owner', 'manager', ...MERGE_META] as const) if (top.record[field] !== undefined) (journal as Record<string, unknown>)[field] = top.record[field];
  if (options.mode === 'import') {
    for (const [field, value] of Object.entries(importedNames(oursIn, theirsIn, pairs))) {
      if (value === undefined) delete journal[field as 'owner' | 'manager'];
      else journal[field as 'owner' | 'manager'] = value;
    }
  }
  for (const conflict of top.conflicts) summary.conflicts.push({ ...conflict, person: ME, collection: 'journal', id: conflict.field });
  const removed = [...buried.values()].sort((a, b) => compare(a.at, b.at) || compare(a.uid, b.uid));
  if (removed.length > 0) journal.removed = removed;
  if (clock !== undefined) journal.clock = clock;
  return { journal, summary };
}

/** A copy with uids everywhere and references read as uids. */
function prepare(journal: Journal): Side {
  const copy = structuredClone(journal);
  fillDerivedUids(copy);
  const idOf = uidsById(copy);
  for (const person of copy.people) {
    for (const collection of RECORD_COLLECTIONS) {
      (person as Record<string, unknown>)[collection] = recordsOf(person, collection).map((record) => rewriteReferences(record, (id) => idOf.get(id)));
    }
  }
  return { journal: copy, idOf };
}

interface PersonContext {
  tie: TieBreak;
  buried: Map<string, Tombstone>;
  baseRecords: Map<string, AnyRecord>;
  mode: MergeMode;
  summary: MergeSummary;
}

function mergePerson(pair: PersonPair, context: PersonContext): Person | undefined {
  const { ours, theirs } = pair;
  const { buried, summary } = context;
  const isBuried = (person: Person) => [person.uid!, ...(person.aliases ?? [])].some((uid) => buried.has(uid));
  if ((ours && isBuried(ours)) || (theirs && isBuried(theirs))) {
    if (ours) summary.people.push({ name: ours.name, isNew: false, added: {}, updated: 0, removed: 1, gone: true });
    return undefined;
  }
  const person: Person = structuredClone(ours ?? theirs!);
  if (!ours && pair.name !== undefined) person.name = pair.name;
  const result: PersonMerge = { name: person.name, isNew: ours === undefined, added: {}, updated: 0, removed: 0 };
  if (ours && theirs) {
    const uids = [...new Set([ours.uid!, theirs.uid!, ...(ours.aliases ?? []), ...(theirs.aliases ?? [])])].sort();
    const merged = mergeRecord(personShell(ours), personShell(theirs), undefined, context.tie).record;
    person.uid = context.mode === 'import' ? ours.uid! : uids[0]!;
    const aliases = uids.filter((uid) => uid !== person.uid);
    if (aliases.length > 0) person.aliases = aliases;
    if (context.mode === 'replicas') person.name = merged.name as string;
    setMeta(person as unknown as AnyRecord, merged);
    result.name = person.name;
    for (const collection of RECORD_COLLECTIONS) {
      (person as Record<string, unknown>)[collection] = mergeCollection(collection, recordsOf(ours, collection), recordsOf(theirs, collection), context, person.name, result);
    }
    person.drafts = mergeDrafts(ours.drafts, theirs.drafts, person.name, summary);
    const newDrafts = person.drafts.filter((d) => !ours.drafts.some((mine) => mine.flow === d.flow)).length;
    if (newDrafts > 0) result.added.drafts = newDrafts;
  } else if (!ours) {
    for (const collection of RECORD_COLLECTIONS) {
      const records = recordsOf(person, collection).filter((r) => !buried.has(r.uid!));
      (person as Record<string, unknown>)[collection] = records;
      if (records.length > 0) result.added[collection] = records.length;
    }
    if (person.drafts.length > 0) result.added.drafts = person.drafts.length;
  } else {
    for (const collection of RECORD_COLLECTIONS) {
      const records = recordsOf(person, collection);
      for (const record of records) if (buried.has(record.uid!)) noteRemoved(summary, result, collection, record);
      (person as Record<string, unknown>)[collection] = records.filter((r) => !buried.has(r.uid!));
    }
  }
  // Everyone the other side holds, and anyone it took something from.
  if (theirs || result.removed > 0) summary.people.push(result);
  return person;
}

function mergeCollection(collection: RecordCollection, ours: AnyRecord[], theirs: AnyRecord[], context: PersonContext, name: string, result: PersonMerge): AnyRecord[] {
  const { buried, baseRecords, summary } = context;
  const theirsByUid = new Map(theirs.map((r) => [r.uid!, r]));
  const oursUids = new Set(ours.map((r) => r.uid!));
  const merged: AnyRecord[] = [];
  // With the common ancestor, a record it had that one side no longer has (and left no
  // tombstone for: an undone addition) is gone, unless the other side changed it since.
  const undone = (record: AnyRecord) => {
    const base = baseRecords.get(record.uid!);
    return base !== undefined && sameValue(base, record);
  };
  for (const record of ours) {
    if (buried.has(record.uid!)) {
      noteRemoved(summary, result, collection, record);
      continue;
    }
    const other = theirsByUid.get(record.uid!);
    if (other === undefined) {
      if (baseRecords.size > 0 && undone(record)) noteRemoved(summary, result, collection, record);
      else merged.push(record);
      continue;
    }
    const { record: both, conflicts } = mergeRecord(record, other, baseRecords.get(record.uid!), context.tie);
    if (sameValue(both, record)) summary.alreadyThere++;
    else result.updated++;
    for (const conflict of conflicts) summary.conflicts.push({ ...conflict, person: name, collection, id: String(record.id ?? record.uid) });
    merged.push(both);
  }
  for (const record of theirs) {
    if (oursUids.has(record.uid!) || buried.has(record.uid!)) continue;
    if (baseRecords.size > 0 && undone(record)) continue;
    merged.push(record);
    result.added[collection] = (result.added[collection] ?? 0) + 1;
  }
  return merged;
}

/** Counts a record of this side that goes, and names it for the summary. */
function noteRemoved(summary: MergeSummary, result: PersonMerge, collection: RecordCollection, record: AnyRecord): void {
  result.removed++;
  const words = record.text ?? record.title;
  summary.removed.push({ person: result.name, collection, ...(record.id === undefined ? {} : { id: record.id }), ...(typeof words === 'string' ? { words } : {}) });
}

/** Per guided flow, the draft saved later. */
function mergeDrafts(ours: Draft[], theirs: Draft[], name: string, summary: MergeSummary): Draft[] {
  const drafts = new Map(ours.map((d) => [d.flow, d]));
  for (const draft of theirs) {
    const mine = drafts.get(draft.flow);
    if (mine === undefined) drafts.set(draft.flow, draft);
    else if (!sameValue(mine, draft)) {
      const theirsWins = draft.saved > mine.saved || (draft.saved === mine.saved && canonicalJson(draft) > canonicalJson(mine));
      if (theirsWins) drafts.set(draft.flow, draft);
      summary.draftsDropped.push(`${name}: ${draft.flow}`);
    }
  }
  return [...drafts.values()].sort((a, b) => compare(a.flow, b.flow));
}

function mergeTombstones(ours: readonly Tombstone[], theirs: readonly Tombstone[], base: readonly Tombstone[] | undefined): Tombstone[] {
  const inBase = new Set((base ?? []).map((t) => t.uid));
  const oursUids = new Set(ours.map((t) => t.uid));
  const theirsUids = new Set(theirs.map((t) => t.uid));
  const all = new Map<string, Tombstone>();
  for (const tombstone of [...ours, ...theirs]) {
    // A tombstone the ancestor had and one side no longer has was undone on that side.
    if (inBase.has(tombstone.uid) && !(oursUids.has(tombstone.uid) && theirsUids.has(tombstone.uid))) continue;
    const known = all.get(tombstone.uid);
    if (!known || tombstone.at < known.at) all.set(tombstone.uid, tombstone);
  }
  return [...all.values()];
}

/** Gives every record its local id again, and writes references back as local ids. */
function localizeIds(people: Person[], ours: Side, theirs: Side, mode: MergeMode, summary: MergeSummary): void {
  const oursIds = idsByUid(ours);
  const theirsIds = idsByUid(theirs);
  const claims = new Map<IdKind, IdClaim[]>();
  for (const person of people) {
    for (const collection of RECORD_COLLECTIONS) {
      const kind = ID_KIND[collection];
      if (kind === undefined) continue;
      for (const record of recordsOf(person, collection)) {
        const mine = oursIds.get(record.uid!);
        const other = theirsIds.get(record.uid!);
        const wanted = mode === 'import' ? (mine ?? other) : [mine, other].filter((id): id is string => id !== undefined).sort((a, b) => idNumber(a) - idNumber(b))[0];
        claims.set(kind, [...(claims.get(kind) ?? []), { record, wanted, held: mode === 'import' && mine !== undefined }]);
      }
    }
  }
  for (const [kind, kindClaims] of claims) assignIds(kind, kindClaims);

  const idOfUid = new Map<string, string>();
  for (const person of people) for (const collection of RECORD_COLLECTIONS) for (const r of recordsOf(person, collection)) if (r.id !== undefined) idOfUid.set(r.uid!, r.id);
  for (const [uid, id] of idOfUid) {
    // An import names what came in under a new id; copies of a journal, either side's.
    const had = mode === 'import' ? [oursIds.has(uid) ? undefined : theirsIds.get(uid)] : [oursIds.get(uid), theirsIds.get(uid)];
    for (const old of new Set(had)) if (old !== undefined && old !== id) summary.renumbered.push([old, id]);
  }
  for (const person of people) {
    for (const collection of RECORD_COLLECTIONS) {
      const records = recordsOf(person, collection).map((record) => rewriteReferences(record, (uid) => idOfUid.get(uid)));
      const canonical = collection === 'missions' ? (a: AnyRecord, b: AnyRecord) => compare(a.since as string, b.since as string) || compare(a.uid!, b.uid!) : (a: AnyRecord, b: AnyRecord) => idNumber(a.id!) - idNumber(b.id!);
      (person as Record<string, unknown>)[collection] = inOrder(records, [ours, theirs].map((side) => recordOrder(side, person, collection)), canonical);
    }
  }
}

/**
 * The records in the order one side holds them, when that side holds exactly these (merging a
 * journal with a copy of itself changes nothing); otherwise in the canonical order, which is
 * the same whichever side runs the merge.
 */
function inOrder<T extends { uid?: string }>(items: T[], orders: readonly string[][], canonical: (a: T, b: T) => number): T[] {
  const uids = new Set(items.map((item) => item.uid!));
  const order = orders.find((uidsInOrder) => uidsInOrder.length === uids.size && uidsInOrder.every((uid) => uids.has(uid)));
  if (!order) return [...items].sort(canonical);
  const position = new Map(order.map((uid, i) => [uid, i]));
  return [...items].sort((a, b) => position.get(a.uid!)! - position.get(b.uid!)!);
}

/** The uids of a collection of the person, in the order one side holds them. */
function recordOrder(side: Side, person: Person, collection: RecordCollection): string[] {
  const uids = new Set([person.uid!, ...(person.aliases ?? [])]);
  const held = side.journal.people.find((p) => [p.uid!, ...(p.aliases ?? [])].some((uid) => uids.has(uid)));
  return held ? recordsOf(held, collection).map((r) => r.uid!) : [];
}

function idsByUid(side: Side): Map<string, string> {
  return new Map([...side.idOf].map(([id, uid]) => [uid, id]));
}

/** The fields of a person that merge like a record's: the rest are their plan. */
function personShell(person: Person): AnyRecord {
  const shell: AnyRecord = { uid: person.uid, name: person.name };
  setMeta(shell, person as unknown as AnyRecord);
  return shell;
}

function shell(journal: Journal): AnyRecord {
  const top: Record<string, unknown> = {};
  for (const field of ['owner', 'manager', ...MERGE_META] as const) if (journal[field] !== undefined) top[field] = journal[field];
  return top as AnyRecord;
}

function setMeta(target: AnyRecord, from: AnyRecord): void {
  for (const field of MERGE_META) {
    if (from[field] !== undefined) target[field] = from[field] as never;
    else delete target[field];
  }
}
