// What a removal takes with it, one line each, as the question before it shows them: the
// person answering sees every record that goes, and the confirmation checks the same lines.
import type { GoalRemoval, ItemsRemoval } from '../domain/removal';
import type { Note, Person } from '../domain/schema';
import { messages } from '../messages';
import { dateTimeText } from './format';
import { oneLine } from './text';

const m = messages.change;
const EXCERPT = 60;

const quoted = (text: string) => `"${oneLine(text, EXCERPT)}"`;

export function notesGoing(notes: readonly Note[]): string[] {
  return notes.map((note) => `${m.labels.note} ${note.id}  ${dateTimeText(new Date(note.at))}  ${quoted(note.text)}`);
}

export function itemsGoing({ actions, checkins }: ItemsRemoval): string[] {
  return actions.map((action) => {
    const own = checkins.filter((c) => c.item === action.id).length;
    return `${m.labels.item} ${action.id} ${quoted(action.text)} (${messages.plan.status[action.status]})${m.withCheckins(own)}`;
  });
}

export function goalGoing(removal: GoalRemoval): string[] {
  const { goal, actions, checkins } = removal;
  const head = `${m.labels.goal} ${goal.id} ${quoted(goal.title)}${m.goal.withItems(actions.length)}`;
  return [checkins.length > 0 ? `${head} ${m.checkinsToo(checkins.length)}` : head, ...itemsGoing(removal).map((line) => `  ${line}`)];
}

/** A person and what their plan holds: each kind of record that is there, with how many. */
export function personGoing(person: Person): string[] {
  const counts = (Object.keys(m.people.contents) as (keyof typeof m.people.contents)[])
    .filter((kind) => person[kind].length > 0)
    .map((kind) => `  ${m.people.contents[kind](person[kind].length)}`);
  return counts.length > 0 ? [m.people.plan(person.name), ...counts] : [m.people.emptyPlan(person.name)];
}
