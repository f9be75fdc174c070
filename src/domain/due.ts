// When an open action item is due for a check-in, and why. Light on purpose (no schema
// library): `grow remind` runs this at every new terminal.
//
// An item is due when its cadence has passed since it was last heard of (its latest
// check-in, else the day it was added), or when its due date is at most DUE_SOON_DAYS away
// or past. Adding an item is not a check-in on it: one added two days before its date is due
// at once. To not nag, a check-in inside those days quiets the item until its due date; from
// that day on it asks every day until it is moved, done or dropped, but one check-in is
// enough for a day.
import { addDaysTo, compareDates, daysBetween, type IsoDate } from './dates';
import { CADENCE_DAYS } from './plan';
import { latestCheckins } from './progress';
import type { Action, Journal, Person } from './schema';
import type { Cadence } from './vocabulary';

export const DUE_SOON_DAYS = 3;

export type DueReason =
  /** The due date passed `days` days ago. */
  | { kind: 'overdue'; days: number }
  /** The due date is `days` days away (0: today). */
  | { kind: 'due-soon'; days: number }
  /** The cadence has passed: `days` since the last check-in, or since the item was added. */
  | { kind: 'cadence'; days: number; since: 'checkin' | 'added' };

export interface DueItem {
  action: Action;
  reasons: DueReason[];
}

/** All that deciding whether an open item is due needs: what `grow remind` keeps between runs. */
export interface DueFact {
  due: IsoDate;
  every: Cadence;
  created: IsoDate;
  /** The day of its latest check-in, if any. */
  checkedIn?: IsoDate;
}

/** Days past the due date; 0 when it has not passed. */
export function overdueDays(action: Action, today: IsoDate): number {
  return Math.max(0, daysBetween(action.due, today));
}

/** Why an open item is due for a check-in; none when it is not. */
export function dueReasons(item: DueFact, today: IsoDate): DueReason[] {
  // A check-in on an item is made after the item was added, whatever day it carries: one made
  // in a time zone behind the one the item was added in carries an earlier day (by up to two).
  // So every check-in counts, as made no earlier than the day the item was added.
  const checkedIn = item.checkedIn !== undefined && item.checkedIn < item.created ? item.created : item.checkedIn;
  const untilDue = daysBetween(today, item.due);
  // The day from which a check-in answers the due date: today once the date has come,
  // else the first day of the window before it.
  const answeredFrom = untilDue <= 0 ? today : addDaysTo(item.due, -DUE_SOON_DAYS);
  const answered = checkedIn !== undefined && checkedIn >= answeredFrom;
  const reasons: DueReason[] = [];
  if (untilDue < 0 && !answered) reasons.push({ kind: 'overdue', days: -untilDue });
  if (untilDue >= 0 && untilDue <= DUE_SOON_DAYS && !answered) reasons.push({ kind: 'due-soon', days: untilDue });
  const quiet = daysBetween(checkedIn ?? item.created, today);
  if (quiet >= CADENCE_DAYS[item.every]) reasons.push({ kind: 'cadence', days: quiet, since: checkedIn ? 'checkin' : 'added' });
  return reasons;
}

/** The items due for a check-in, earliest due date first (so the most overdue lead). */
export function dueItems(person: Person, today: IsoDate, latest = latestCheckins(person)): DueItem[] {
  const due: DueItem[] = [];
  for (const action of person.actions) {
    if (action.status !== 'open') continue;
    const reasons = dueReasons(dueFact(action, latest.get(action.id)?.on), today);
    if (reasons.length > 0) due.push({ action, reasons });
  }
  return due.sort((a, b) => compareDates(a.action.due, b.action.due));
}

export function isOverdue(reasons: readonly DueReason[]): boolean {
  return reasons.some((r) => r.kind === 'overdue');
}

/** The open items of everyone in the journal as due facts, by lower-case name (a Map: a person may be called __proto__). */
export function dueFacts(journal: Journal): Map<string, DueFact[]> {
  const facts = new Map<string, DueFact[]>();
  for (const person of journal.people) {
    const latest = latestCheckins(person);
    facts.set(person.name.toLowerCase(), person.actions.filter((a) => a.status === 'open').map((a) => dueFact(a, latest.get(a.id)?.on)));
  }
  return facts;
}

function dueFact(action: Action, checkedIn: IsoDate | undefined): DueFact {
  const fact: DueFact = { due: action.due, every: action.every, created: action.created };
  if (checkedIn) fact.checkedIn = checkedIn;
  return fact;
}
