// A plan handed to someone (`grow export --for NAME`): one person's plan, as a journal that
// the other person's grow merges by identity (docs/identity-and-merging.md, "Handing a plan
// to someone else"). What is private stays in this journal, whatever is asked:
// - handing someone their own plan, only their own private words go with it (what they said
//   in one-on-ones and their reflections); the keeper's notes about them and the manager's
//   private words in one-on-ones never do;
// - handing one's own plan to someone (a report to her manager), private words go only when
//   the owner asks (`includePrivate`);
// - anyone else's plan goes without any private word.
// Unfinished guided flows stay too. The values that lost a conflict (a record's history) go,
// so both journals keep them, but not the private words an earlier value of a one-on-one held.
import { isMe, sameName } from './journal';
import type { Journal, Person, Session, SessionNote } from './schema';

export interface HandOverOptions {
  /** The name of the person it is handed to, as this journal calls them. */
  to: string;
  /** Only for one's own plan: the owner's private words go too. */
  includePrivate: boolean;
}

/** Whose words a private record is: the plan's person's own, or the journal keeper's. */
type Author = 'person' | 'keeper';

export function handOver(journal: Journal, person: Person, { to, includePrivate }: HandOverOptions): Journal {
  const own = isMe(person.name);
  const toThemselves = !own && sameName(person.name, to);
  const goes = (record: { private?: boolean }, author: Author) => !record.private || (own ? includePrivate : toThemselves && author === 'person');
  const spoken = (note: SessionNote) => goes(note, note.speaker === 'report' ? 'person' : 'keeper');

  const sessionNotes = (notes: SessionNote[]) => notes.filter(spoken);
  const plan: Person = {
    ...person,
    reflections: person.reflections.filter((r) => goes(r, 'person')),
    notes: person.notes.filter((n) => goes(n, 'keeper')),
    sessions: person.sessions.map((s) => withSessionNotes(s, sessionNotes)),
    drafts: [],
  };
  const file: Journal = { version: journal.version, exchange: { for: to }, people: [plan] };
  if (journal.clock !== undefined) file.clock = journal.clock;
  if (journal.owner !== undefined) file.owner = journal.owner;
  // Removals travel as removals: without them, the other journal would keep what was removed here.
  if (journal.removed !== undefined) file.removed = journal.removed;
  return file;
}

/** A one-on-one with only the notes that go, now and in the values its notes once had. */
function withSessionNotes(session: Session, keep: (notes: SessionNote[]) => SessionNote[]): Session {
  const shown: Session = { ...session, notes: keep(session.notes) };
  if (session.history) shown.history = session.history.map((entry) => (entry.field === 'notes' && Array.isArray(entry.value) ? { ...entry, value: keep(entry.value as SessionNote[]) } : entry));
  return shown;
}

/**
 * Items of someone else's plan owned by "me" (the keeper, as an item's owner was typed):
 * the other journal needs the keeper's name for them, or "me" would read as its own owner.
 */
export function unnamedOwnItems(journal: Journal, person: Person): string[] {
  if (isMe(person.name) || journal.owner !== undefined) return [];
  return person.actions.filter((a) => isMe(a.owner)).map((a) => a.id);
}
