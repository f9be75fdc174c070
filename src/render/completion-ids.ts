// What Tab offers where grow expects an id or a name: the goals, the items (open, or all), the
// notes (newest first) and the one-on-ones of one person's plan, or the people of the journal
// (or all but its owner); each with a few words that say which it is, as "value<TAB>description" lines.
import { findPerson, isMe } from '../domain/journal';
import { filterNotes } from '../domain/notes';
import type { Journal } from '../domain/schema';
import type { IdList } from '../domain/vocabulary';
import { completion as m } from '../messages/completion';
import { oneLine } from './text';

/** Enough words to tell items apart in a menu. */
const DESCRIPTION = 60;

export function renderIds(journal: Journal, personName: string, list: IdList): string {
  return candidates(journal, personName, list)
    .map(([value, description]) => `${value}\t${oneLine(description, DESCRIPTION)}\n`)
    .join('');
}

function candidates(journal: Journal, personName: string, list: IdList): [value: string, description: string][] {
  if (list === 'people') return journal.people.map((p) => [p.name, '']);
  // Everyone but the journal's owner, who can be neither renamed nor removed.
  if (list === 'others') return journal.people.filter((p) => !isMe(p.name)).map((p) => [p.name, '']);
  const person = findPerson(journal, personName);
  if (!person) return [];
  switch (list) {
    case 'goals':
      return person.goals.map((g) => [g.id, g.title]);
    case 'items':
      return person.actions.filter((a) => a.status === 'open').map((a) => [a.id, a.text]);
    case 'all-items':
      return person.actions.map((a) => [a.id, a.text]);
    case 'notes':
      return filterNotes(person.notes, {}).map((n) => [n.id, n.text]);
    case 'sessions':
      return person.sessions.map((s) => [s.id, m.session(s.on, s.manager)]);
  }
}
