// Bringing records into the journal: a grow export merged record by record (by identity, with
// the rules of docs/identity-and-merging.md), or notes from elsewhere.
import { findPerson, nextId, personToRead, personToWrite } from './journal';
import { mergeJournals, type MergeSummary } from './merge';
import { DomainProblem } from './problem';
import { planHolder } from './merge-people';
import type { Journal, Person } from './schema';

/**
 * Merges a grow export into `target` (which it replaces in place): everyone by who they are,
 * or the file's one person into the person `into`.
 */
export function importJournal(target: Journal, incoming: Journal, into?: string): MergeSummary {
  // Someone who is not in the journal is a problem to name, not a person to make up.
  if (into !== undefined) personToRead(target, into);
  // A plan handed over that does not say whose it is, and is not here by identity, needs a name.
  if (into === undefined && incoming.exchange !== undefined && incoming.people.some((person) => planHolder(incoming, person) === undefined && !knownHere(target, person))) {
    throw new DomainProblem({ key: 'whosePlan', handedTo: incoming.exchange.for });
  }
  const { journal, summary } = mergeJournals(target, incoming, into === undefined ? { mode: 'import' } : { mode: 'import', into });
  for (const key of Object.keys(target)) delete (target as Record<string, unknown>)[key];
  Object.assign(target, journal);
  return summary;
}

/** Whether the person is here already, by identity (an earlier exchange of their plan). */
function knownHere(journal: Journal, person: Person): boolean {
  const uids = new Set([person.uid, ...(person.aliases ?? [])]);
  return journal.people.some((p) => [p.uid, ...(p.aliases ?? [])].some((uid) => uid !== undefined && uids.has(uid)));
}

export interface ImportedNote {
  at: string;
  text: string;
  tags: string[];
}

/** Adds notes to a person's journal; a note with the same time and text is already there. */
export function importNotes(target: Journal, personName: string, notes: readonly ImportedNote[]): MergeSummary {
  const isNew = findPerson(target, personName) === undefined;
  const person = personToWrite(target, personName);
  const known = new Set(person.notes.map((n) => `${n.at}\n${n.text}`));
  let added = 0;
  let alreadyThere = 0;
  // One look for the highest id, not one per note: a jrnl export may hold a million entries.
  let next = Number(nextId(target, 'note').slice(1));
  for (const note of notes) {
    const key = `${note.at}\n${note.text}`;
    if (known.has(key)) {
      alreadyThere++;
      continue;
    }
    known.add(key);
    person.notes.push({ id: `n${next++}`, at: note.at, text: note.text, tags: note.tags });
    added++;
  }
  return {
    people: [{ name: person.name, isNew, added: added > 0 ? { notes: added } : {}, updated: 0, removed: 0 }],
    conflicts: [],
    removed: [],
    renumbered: [],
    alreadyThere,
    draftsDropped: [],
  };
}
