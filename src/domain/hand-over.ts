// A plan handed to someone (`grow export --for NAME`): one person's plan, as a journal that
// the other person's grow merges by identity (docs/identity-and-merging.md, "Handing a plan
// to someone else"). What is private stays in this journal, whatever is asked:
// - handing someone their own plan, only their own private words go with it (what they said
//   in one-on-ones and their reflections); the keeper's notes about them and the manager's
//   private words in one-on-ones never do;
// - handing one's own plan to someone (a report to her manager), private words go only when
//   the owner asks (`includePrivate`);
// - anyone else's plan goes without any private word.
// Unfinished guided flows and the values that lost a conflict (a record's history) stay too.
import { isMe, sameName } from './journal';
import type { Journal, Person, SessionNote } from './schema';

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

  const plan: Person = withoutHistory({
    ...person,
    missions: person.missions.map(withoutHistory),
    reflections: person.reflections.filter((r) => goes(r, 'person')).map(withoutHistory),
    goals: person.goals.map(withoutHistory),
    actions: person.actions.map(withoutHistory),
    checkins: person.checkins.map(withoutHistory),
    notes: person.notes.filter((n) => goes(n, 'keeper')).map(withoutHistory),
    sessions: person.sessions.map((s) => withoutHistory({ ...s, notes: s.notes.filter(spoken) })),
    drafts: [],
  });
  const file: Journal = { version: journal.version, exchange: { for: to }, people: [plan] };
  if (journal.clock !== undefined) file.clock = journal.clock;
  if (journal.owner !== undefined) file.owner = journal.owner;
  // Removals travel as removals: without them, the other journal would keep what was removed here.
  if (journal.removed !== undefined) file.removed = journal.removed;
  return file;
}

/** A record without the values that lost a conflict here: they may hold words that stay. */
function withoutHistory<T extends { history?: unknown }>(record: T): T {
  const { history: _history, ...rest } = record;
  return rest as T;
}

/**
 * Items of someone else's plan owned by "me" (the keeper, as an item's owner was typed):
 * the other journal needs the keeper's name for them, or "me" would read as its own owner.
 */
export function unnamedOwnItems(journal: Journal, person: Person): string[] {
  if (isMe(person.name) || journal.owner !== undefined) return [];
  return person.actions.filter((a) => isMe(a.owner)).map((a) => a.id);
}
