// One person's plan as data that two journals can be compared on: records by identity (local
// ids and references read as uids), owners in common words, and what each journal keeps
// private to itself left out. Two journals hold "the same plan" when these are equal.
import { findPerson, isMe } from '../../src/domain/journal';
import type { Journal, Person } from '../../src/domain/schema';

const COLLECTIONS = ['missions', 'reflections', 'goals', 'actions', 'checkins', 'notes', 'sessions'] as const;

/**
 * `name`: whose plan, in this journal ("me" in their own); `self`: what the plan's person is
 * called in common words; the journal's owner is written by their own name (`journal.owner`).
 */
export function planAsData(journal: Journal, name: string, self: string): Record<string, unknown[]> {
  const person = findPerson(journal, name)!;
  const uidOf = new Map<string, string>();
  for (const collection of COLLECTIONS) for (const record of person[collection] as { id?: string; uid?: string }[]) if (record.id) uidOf.set(record.id, record.uid!);
  const ref = (id: unknown) => (typeof id === 'string' ? (uidOf.get(id) ?? `missing ${id}`) : id);
  const owner = (who: string) => (isMe(who) ? (isMe(person.name) ? self : journal.owner!) : who);

  const shared = <T extends { private?: boolean }>(records: T[]) => records.filter((r) => !r.private);
  const data: Record<string, unknown[]> = {};
  for (const collection of COLLECTIONS) {
    const records = collection === 'notes' || collection === 'reflections' ? shared(person[collection] as { private?: boolean }[]) : (person[collection] as unknown[]);
    data[collection] = records
      .map((record) => {
        const { id: _id, ...rest } = structuredClone(record) as Record<string, unknown>;
        for (const field of ['goal', 'item', 'session'] as const) if (field in rest) rest[field] = ref(rest[field]);
        if (Array.isArray(rest.split)) rest.split = rest.split.map(ref);
        if (typeof rest.owner === 'string') rest.owner = owner(rest.owner);
        if (collection === 'sessions') {
          rest.notes = shared(rest.notes as { private?: boolean }[]);
          if (Array.isArray(rest.items)) rest.items = (rest.items as { item: string; owner: string }[]).map((a) => ({ ...a, item: ref(a.item), owner: owner(a.owner) }));
        }
        return rest;
      })
      .sort((a, b) => String(a.uid).localeCompare(String(b.uid)));
  }
  return data;
}

/** Every uid the plan holds, each once if nothing is duplicated. */
export function uidsOf(person: Person): string[] {
  return COLLECTIONS.flatMap((collection) => (person[collection] as { uid?: string }[]).map((r) => r.uid!));
}
