// A past one-on-one as it is shown: what was said, the items reviewed (the check-ins that
// carry its id) and agreed (the items that carry it), and the mission statement as it stood
// once it ended. The same view serves the closing summary, `grow sessions show` and --json.
import { findGoal } from './plan';
import type { Action, Checkin, Journal, MissionVersion, Person, Session } from './schema';

export interface SessionView {
  person: string;
  session: Session;
  reviewed: { checkin: Checkin; action: Action }[];
  agreed: { action: Action; goal: string }[];
  /** The statement in force at the end of that day; `written` when it was new that day. */
  mission?: { version: MissionVersion; written: boolean };
}

export function sessionView(person: Person, session: Session): SessionView {
  const actions = new Map(person.actions.map((a) => [a.id, a]));
  const reviewed = person.checkins.flatMap((checkin) => {
    const action = checkin.session === session.id && checkin.item !== undefined ? actions.get(checkin.item) : undefined;
    return action ? [{ checkin, action }] : [];
  });
  const agreed = person.actions.filter((a) => a.session === session.id).map((action) => ({ action, goal: findGoal(person, action.goal)?.title ?? action.goal }));
  const view: SessionView = { person: person.name, session, reviewed, agreed };
  const version = person.missions.findLast((m) => m.since <= session.on);
  if (version) view.mission = { version, written: version.since === session.on };
  return view;
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
  const number = (id: string) => Number(id.slice(1));
  return all.sort((a, b) => b.session.on.localeCompare(a.session.on) || number(b.session.id) - number(a.session.id));
}

export function lastSession(person: Person): Session | undefined {
  return sessionsOf([person])[0]?.session;
}
