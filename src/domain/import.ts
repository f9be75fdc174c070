// Bringing records into the journal: a grow export merged by id, or notes from elsewhere.
// A record is already there when the person holds one with the same content (references
// read through the renumbering), under its own id or another: so importing a file twice
// adds nothing the second time, even when its ids were renumbered the first time. A record
// that is new keeps its id when it is free; an id taken gets the next free id, and every
// reference to it follows.
import { findPerson, personToWrite, emptyPerson } from './journal';
import type { Journal, Person } from './schema';
import { ID_PREFIX, type IdKind } from './vocabulary';

/** The collections a person holds, in the order they are merged: what is referred to first. */
const COLLECTIONS = ['sessions', 'goals', 'actions', 'checkins', 'reflections', 'notes'] as const;
type Collection = (typeof COLLECTIONS)[number];
type Counted = Collection | 'missions' | 'drafts';
type AnyRecord = { id: string } & Record<string, unknown>;

const KIND: Record<Collection, IdKind> = { sessions: 'session', goals: 'goal', actions: 'action', checkins: 'checkin', reflections: 'reflection', notes: 'note' };
/** The fields that hold an id of another record, or a list of them. */
const REFERENCES = ['goal', 'item', 'session'] as const;
const REFERENCE_LISTS = ['split'] as const;

export interface PersonImport {
  name: string;
  isNew: boolean;
  added: Partial<Record<Counted, number>>;
}

export interface ImportSummary {
  people: PersonImport[];
  /** Ids that were taken in the journal: [id in the file, id given]. */
  renumbered: [string, string][];
  /** Records already in the journal, the same in every field but perhaps their id. */
  alreadyThere: number;
  /** Unfinished flows left out because one of the same kind was already waiting. */
  draftsKept: string[];
}

const emptySummary = (): ImportSummary => ({ people: [], renumbered: [], alreadyThere: 0, draftsKept: [] });

/** Hands out ids above every id in use, so a new id never meets one still to come. */
function idAllocator(...journals: Journal[]): (kind: IdKind) => string {
  const highest = new Map<IdKind, number>();
  for (const journal of journals) {
    for (const person of journal.people) {
      for (const collection of COLLECTIONS) {
        const kind = KIND[collection];
        for (const { id } of person[collection]) highest.set(kind, Math.max(highest.get(kind) ?? 0, Number(id.slice(1))));
      }
    }
  }
  return (kind) => {
    const next = (highest.get(kind) ?? 0) + 1;
    highest.set(kind, next);
    return `${ID_PREFIX[kind]}${next}`;
  };
}

/**
 * Merges a grow export into `target`, person by person (matched by name), or all of it into
 * the person `into` when the export holds one person.
 */
export function mergeJournal(target: Journal, incoming: Journal, into?: string): ImportSummary {
  const summary = emptySummary();
  const allocate = idAllocator(target, incoming);
  const taken = new Set<string>();
  for (const person of target.people) {
    for (const collection of COLLECTIONS) for (const record of person[collection] as AnyRecord[]) taken.add(record.id);
  }
  const ids = new Map<string, string>();
  const remap = (record: AnyRecord): AnyRecord => {
    const copy = { ...record };
    for (const field of REFERENCES) if (typeof copy[field] === 'string') copy[field] = ids.get(copy[field]) ?? copy[field];
    for (const field of REFERENCE_LISTS) if (Array.isArray(copy[field])) copy[field] = (copy[field] as string[]).map((id) => ids.get(id) ?? id);
    return copy;
  };

  for (const source of incoming.people) {
    const known = into !== undefined ? personToWrite(target, into) : findPerson(target, source.name);
    const person = known ?? emptyPerson(source.name);
    if (!known) target.people.push(person);
    const result: PersonImport = { name: person.name, isNew: !known, added: {} };
    const count = (what: Counted) => (result.added[what] = (result.added[what] ?? 0) + 1);

    const sessions: AnyRecord[] = [];
    for (const collection of COLLECTIONS) {
      const records = person[collection] as AnyRecord[];
      const copies = (source[collection] as AnyRecord[]).map(remap);
      const matched = matchRecords(records, copies);
      copies.forEach((copy, i) => {
        const there = matched[i];
        if (there !== undefined) {
          ids.set(copy.id, there);
          summary.alreadyThere++;
          return;
        }
        const id = taken.has(copy.id) ? allocate(KIND[collection]) : copy.id;
        if (id !== copy.id) summary.renumbered.push([copy.id, id]);
        ids.set(copy.id, id);
        const added = { ...copy, id };
        records.push(added);
        if (collection === 'sessions') sessions.push(added);
        count(collection);
      });
    }
    // A session's items as agreed name action items, which are merged after the sessions.
    for (const added of sessions) {
      if (Array.isArray(added.items)) added.items = (added.items as { item: string }[]).map((agreed) => ({ ...agreed, item: ids.get(agreed.item) ?? agreed.item }));
    }
    mergeMissions(person, source, () => count('missions'));
    for (const draft of source.drafts) {
      if (person.drafts.some((d) => d.flow === draft.flow)) summary.draftsKept.push(draft.flow);
      else {
        person.drafts.push(draft);
        count('drafts');
      }
    }
    summary.people.push(result);
  }
  if (target.owner === undefined && incoming.owner !== undefined) target.owner = incoming.owner;
  return summary;
}

