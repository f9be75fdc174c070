// When an open action item is due for a check-in, and why. Light on purpose (no schema
// library): `grow remind` runs this at every new terminal.
//
// An item is due when its cadence has passed since it was last heard of (its latest
// check-in, else the day it was added), when its due date is at most DUE_SOON_DAYS away and
// nobody checked in on it since that window opened, or when its due date has passed and it
// was not checked in on today. So an overdue item asks every day until it is moved, done or
// dropped, but one check-in is enough for a day.
import { addDaysTo, daysBetween, type IsoDate } from './dates';
import { CADENCE_DAYS } from './plan';
import { latestCheckins } from './progress';
import type { Action, Checkin, Person } from './schema';

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

/** Days past the due date; 0 when it has not passed. */
export function overdueDays(action: Action, today: IsoDate): number {
  return Math.max(0, daysBetween(action.due, today));
}

export function dueReasons(action: Action, latest: Checkin | undefined, today: IsoDate): DueReason[] {
  if (action.status !== 'open') return [];
  const checkedIn = latest !== undefined && latest.on >= action.created;
  const heardOf = checkedIn ? latest.on : action.created;
  const untilDue = daysBetween(today, action.due);
  const reasons: DueReason[] = [];
  if (untilDue < 0 && heardOf < today) reasons.push({ kind: 'overdue', days: -untilDue });
  if (untilDue >= 0 && untilDue <= DUE_SOON_DAYS && heardOf < addDaysTo(action.due, -DUE_SOON_DAYS)) {
    reasons.push({ kind: 'due-soon', days: untilDue });
  }
  const quiet = daysBetween(heardOf, today);
  if (quiet >= CADENCE_DAYS[action.every]) reasons.push({ kind: 'cadence', days: quiet, since: checkedIn ? 'checkin' : 'added' });
  return reasons;
}

/** The items due for a check-in, earliest due date first (so the most overdue lead). */
export function dueItems(person: Person, today: IsoDate, latest = latestCheckins(person)): DueItem[] {
  const due: DueItem[] = [];
  for (const action of person.actions) {
    const reasons = dueReasons(action, latest.get(action.id), today);
    if (reasons.length > 0) due.push({ action, reasons });
  }
  return due.sort((a, b) => (a.action.due < b.action.due ? -1 : a.action.due > b.action.due ? 1 : 0));
}

export function isOverdue(item: DueItem): boolean {
  return item.reasons.some((r) => r.kind === 'overdue');
}
