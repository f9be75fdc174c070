// Finding the goal, action item or note an id names, in the plan being worked on. A typo, an id
// that is not there, or one that lives in someone else's plan is a usage error that says
// which, and how to find the right id.
import { normalizeId } from '../../domain/journal';
import { findAction, findGoal, ownerOfId } from '../../domain/plan';
import type { Action, Goal, Journal, Note, Person } from '../../domain/schema';
import { UsageError } from '../../errors';
import { plan as m } from '../../messages/plan';
import { longDate } from '../../render/dates';

export interface IdArgument {
  /** What was typed. */
  value: string;
  /** The flag it came with ("--goal"), when it was not a positional argument. */
  flag?: string;
  /** A command line that works, shown with the error. */
  example: string;
}

export function goalById(journal: Journal, person: Person, id: IdArgument): Goal {
  return lookup(journal, person, id, 'goal', 'grow goal list', findGoal);
}

export function actionById(journal: Journal, person: Person, id: IdArgument): Action {
  return lookup(journal, person, id, 'action item', 'grow action list --all', findAction);
}

export function noteById(journal: Journal, person: Person, id: IdArgument): Note {
  return lookup(journal, person, id, 'note', 'grow notes', (p, normal) => p.notes.find((n) => n.id === normal));
}

/**
 * Refuses to close an item that is closed already: done and dropped say different things
 * about it, so one is never quietly turned into the other.
 */
export function refuseIfClosed(action: Action): void {
  if (action.status === 'open') return;
  throw new UsageError(m.alreadyClosed(action.id, m.status[action.status]!, action.closed && longDate(action.closed)), m.closedHint(action.id));
}

const KIND = { goal: 'goal', 'action item': 'action', note: 'note' } as const;

function lookup<T>(journal: Journal, person: Person, id: IdArgument, what: keyof typeof KIND, listCommand: string, find: (p: Person, id: string) => T | undefined): T {
  const normal = normalizeId(id.value, KIND[what]);
  if (!normal) throw new UsageError(m.notAnId(what, id.value, id.flag), m.idHint(listCommand, id.example));
  const found = find(person, normal);
  if (found) return found;
  const owner = ownerOfId(journal, normal);
  if (owner) throw new UsageError(m.unknownId(what, normal, person.name, id.flag), m.elsewhere(normal, owner.name));
  throw new UsageError(m.unknownId(what, normal, person.name, id.flag), m.idHint(listCommand, id.example));
}