/**
 * For each incoming record (its references already read through the renumbering), the id of
 * the same record in `records`, or undefined when it is new. Each record held stands for one
 * incoming record at most, so two alike in the file stay two; one under the same id is
 * matched first, so a file imported before matches the way it did then.
 */
function matchRecords(records: readonly AnyRecord[], incoming: readonly AnyRecord[]): (string | undefined)[] {
  const unmatched = new Map<string, AnyRecord[]>();
  for (const record of records) {
    const key = contentKey(record);
    unmatched.set(key, [...(unmatched.get(key) ?? []), record]);
  }
  const keys = incoming.map(contentKey);
  const matched: (string | undefined)[] = incoming.map(() => undefined);
  const take = (i: number, pick: (alike: AnyRecord[]) => number) => {
    const alike = unmatched.get(keys[i]!) ?? [];
    const at = pick(alike);
    if (at >= 0) matched[i] = alike.splice(at, 1)[0]!.id;
  };
  incoming.forEach((record, i) => take(i, (alike) => alike.findIndex((r) => r.id === record.id)));
  incoming.forEach((_, i) => matched[i] ?? take(i, (alike) => (alike.length > 0 ? 0 : -1)));
  return matched;
}

/**
 * What a record says, whatever its id: the same for the same fields in any order. The items a
 * session agreed name action items, merged only after the sessions, so they are compared by
 * what was agreed (text, owner, date) and not by id.
 */
function contentKey(record: AnyRecord): string {
  const { id: _id, ...content } = record;
  if (Array.isArray(content.items)) content.items = (content.items as { item: string }[]).map(({ item: _item, ...agreed }) => agreed);
  return JSON.stringify(content, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value,
  );
}

/** Statements not yet known are added, and the versions kept in the order they were written. */
function mergeMissions(person: Person, source: Person, counted: () => void): void {
  const hadSome = person.missions.length > 0;
  for (const mission of source.missions) {
    if (person.missions.some((known) => known.text === mission.text && known.since === mission.since)) continue;
    person.missions.push(mission);
    counted();
  }
  if (hadSome) person.missions.sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}

export interface ImportedNote {
  at: string;
  text: string;
  tags: string[];
}

/** Adds notes to a person's journal; a note with the same time and text is already there. */
export function importNotes(target: Journal, personName: string, notes: readonly ImportedNote[]): ImportSummary {
  const summary = emptySummary();
  const isNew = findPerson(target, personName) === undefined;
  const person = personToWrite(target, personName);
  const allocate = idAllocator(target);
  const known = new Set(person.notes.map((n) => `${n.at}\n${n.text}`));
  let added = 0;
  for (const note of notes) {
    const key = `${note.at}\n${note.text}`;
    if (known.has(key)) {
      summary.alreadyThere++;
      continue;
    }
    known.add(key);
    person.notes.push({ id: allocate('note'), at: note.at, text: note.text, tags: note.tags });
    added++;
  }
  summary.people.push({ name: person.name, isNew, added: added > 0 ? { notes: added } : {} });
  return summary;
}
