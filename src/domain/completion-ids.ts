// What Tab offers where grow expects an id or a name: the goals, the open items and the
// one-on-ones of one person's plan, or the people of the journal; each with a few words
// that say which it is.
import { completion as m } from '../messages/completion';
import { findPerson } from './journal';
import type { Journal } from './schema';
import type { IdList } from './vocabulary';


export type Candidate = readonly [value: string, description: string];

export function completionIds(journal: Journal, personName: string, list: IdList): Candidate[] {
  if (list === 'people') return journal.people.map((p) => [p.name, ''] as const);
  const person = findPerson(journal, personName);
  if (!person) return [];
  switch (list) {
    case 'goals':
      return person.goals.map((g) => [g.id, short(g.title)] as const);
    case 'items':
      return person.actions.filter((a) => a.status === 'open').map((a) => [a.id, short(a.text)] as const);
    case 'sessions':
      return person.sessions.map((s) => [s.id, m.session(s.on, s.manager)] as const);
  }
}

/** One line of at most 60 characters: enough to tell items apart in a menu. */
function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
