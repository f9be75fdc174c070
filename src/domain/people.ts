// The people whose plans a journal holds: "me", and one person per report, added by name;
// for each, what is due next and when the last one-on-one was.
import type { IsoDate } from './dates';
import { dueReasons, type DueReason } from './due';
import { emptyPerson, findPerson, isMe, ME, sameName } from './journal';
import { DomainProblem } from './problem';
import { latestCheckins } from './progress';
import type { Action, Journal, Person, Session } from './schema';
import { lastSession } from './session-view';
import { MAX_NAME } from './vocabulary';

/** A name is one line of at most MAX_NAME characters; returns it trimmed, or undefined. */
export function checkName(value: string): string | undefined {
  const name = value.trim();
  // eslint-disable-next-line no-control-regex -- a name is one plain line
  if (name === '' || name.length > MAX_NAME || /[\u0000-\u001f\u007f-\u009f]/.test(name)) return undefined;
  return name;
}

/** Adds a person by name; someone already there (in any case, "me" included) is returned as they are. */
export function addPerson(journal: Journal, name: string): { person: Person; added: boolean } {
  const known = findPerson(journal, name);
  if (known) return { person: known, added: false };
  if (journal.owner !== undefined && sameName(name, journal.owner)) throw new DomainProblem({ key: 'ownName', name: journal.owner });
  const person = emptyPerson(isMe(name) ? ME : name);
  journal.people.push(person);
  return { person, added: true };
}

export interface PersonRow {
  name: string;
  openItems: number;
  /** The open item due soonest, with the reasons it is due for a check-in now (none when it is not). */
  next?: { action: Action; reasons: DueReason[] };
  lastSession?: Session;
}

export function peopleRows(journal: Journal, today: IsoDate): PersonRow[] {
  return journal.people.map((person) => {
    const open = person.actions.filter((a) => a.status === 'open');
    const row: PersonRow = { name: person.name, openItems: open.length };
    const soonest = open.reduce<Action | undefined>((best, a) => (!best || a.due < best.due ? a : best), undefined);
    if (soonest) {
      const checkedIn = latestCheckins(person).get(soonest.id)?.on;
      row.next = { action: soonest, reasons: dueReasons({ ...soonest, ...(checkedIn ? { checkedIn } : {}) }, today) };
    }
    const last = lastSession(person);
    if (last) row.lastSession = last;
    return row;
  });
}

/**
 * Gives a person a new name. Their plan, sessions and items stay as they are; the items and
 * agreed items anyone's plan says they own follow the new name, since they are the same person.
 */
export function renamePerson(journal: Journal, person: Person, name: string): void {
  const old = person.name;
  person.name = name;
  for (const plan of journal.people) {
    for (const action of plan.actions) if (sameName(action.owner, old)) action.owner = name;
    for (const session of plan.sessions) for (const agreed of session.items ?? []) if (sameName(agreed.owner, old)) agreed.owner = name;
  }
}
