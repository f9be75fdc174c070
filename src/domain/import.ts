// Bringing records into the journal: a grow export merged by id, or notes from elsewhere.
// A record whose id is already in the journal with the same content is already there; an
// id taken by something else gets the next free id, and every reference to it follows.
import { isDeepStrictEqual } from 'node:util';
import { findPerson, personToWrite, emptyPerson } from './journal';
import type { Journal, Person } from './schema';
import { ID_PREFIX, type IdKind } from './vocabulary';

/** The collections a person holds, in the order they are merged: what is referred to first. */
const COLLECTIONS = ['sessions', 'goals', 'actions', 'checkins', 'reflections', 'notes'] as const;
type Collection = (typeof COLLECTIONS)[number];
type Counted = Collection | 'missions' | 'drafts';
type AnyRecord = { id: string } & Record<string, unknown>;

const KIND: Record<Collection, IdKind> = { sessions: 'session', goals: 'goal', actions: 'action', checkins: 'checkin', reflections: 'reflection', notes: 'note' };
/** The fields that hold an id of another record. */
const REFERENCES = ['goal', 'item', 'session'] as const;

export interface PersonImport {
  name: string;
  isNew: boolean;
  added: Partial<Record<Counted, number>>;
}

export interface ImportSummary {
  people: PersonImport[];
  /** Ids that were taken in the journal: [id in the file, id given]. */
  renumbered: [string, string][];
  /** Records already in the journal, the same in every field. */
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
  const owners = new Map<string, { person: Person; record: AnyRecord }>();
  for (const person of target.people) {
    for (const collection of COLLECTIONS) for (const record of person[collection] as AnyRecord[]) owners.set(record.id, { person, record });
  }
  const ids = new Map<string, string>();
  const remap = (record: AnyRecord): AnyRecord => {
    const copy = { ...record };
    for (const field of REFERENCES) if (typeof copy[field] === 'string') copy[field] = ids.get(copy[field]) ?? copy[field];
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
      for (const record of source[collection] as AnyRecord[]) {
        const copy = remap(record);
        const existing = owners.get(record.id);
        if (existing?.person === person && isDeepStrictEqual(existing.record, copy)) {
          ids.set(record.id, record.id);
          summary.alreadyThere++;
          continue;
        }
        const id = existing ? allocate(KIND[collection]) : record.id;
        if (id !== record.id) summary.renumbered.push([record.id, id]);
        ids.set(record.id, id);
        const added = { ...copy, id };
        (person[collection] as AnyRecord[]).push(added);
        if (collection === 'sessions') sessions.push(added);
        count(collection);
      }
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
  if (target.manager === undefined && incoming.manager !== undefined) target.manager = incoming.manager;
  return summary;
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
