// What an import (a plan from another person's journal) does beyond what copies of one
// journal do: the names it takes for this journal's owner and manager, and the identity of
// a plan copied into someone other than the person who holds it here.
import { copyUid, RECORD_COLLECTIONS, recordsOf } from './identity';
import { findPerson, isMe, sameName } from './journal';
import type { Side } from './merge';
import { rewriteReferences } from './merge-ids';
import type { PersonPair } from './merge-people';
import type { Journal, Person } from './schema';

/**
 * An import keeps this journal's owner and manager, and fills in only those it lacks: from a
 * copy of a journal (a backup), its own. From a file handed to someone, the owner is whom it
 * was handed to (unless this journal holds a plan of that name: then the file was not meant
 * for it), and when the plan came home to the owner's own, whoever handed it is their manager.
 */
export function importedNames(ours: Journal, theirs: Journal, pairs: readonly PersonPair[]): Pick<Journal, 'owner' | 'manager'> {
  if (theirs.exchange === undefined) return { owner: ours.owner ?? theirs.owner, manager: ours.manager ?? theirs.manager };
  const to = theirs.exchange.for;
  const cameHome = pairs.some((pair) => pair.theirs !== undefined && isMe(pair.ours?.name ?? pair.name ?? pair.theirs.name));
  const giver = cameHome && theirs.owner !== undefined && !sameName(theirs.owner, to) ? theirs.owner : undefined;
  return { owner: ours.owner ?? (cameHome || findPerson(ours, to) === undefined ? to : undefined), manager: ours.manager ?? giver };
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
