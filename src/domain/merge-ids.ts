// The references and local ids of a merge. References are read as uids before two journals
// meet, so that they compare whatever local ids each journal gave; after the merge every
// record gets a local id again, and references are written back as local ids.
import { RECORD_COLLECTIONS, recordsOf, type AnyRecord } from './identity';
import type { Journal, Person } from './schema';
import { ID_PREFIX, idNumber, type IdKind } from './vocabulary';

/** When a record was made, as far as it says: to order records that want the same id. */
function bornOf(record: AnyRecord): string {
  const value = record.at ?? record.created ?? record.on ?? record.since ?? '';
  return typeof value === 'string' ? value : '';
}

/** Every local id in the journal, with its record's uid. */
export function uidsById(journal: Journal): Map<string, string> {
  const map = new Map<string, string>();
  for (const person of journal.people) {
    for (const collection of RECORD_COLLECTIONS) {
      for (const record of recordsOf(person, collection)) if (record.id !== undefined && record.uid !== undefined) map.set(record.id, record.uid);
    }
  }
  return map;
}

/** A copy of the record with its references rewritten by `to` (an id to a uid, or back). */
export function rewriteReferences(record: AnyRecord, to: (reference: string) => string | undefined): AnyRecord {
  const copy: AnyRecord = { ...record };
  for (const field of ['goal', 'item', 'session'] as const) {
    if (typeof copy[field] === 'string') copy[field] = to(copy[field] as string) ?? copy[field];
  }
  if (Array.isArray(copy.split)) copy.split = (copy.split as string[]).map((part) => to(part) ?? part);
  if (Array.isArray(copy.items)) copy.items = (copy.items as { item: string }[]).map((agreed) => ({ ...agreed, item: to(agreed.item) ?? agreed.item }));
  return copy;
}

/**
 * What a removed record takes with it: an item whose goal is gone, a check-in whose item is
 * gone. References to other records that are gone are left out. Returns the uids removed.
 */
export function removeOrphans(person: Person): string[] {
  const removed: string[] = [];
  const goals = new Set(person.goals.map((g) => g.uid));
  const keep = <T extends AnyRecord>(records: T[], alive: (record: T) => boolean): T[] =>
    records.filter((record) => {
      if (alive(record)) return true;
      removed.push(record.uid!);
      return false;
    });
  person.actions = keep(person.actions as AnyRecord[], (a) => goals.has(a.goal as string)) as Person['actions'];
  const items = new Set(person.actions.map((a) => a.uid));
  person.checkins = keep(person.checkins as AnyRecord[], (c) => c.item === undefined || items.has(c.item as string)) as Person['checkins'];
  const sessions = new Set(person.sessions.map((s) => s.uid));
  for (const collection of ['reflections', 'actions', 'checkins'] as const) {
    for (const record of person[collection]) if (record.session !== undefined && !sessions.has(record.session)) delete record.session;
  }
  for (const checkin of person.checkins) {
    if (checkin.split === undefined) continue;
    const parts = checkin.split.filter((part) => items.has(part));
    if (parts.length > 0) checkin.split = parts;
    else delete checkin.split;
  }
  for (const session of person.sessions) {
    if (session.items) session.items = session.items.filter((agreed) => items.has(agreed.item));
  }
  return removed;
}

/** Which record wants which id: its id on either side, the lower when they differ. */
export interface IdClaim {
  record: AnyRecord;
  wanted: string | undefined;
  /** In an import, a record this journal already holds keeps its id whatever else wants it. */
  held: boolean;
}

/**
 * Gives every record of one kind a local id: held ones keep theirs; the others keep the one
 * they want when it is free (the earliest made first), and otherwise get the next free number.
 */
export function assignIds(kind: IdKind, claims: readonly IdClaim[]): void {
  const prefix = ID_PREFIX[kind];
  const taken = new Set<string>();
  let highest = 0;
  for (const { wanted, held } of claims) if (held && wanted !== undefined) taken.add(wanted);
  for (const { wanted } of claims) if (wanted !== undefined) highest = Math.max(highest, idNumber(wanted));
  const order = [...claims].sort(
    (a, b) => Number(b.held) - Number(a.held) || idNumber(a.wanted ?? 'x0') - idNumber(b.wanted ?? 'x0') || compare(bornOf(a.record), bornOf(b.record)) || compare(a.record.uid!, b.record.uid!),
  );
  for (const claim of order) {
    if (claim.held && claim.wanted !== undefined) {
      claim.record.id = claim.wanted;
      continue;
    }
    if (claim.wanted !== undefined && !taken.has(claim.wanted)) claim.record.id = claim.wanted;
    else claim.record.id = `${prefix}${++highest}`;
    taken.add(claim.record.id);
  }
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
