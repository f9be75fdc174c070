// A past one-on-one as it is shown: what was said, the items reviewed (the check-ins that
// carry its id) and agreed (the items that carry it, with their words, owner and date as
// agreed that day), and the mission statement as it stood once it ended. The same view
// serves the closing summary, `grow sessions show`, --json and the markdown export.
import { compareDates } from './dates';
import { isMe } from './journal';
import { isLater } from './progress';
import { findGoal } from './plan';
import type { Action, AgreedAs, Checkin, Journal, MissionVersion, Person, Session } from './schema';
import { idNumber } from './vocabulary';

export interface AgreedView {
  /** The item as it is now. */
  action: Action;
  goal: string;
  /** The item as it was agreed in the session. */
  agreed: Omit<AgreedAs, 'item'>;
}

export interface SessionView {
  person: string;
  /** A one-on-one in the journal owner's own plan: they were the report, with their manager. */
  own: boolean;
  /** What the report is called: the person's name, or in one's own plan the owner's, when known. */
  report: string | undefined;
  session: Session;
  reviewed: { checkin: Checkin; action: Action }[];
  agreed: AgreedView[];
  /** The statement in force at the end of that day; `written` when it was new that day. */
  mission?: { version: MissionVersion; written: boolean };
}

/** `owner`: what the journal's owner is called (journal.owner), for a one-on-one in their own plan. */
export function sessionView(person: Person, session: Session, owner?: string): SessionView {
  const actions = new Map(person.actions.map((a) => [a.id, a]));
  const reviewed = person.checkins.flatMap((checkin) => {
    const action = checkin.session === session.id && checkin.item !== undefined ? actions.get(checkin.item) : undefined;
    return action ? [{ checkin, action }] : [];
  });
  const own = isMe(person.name);
  const view: SessionView = { person: person.name, own, report: own ? owner : person.name, session, reviewed, agreed: agreedIn(person, session) };
  const version = person.missions.findLast((m) => m.since <= session.on);
  if (version) view.mission = { version, written: version.since === session.on };
  return view;
}

/**
 * The items agreed in a session: as kept on the session, or for one saved before grow kept them,
 * as its check-ins tell. `checkinsOn` gives an item's check-ins (the markdown export, which goes
 * through every session of years, has them grouped already).
 */
export function agreedIn(person: Person, session: Session, checkinsOn = (item: string) => person.checkins.filter((c) => c.item === item)): AgreedView[] {
  const kept = new Map(session.items?.map(({ item, ...agreed }) => [item, agreed]));
  return person.actions
    .filter((a) => a.session === session.id)
    .map((action) => ({ action, goal: findGoal(person, action.goal)?.title ?? action.goal, agreed: kept.get(action.id) ?? fromCheckins(action, checkinsOn(action.id)) }));
}

/** The first move of an item's date starts from the date agreed, and the first renegotiation from its words then. */
function fromCheckins(action: Action, checkins: readonly Checkin[]): Omit<AgreedAs, 'item'> {
  const history = checkins.toSorted((a, b) => (isLater(a, b) ? 1 : -1));
  return {
    text: history.find((c) => c.renegotiated)?.renegotiated?.text ?? action.text,
    owner: action.owner,
    due: history.find((c) => c.moved)?.moved?.from ?? action.due,
  };
}

/** The session with this id, in whoever's plan it is (ids are unique across the journal). */
export function findSession(journal: Journal, id: string): { person: Person; session: Session } | undefined {
  for (const person of journal.people) {
    const session = person.sessions.find((s) => s.id === id);
    if (session) return { person, session };
  }
  return undefined;
}

/** Every session of these people, newest first. */
export function sessionsOf(people: readonly Person[]): { person: Person; session: Session }[] {
  const all = people.flatMap((person) => person.sessions.map((session) => ({ person, session })));
  return all.sort((a, b) => compareDates(b.session.on, a.session.on) || idNumber(b.session.id) - idNumber(a.session.id));
}

export function lastSession(person: Person): Session | undefined {
  return sessionsOf([person])[0]?.session;
}
