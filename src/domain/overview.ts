// What the dashboard shows, as data: the same for the terminal view and for --json.
import { daysBetween, type IsoDate } from './dates';
import { isOwners, type Commitment, type NextMeeting } from './commitments';
import { dueItems, overdueDays, type DueItem, type DueReason } from './due';
import { currentMission, currentStage } from './plan';
import { goalProgress, lastCheckin, latestCheckins } from './progress';
import { defaultPulseSince, latestPulse, pulseSeries, type PulsePeriod } from './pulse';
import { isMe, sameName } from './journal';
import type { Checkin, Journal, MissionVersion, Person, Pulse } from './schema';

export interface Overview {
  person: string;
  /** No mission, no goals, nothing promised to others and no one-on-one agreed yet: time for `grow init`. */
  empty: boolean;
  mission?: MissionVersion;
  goals: { id: string; title: string; stage?: string; progress?: number }[];
  due: DueRow[];
  /** The owner's items in other people's plans that are due (on the owner's own dashboard only). */
  promised: (DueRow & { person: string })[];
  /** The next one-on-one agreed with each person, soonest first; `days` from today (negative: it was due). */
  meetings: { with: string; on: IsoDate; days: number }[];
  lastCheckin?: { id: string; on: IsoDate; daysAgo: number };
  /** Weekly averages over the default span, when any pulse was ever given. */
  pulse?: { since: IsoDate; periods: PulsePeriod[]; latest: Pulse & { on: IsoDate } };
}

export interface DueRow {
  id: string;
  text: string;
  due: IsoDate;
  overdueDays: number;
  reasons: DueReason[];
  /** Who does it, when not the plan's own person (a manager's item in a report's plan). */
  owner?: string;
}

export interface OverviewExtras {
  /** The owner's open items in other people's plans, for the owner's own dashboard. */
  promised?: readonly Commitment[];
  /** The next one-on-ones agreed: on the owner's own dashboard everyone's, on a person's theirs. */
  meetings?: readonly NextMeeting[];
  /** Whose journal it is, so that an item of the owner's own plan typed with their name is theirs. */
  journal?: Pick<Journal, 'owner'>;
  /**
   * The person's check-ins to work from, when not all of them are: at least the latest on each
   * item, the latest of all, the first and the latest with a pulse, and every one with a pulse
   * from defaultSpanStart('week', today) on (store/overview-checkins.ts).
   */
  checkins?: Checkin[];
}

export function overview(person: Person, today: IsoDate, { promised = [], meetings = [], journal = {}, checkins = person.checkins }: OverviewExtras = {}): Overview {
  const byOther = (owner: string) => (isMe(person.name) ? !isOwners(journal, owner) : !sameName(owner, person.name));
  const worked = { checkins };
  const latest = latestCheckins(worked);
  const mission = currentMission(person);
  const result: Overview = {
    person: person.name,
    // A manager's own plan may be empty while they carry items in their reports' plans, or meet them.
    empty: mission === undefined && person.goals.length === 0 && promised.length === 0 && meetings.length === 0,
    mission,
    goals: person.goals.map((goal) => ({ id: goal.id, title: goal.title, stage: currentStage(goal), progress: goalProgress(goal, person, latest) })),
    due: dueItems(person, today, latest).map((item) => ({ ...dueRow(item, today), ...(byOther(item.action.owner) ? { owner: item.action.owner } : {}) })),
    promised: promised.flatMap(({ person: other, action }) => {
      const [item] = dueItems({ ...other, actions: [action] }, today);
      return item ? [{ ...dueRow(item, today), person: other.name }] : [];
    }).sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)),
    meetings: meetings.map((meeting) => ({ with: meeting.with, on: meeting.on, days: daysBetween(today, meeting.on) })).sort((a, b) => a.days - b.days),
  };
  const last = lastCheckin(worked);
  if (last) result.lastCheckin = { id: last.id, on: last.on, daysAgo: daysBetween(last.on, today) };
  const pulse = latestPulse(worked);
  if (pulse) {
    const since = defaultPulseSince(worked, 'week', today);
    result.pulse = { since, periods: pulseSeries(worked, 'week', since, today), latest: { ...pulse.pulse, on: pulse.on } };
  }
  return result;
}

function dueRow({ action, reasons }: DueItem, today: IsoDate): DueRow {
  return { id: action.id, text: action.text, due: action.due, overdueDays: overdueDays(action, today), reasons };
}
