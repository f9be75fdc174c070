// What the journal's owner promised inside other people's plans ("Alex: find a budget for the
// workshop by 15 January", in Priya's plan), and the next one-on-one agreed with each person.
// Light on purpose, as due.ts: `grow remind` works these out at a new terminal.
import type { IsoDate } from './dates';
import { isMe, sameName } from './journal';
import type { Action, Journal, Person } from './schema';
import { lastSession } from './session-view';

/** An item of someone else's plan that the journal's owner does ("me", or their name). */
export interface Commitment {
  person: Person;
  action: Action;
}

/** Whether the journal's owner does the item: owners are "me" or the owner's own name. */
export function isOwners(journal: Pick<Journal, 'owner'>, owner: string): boolean {
  return isMe(owner) || (journal.owner !== undefined && sameName(owner, journal.owner));
}

/** The owner's items in other people's plans, in the journal's order; `open` keeps the open ones. */
export function commitments(journal: Journal, { open = false } = {}): Commitment[] {
  return journal.people
    .filter((person) => !isMe(person.name))
    .flatMap((person) => person.actions.filter((a) => isOwners(journal, a.owner) && (!open || a.status === 'open')).map((action) => ({ person, action })));
}

export interface NextMeeting {
  /** The plan it is kept in. */
  person: string;
  /** Whom the owner meets: the report, or in the owner's own plan, their manager. */
  with: string;
  on: IsoDate;
}

/** The next one-on-one agreed in each person's latest one-on-one, when one was agreed. */
export function nextMeetings(journal: Journal): NextMeeting[] {
  const meetings: NextMeeting[] = [];
  for (const person of journal.people) {
    const last = lastSession(person);
    if (last?.next !== undefined) meetings.push({ person: person.name, with: isMe(person.name) ? last.manager : person.name, on: last.next });
  }
  return meetings;
}

/**
 * What a calendar of a plan holds besides its own items: on the owner's own (`person` "me"),
 * what they promised in other plans; and the next one-on-one of each plan it covers
 * (`person` undefined: everyone's).
 */
export function calendarExtras(journal: Journal, person: string | undefined): { promised: Commitment[]; meetings: NextMeeting[] } {
  const own = person !== undefined && isMe(person);
  return {
    promised: own ? commitments(journal) : [],
    meetings: nextMeetings(journal).filter((meeting) => person === undefined || own || sameName(meeting.person, person)),
  };
}
