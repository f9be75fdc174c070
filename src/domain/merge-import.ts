// What an import (a plan from another person's journal) does beyond what copies of one
// journal do: the names it takes for this journal's owner and manager, and the identity of
// a plan copied into someone other than the person who holds it here.
import { copyUid, RECORD_COLLECTIONS, recordsOf } from './identity';
import { isMe, sameName } from './journal';
import type { Side } from './merge';
import { rewriteReferences } from './merge-ids';
import type { PersonPair } from './merge-people';
import type { Journal, Person } from './schema';

/**
 * An import keeps this journal's owner and manager, and fills in only those it lacks: from a
 * copy of a journal (a backup), its own; from a plan handed to this journal's owner, whom it
 * was handed to (the owner) and who handed it (their manager). Any other file's names are
 * the other journal's.
 */
export function importedNames(ours: Journal, theirs: Journal, pairs: readonly PersonPair[]): Pick<Journal, 'owner' | 'manager'> {
  if (theirs.exchange === undefined) return { owner: ours.owner ?? theirs.owner, manager: ours.manager ?? theirs.manager };
  const cameHome = pairs.some((pair) => pair.theirs !== undefined && isMe(pair.ours?.name ?? pair.name ?? pair.theirs.name));
  if (!cameHome) return { owner: ours.owner, manager: ours.manager };
  return { owner: ours.owner ?? theirs.exchange.for, manager: ours.manager ?? (theirs.owner !== undefined && !sameName(theirs.owner, theirs.exchange.for) ? theirs.owner : undefined) };
}

/**
 * A plan imported into another person than the one who holds it here (--person) is a copy:
 * its records get uids of their own, the same on every import of the file into that person.
 */
export function identifyCopies(pairs: readonly PersonPair[], theirsSide: Side): void {
  const holder = new Map<string, Person>();
  for (const { ours } of pairs) if (ours) for (const collection of RECORD_COLLECTIONS) for (const r of recordsOf(ours, collection)) holder.set(r.uid!, ours);
  for (const { ours, theirs, name } of pairs) {
    if (!theirs) continue;
    const copies = new Map<string, string>();
    for (const collection of RECORD_COLLECTIONS) {
      for (const r of recordsOf(theirs, collection)) {
        const held = holder.get(r.uid!);
        if (held !== undefined && held !== ours) copies.set(r.uid!, copyUid(r.uid!, ours?.uid ?? name ?? theirs.name));
      }
    }
    if (copies.size === 0) continue;
    for (const [id, uid] of theirsSide.idOf) if (copies.has(uid)) theirsSide.idOf.set(id, copies.get(uid)!);
    for (const collection of RECORD_COLLECTIONS) {
      (theirs as Record<string, unknown>)[collection] = recordsOf(theirs, collection).map((r) => ({ ...rewriteReferences(r, (uid) => copies.get(uid)), uid: copies.get(r.uid!) ?? r.uid }));
    }
  }
}
