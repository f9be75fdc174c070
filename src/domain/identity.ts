// Every person and record has a uid that is unique across journals (docs/identity-and-merging.md).
// New ones are random; those of a journal written before file version 3 are derived from what the
// record holds, so two copies of one old journal, upgraded on two machines, agree on them.
import { createHash, randomBytes } from 'node:crypto';
import type { Journal, Person } from './schema';

/** The collections of a person's plan whose records have a uid, in the order they are written. */
export const RECORD_COLLECTIONS = ['missions', 'reflections', 'goals', 'actions', 'checkins', 'notes', 'sessions'] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];
/** A person's lists that the journal file (and the JSON export) writes one element a line. */
export const PERSON_LISTS: readonly string[] = [...RECORD_COLLECTIONS, 'drafts'];

/** Any record of those collections, as merging and stamping see it. */
export type AnyRecord = { uid?: string; id?: string; changed?: Record<string, string>; history?: HistoryEntry[]; replaced?: Record<string, string[]> } & Record<string, unknown>;
export interface HistoryEntry {
  field: string;
  value: unknown;
  at: string;
}

export const newUid = (): string => randomBytes(8).toString('hex');

function derivedUid(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

export function recordsOf(person: Person, collection: RecordCollection): AnyRecord[] {
  return person[collection] as AnyRecord[];
}

/** Whether every person and record already has a uid (fillDerivedUids would give none). */
export function hasEveryUid(journal: Journal): boolean {
  return journal.people.every((person) => person.uid !== undefined && RECORD_COLLECTIONS.every((collection) => recordsOf(person, collection).every((record) => record.uid !== undefined)));
}

/**
 * Gives every person and record that has no uid one derived from what it holds: a person from
 * their name and first records (two journals' "me" are different people), a record from its
 * person's name, its kind and its content (the same record in two copies of a plan, whatever
 * else they hold). Returns how many it gave.
 */
export function fillDerivedUids(journal: Journal): number {
  let given = 0;
  for (const person of journal.people) {
    if (person.uid === undefined) {
      const firsts = RECORD_COLLECTIONS.map((collection) => canonicalJson(recordsOf(person, collection)[0] ?? null));
      person.uid = derivedUid('person', person.name.toLowerCase(), ...firsts);
      given++;
    }
    for (const collection of RECORD_COLLECTIONS) {
      for (const record of recordsOf(person, collection)) {
        if (record.uid !== undefined) continue;
        record.uid = derivedUid(person.name.toLowerCase(), collection, canonicalJson(record));
        given++;
      }
    }
  }
  return given;
}

/** The uid of a copy of the record `uid` in another person's plan: the same for every copy made there. */
export function copyUid(uid: string, into: string): string {
  return derivedUid('copy', uid, into);
}

/** The same text for the same data, whatever the order of its keys. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
