// Removing what was written by mistake, with everything that cannot stay without it: an
// item's check-ins, a goal's items, a person's whole plan. References to what goes (a split
// into it, an item agreed in a one-on-one) go too, so the journal stays whole. The store leaves
// a tombstone for every record removed and logs the change for undo; dropping an item (which
// stays in the history and in exports) is the way to end one that was real.
import type { Action, Checkin, Goal, Journal, Person } from './schema';

/** What goes when action items are removed: the items and their check-ins. */
export interface ItemsRemoval {
  actions: Action[];
  checkins: Checkin[];
}

export function itemsRemoval(person: Person, actions: readonly Action[]): ItemsRemoval {
  const ids = new Set(actions.map((a) => a.id));
  return { actions: [...actions], checkins: person.checkins.filter((c) => c.item !== undefined && ids.has(c.item)) };
}

/** Removes the items with their check-ins, and the splits and agreed items that name them. */
export function removeItems(person: Person, ids: readonly string[]): void {
  const gone = new Set(ids);
  person.actions = person.actions.filter((a) => !gone.has(a.id));
  person.checkins = person.checkins.filter((c) => c.item === undefined || !gone.has(c.item));
  for (const checkin of person.checkins) {
    if (!checkin.split?.some((id) => gone.has(id))) continue;
    const left = checkin.split.filter((id) => !gone.has(id));
    if (left.length > 0) checkin.split = left;
    else delete checkin.split;
  }
  for (const session of person.sessions) {
    if (session.items?.some((agreed) => gone.has(agreed.item))) session.items = session.items.filter((agreed) => !gone.has(agreed.item));
  }
}

/** What goes with a goal: its items, whatever their status, and their check-ins. */
export interface GoalRemoval extends ItemsRemoval {
  goal: Goal;
  /** Of its items, those still open: a goal is not removed with them unless that is asked for. */
  open: Action[];
}

export function goalRemoval(person: Person, goal: Goal): GoalRemoval {
  const actions = person.actions.filter((a) => a.goal === goal.id);
  return { goal, open: actions.filter((a) => a.status === 'open'), ...itemsRemoval(person, actions) };
}

export function removeGoal(person: Person, goal: Goal): void {
  removeItems(person, person.actions.filter((a) => a.goal === goal.id).map((a) => a.id));
  person.goals = person.goals.filter((g) => g.id !== goal.id);
}

export function removeNotes(person: Person, ids: readonly string[]): void {
  const gone = new Set(ids);
  person.notes = person.notes.filter((n) => !gone.has(n.id));
}

export function removePerson(journal: Journal, person: Person): void {
  journal.people = journal.people.filter((p) => p !== person);
}
