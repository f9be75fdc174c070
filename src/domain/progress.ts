// Progress at a glance: an item's progress is its latest check-in's (100 once done); a
// goal's is the average of its items that were not dropped.
import type { Action, Checkin, Goal, Person } from './schema';
import { idNumber } from './vocabulary';

/** Later date first, then the one written later. */
export function isLater(a: Pick<Checkin, 'on' | 'id'>, b: Pick<Checkin, 'on' | 'id'>): boolean {
  return a.on > b.on || (a.on === b.on && idNumber(a.id) > idNumber(b.id));
}

/** Check-ins, the latest first (as isLater orders them), each compared by keys read once: a journal of years holds tens of thousands. */
export function newestFirst(checkins: readonly Checkin[]): Checkin[] {
  const keyed = checkins.map((checkin) => ({ checkin, on: checkin.on, number: idNumber(checkin.id) }));
  keyed.sort((a, b) => (a.on > b.on ? -1 : a.on < b.on ? 1 : b.number - a.number));
  return keyed.map((k) => k.checkin);
}

/** The latest check-in on each item, in one pass over the check-ins. */
export function latestCheckins(person: Pick<Person, 'checkins'>): Map<string, Checkin> {
  const latest = new Map<string, Checkin>();
  for (const checkin of person.checkins) {
    if (checkin.item === undefined) continue;
    const known = latest.get(checkin.item);
    if (!known || isLater(checkin, known)) latest.set(checkin.item, checkin);
  }
  return latest;
}

export function itemProgress(action: Action, latest: Map<string, Checkin>): number {
  if (action.status === 'done') return 100;
  return latest.get(action.id)?.progress ?? 0;
}

/** Undefined when the goal has no items that count yet. */
export function goalProgress(goal: Goal, person: Person, latest = latestCheckins(person)): number | undefined {
  const items = person.actions.filter((a) => a.goal === goal.id && a.status !== 'dropped');
  if (items.length === 0) return undefined;
  return Math.round(items.reduce((sum, a) => sum + itemProgress(a, latest), 0) / items.length);
}

export function lastCheckin(person: Pick<Person, 'checkins'>): Checkin | undefined {
  let last: Checkin | undefined;
  for (const checkin of person.checkins) if (!last || isLater(checkin, last)) last = checkin;
  return last;
}
