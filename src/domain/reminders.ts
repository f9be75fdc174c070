// What `grow remind` says, worked out from facts small enough to keep beside the journal
// (store/remind-facts.ts): the check-ins due in a plan, what the owner promised in other
// people's plans, and the one-on-ones due. Light on purpose: it runs at every new terminal.
import { commitments, nextMeetings } from './commitments';
import { daysBetween, type IsoDate } from './dates';
import { dueFacts, dueReasons, isOverdue, type DueFact } from './due';
import { isMe } from './journal';
import { latestCheckins } from './progress';
import type { Journal } from './schema';

export interface Meeting {
  with: string;
  on: IsoDate;
}

/** Maps, not objects, since a name may be __proto__ or constructor. */
export interface RemindFacts {
  /** Each person's open items, by lower-case name. */
  people: Map<string, DueFact[]>;
  /** The owner's open items in other people's plans. */
  promised: DueFact[];
  /** The next one-on-one agreed in each person's plan, by lower-case name. */
  meetings: Map<string, Meeting>;
}

export function remindFacts(journal: Journal): RemindFacts {
  const promised = commitments(journal, { open: true }).map(({ person, action }) => {
    const checkedIn = latestCheckins(person).get(action.id)?.on;
    return { due: action.due, every: action.every, created: action.created, ...(checkedIn && { checkedIn }) };
  });
  const meetings = new Map<string, Meeting>();
  for (const meeting of nextMeetings(journal)) meetings.set(meeting.person.toLowerCase(), { with: meeting.with, on: meeting.on });
  return { people: dueFacts(journal), promised, meetings };
}

export interface Reminder {
  due: number;
  overdue: number;
  promised: number;
  promisedOverdue: number;
  /** One-on-ones whose day has come: with whom, and how many days ago it was (0: today). */
  meetings: { with: string; daysAgo: number }[];
}

/**
 * What to remind `name` of today: their plan's check-ins; for the owner ("me"), also what
 * they promised others and every one-on-one due; for anyone else, their one-on-one.
 * Undefined when there is no such person.
 */
export function reminderFor(facts: RemindFacts, name: string, today: IsoDate): Reminder | undefined {
  const key = name.toLowerCase();
  const own = isMe(key);
  const items = facts.people.get(key);
  if (items === undefined && !own) return undefined;
  const due = (list: readonly DueFact[]) => list.map((item) => dueReasons(item, today)).filter((reasons) => reasons.length > 0);
  const mine = due(items ?? []);
  const promised = own ? due(facts.promised) : [];
  const meetings = [...facts.meetings]
    .filter(([person, meeting]) => (own || person === key) && meeting.on <= today)
    .map(([, meeting]) => ({ with: meeting.with, daysAgo: daysBetween(meeting.on, today) }))
    .sort((a, b) => b.daysAgo - a.daysAgo);
  return { due: mine.length, overdue: mine.filter(isOverdue).length, promised: promised.length, promisedOverdue: promised.filter(isOverdue).length, meetings };
}
