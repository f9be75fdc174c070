// Finding people and making ids. The person "me" always exists (created on first write);
// everyone else is added by name with `grow people add`.
import { DomainProblem } from './problem';
import type { Journal, Person } from './schema';
import { ID_PREFIX, SCHEMA_VERSION, type IdKind } from './vocabulary';

export const ME = 'me';

/** Names are the same person's in any case. */
export const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Whether a name is the individual's own record, in any case. */
export const isMe = (name: string) => sameName(name, ME);

export function emptyJournal(): Journal {
  return { version: SCHEMA_VERSION, people: [] };
}

export function emptyPerson(name: string): Person {
  return { name, missions: [], reflections: [], goals: [], actions: [], checkins: [], notes: [], sessions: [], drafts: [] };
}

export function findPerson(journal: Journal, name: string): Person | undefined {
  return journal.people.find((p) => sameName(p.name, name));
}

/** For reading: "me" is there even before anything was written; anyone else must have been added. */
export function personToRead(journal: Journal, name: string): Person {
  const found = findPerson(journal, name);
  if (found) return found;
  if (isMe(name)) return emptyPerson(ME);
  throw unknownPerson(journal, name);
}

/** For writing: adds "me" on first use; anyone else must have been added. */
export function personToWrite(journal: Journal, name: string): Person {
  const found = findPerson(journal, name);
  if (found) return found;
  if (!isMe(name)) throw unknownPerson(journal, name);
  const me = emptyPerson(ME);
  journal.people.push(me);
  return me;
}

function unknownPerson(journal: Journal, name: string): DomainProblem {
  // The owner's own plan is "me": a second one under their name would fork it.
  if (journal.owner !== undefined && sameName(name, journal.owner)) return new DomainProblem({ key: 'ownName', name: journal.owner });
  return new DomainProblem({ key: 'unknownPerson', name });
}

const COLLECTION: Record<IdKind, (p: Person) => { id: string }[]> = {
  goal: (p) => p.goals,
  action: (p) => p.actions,
  checkin: (p) => p.checkins,
  note: (p) => p.notes,
  session: (p) => p.sessions,
  reflection: (p) => p.reflections,
};

/**
 * A journal may know the highest number of each kind of id without reading every record: one
 * read as it is used (store/lazy-journal.ts) finds it in the lines of lists not read yet.
 */
export const HIGHEST_ID = Symbol('the highest number of a kind of id');

/**
 * Such a journal can also add a record to a person's list without reading the list: a note
 * added to years of notes is written after their lines as they are. False when it cannot.
 */
export const ADD_UNREAD = Symbol('adds a record to a list not read yet');

/** The highest number of a kind of id among records already read. */
export function highestReadId(people: readonly Person[], kind: IdKind, isRead: (person: Person) => boolean = () => true): number {
  const prefix = ID_PREFIX[kind];
  let max = 0;
  for (const person of people) {
    if (!isRead(person)) continue;
    for (const record of COLLECTION[kind](person)) {
      const n = Number(record.id.slice(prefix.length));
      if (n > max) max = n;
    }
  }
  return max;
}

/** Ids are unique across the whole journal, so `grow action done a3` never needs a person. */
export function nextId(journal: Journal, kind: IdKind): string {
  const known = (journal as Journal & { [HIGHEST_ID]?: (kind: IdKind) => number })[HIGHEST_ID];
  return `${ID_PREFIX[kind]}${(known ? known(kind) : highestReadId(journal.people, kind)) + 1}`;
}

/** Accepts `a3`, `A3` and ` a3 `; anything else is not an id of that kind. */
export function normalizeId(input: string, kind: IdKind): string | undefined {
  const candidate = input.trim().toLowerCase();
  return new RegExp(`^${ID_PREFIX[kind]}[1-9][0-9]*$`).test(candidate) ? candidate : undefined;
}
