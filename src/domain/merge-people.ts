// Who is who when two journals meet (docs/identity-and-merging.md, "Merging", rule 1). People
// are the same person when their uids or aliases meet. Copies of one journal (replicas) also
// match by name, so that two machines that each added "Sam" hold one Sam. In an import, a
// file's person goes to the person `into` names; else the plan of this journal's owner (a
// plan handed to them, or their own from another copy) goes to "me", and any other to the
// person of the same name.
import { findPerson, isMe, ME, sameName } from './journal';
import type { MergeOptions } from './merge';
import type { Journal, Person } from './schema';

export interface PersonPair {
  ours?: Person;
  theirs?: Person;
  /** The name a person new to this journal takes, when it is not the one in the file. */
  name?: string;
}

const uidsOf = (person: Person) => [person.uid!, ...(person.aliases ?? [])];

export function pairPeople(ours: Journal, theirs: Journal, options: MergeOptions): PersonPair[] {
  const pairs: PersonPair[] = ours.people.map((person) => ({ ours: person }));
  const byUid = new Map<string, PersonPair>();
  for (const pair of pairs) for (const uid of uidsOf(pair.ours!)) byUid.set(uid, pair);

  for (const person of theirs.people) {
    const linked = uidsOf(person).map((uid) => byUid.get(uid)).find((pair) => pair !== undefined && pair.theirs === undefined);
    if (linked) {
      linked.theirs = person;
      continue;
    }
    const name = options.mode === 'import' ? importTarget(ours, theirs, person, options) : person.name;
    const named = pairs.find((pair) => pair.ours !== undefined && pair.theirs === undefined && sameName(pair.ours.name, name));
    if (named) named.theirs = person;
    else pairs.push(sameName(name, person.name) ? { theirs: person } : { theirs: person, name });
  }
  return pairs;
}

/** The name of the person a file's person is in this journal (who may not be here yet). */
function importTarget(ours: Journal, theirs: Journal, person: Person, options: MergeOptions): string {
  if (options.into !== undefined) return findPerson(ours, options.into)?.name ?? (isMe(options.into) ? ME : options.into);
  const whose = planHolder(theirs, person);
  // A copy of a journal's own plan that does not say whose it is (a backup) is this journal's own.
  if (whose === undefined) return ME;
  if (ours.owner !== undefined && sameName(whose, ours.owner)) return ME;
  // A plan handed to its own person comes home, unless this journal is someone else's.
  const handedTo = theirs.exchange?.for;
  if (handedTo !== undefined && sameName(whose, handedTo) && ours.owner === undefined) return ME;
  return findPerson(ours, whose)?.name ?? whose;
}

/**
 * Whose plan a file's person is, by name: their name, or for the file's own plan ("me") in a
 * file handed to someone, the file's owner; undefined when the file does not say.
 */
export function planHolder(file: Journal, person: Person): string | undefined {
  if (!isMe(person.name)) return person.name;
  return file.exchange === undefined ? undefined : file.owner;
}
