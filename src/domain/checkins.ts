// Recording check-ins: one on an action item (its status, progress, what went well, what is
// in the way, a moved due date), or a general one without an item (a round's "what went
// well since last time?" and its pulse). `grow checkin` and the review part of
// `grow session` both record through here.
import type { IsoDate } from './dates';
import { nextId, personToWrite } from './journal';
import { addAction, closeAction, findAction } from './plan';
import { DomainProblem } from './problem';
import { isLater, latestCheckins } from './progress';
import type { Action, Checkin, Journal, Person, Pulse } from './schema';
import type { Status } from './vocabulary';

/** After this many moves of its due date an item is renegotiated, split or dropped instead. */
export const MOVES_BEFORE_RENEGOTIATION = 3;

export interface SmallerItem {
  text: string;
  due: IsoDate;
  /** Who does it; the split item's owner when left out. */
  owner?: string;
}

export interface ItemCheckin {
  item: string;
  status: Status;
  /** 0 to 100; when left out, 100 for a done item and the last value otherwise. */
  progress?: number;
  well?: string;
  blocker?: string;
  /** A new due date; recorded as a move when it differs from the current one. */
  due?: IsoDate;
  /** Why the item was dropped, in the person's words. */
  reason?: string;
  /** New wording agreed for the item; its moves are counted from zero again. */
  renegotiate?: string;
  /** Smaller items to add in its place, with the same goal, owner and cadence. */
  split?: SmallerItem[];
  pulse?: Pulse;
  session?: string;
}

export interface GeneralCheckin {
  well?: string;
  pulse?: Pulse;
  session?: string;
}

/** How often the item's due date moved since it was added or last renegotiated. */
export function movesSinceRenegotiation(person: Person, itemId: string): number {
  return countMoves(person.checkins.filter((c) => c.item === itemId));
}

/**
 * movesSinceRenegotiation of every item with check-ins, in one pass over years of them (only
 * the ones that moved or renegotiated an item count: the others may be left out).
 */
export function movesOfItems(person: Pick<Person, 'checkins'>): Map<string, number> {
  const histories = new Map<string, Checkin[]>();
  for (const checkin of person.checkins) {
    if (checkin.item === undefined) continue;
    const history = histories.get(checkin.item);
    if (history) history.push(checkin);
    else histories.set(checkin.item, [checkin]);
  }
  return new Map([...histories].map(([item, history]) => [item, countMoves(history)]));
}

/** Moves since the last renegotiation, in one item's check-ins (in the journal's order). */
function countMoves(history: Checkin[]): number {
  history.sort((a, b) => (isLater(a, b) ? 1 : -1));
  let moves = 0;
  for (const checkin of history) {
    if (checkin.renegotiated) moves = 0;
    else if (checkin.moved) moves += 1;
  }
  return moves;
}

export function needsRenegotiation(person: Person, itemId: string): boolean {
  return movesSinceRenegotiation(person, itemId) >= MOVES_BEFORE_RENEGOTIATION;
}

/** The progress someone last gave for the item; undefined before its first check-in. */
export function knownProgress(person: Person, itemId: string): number | undefined {
  return latestCheckins(person).get(itemId)?.progress;
}

/**
 * Records a check-in on one of the person's items and applies it to the item: closing or
 * reopening it, moving its due date, renegotiating or splitting it. An unknown item, or a
 * plain move of an item that must be renegotiated, is a problem (a DomainProblem) and changes nothing.
 */
export function recordCheckin(journal: Journal, personName: string, input: ItemCheckin, today: IsoDate): Checkin {
  const person = personToWrite(journal, personName);
  const action = findAction(person, input.item);
  if (!action) throw new DomainProblem({ key: 'unknownItem', id: input.item, person: person.name });
  const moving = input.due !== undefined && input.due !== action.due;
  if (moving && input.renegotiate === undefined && needsRenegotiation(person, action.id)) {
    throw new DomainProblem({ key: 'movedTooOften', id: action.id, moves: movesSinceRenegotiation(person, action.id) });
  }

  const checkin: Checkin = {
    id: nextId(journal, 'checkin'),
    on: today,
    item: action.id,
    status: input.status,
    progress: input.progress ?? (input.status === 'done' ? 100 : (knownProgress(person, action.id) ?? 0)),
  };
  if (input.well) checkin.well = input.well;
  if (input.blocker) checkin.blocker = input.blocker;
  if (input.renegotiate !== undefined) {
    checkin.renegotiated = { text: action.text };
    action.text = input.renegotiate;
  }
  if (moving) {
    checkin.moved = { from: action.due, to: input.due! };
    action.due = input.due!;
  }
  if (input.split && input.split.length > 0) checkin.split = input.split.map((part) => addSmallerItem(journal, person, action, part, today, input.session).id);
  if (input.pulse) checkin.pulse = input.pulse;
  if (input.session) checkin.session = input.session;
  setStatus(action, input.status, today, input.reason);
  person.checkins.push(checkin);
  return checkin;
}

/** The items each split item was split into, by the split item's id. */
export function splitsOf(person: Pick<Person, 'checkins'>): Map<string, string[]> {
  return new Map(person.checkins.flatMap((c) => (c.item !== undefined && c.split ? [[c.item, c.split] as const] : [])));
}

/** A check-in without an item: what went well in general, and the pulse. */
export function recordGeneralCheckin(journal: Journal, personName: string, input: GeneralCheckin, today: IsoDate): Checkin {
  const person = personToWrite(journal, personName);
  const checkin: Checkin = { id: nextId(journal, 'checkin'), on: today };
  if (input.well) checkin.well = input.well;
  if (input.pulse) checkin.pulse = input.pulse;
  if (input.session) checkin.session = input.session;
  person.checkins.push(checkin);
  return checkin;
}

/** Adds the pulse to a general check-in recorded earlier in the same round. */
export function attachPulse(journal: Journal, personName: string, checkinId: string, pulse: Pulse): Checkin | undefined {
  const checkin = personToWrite(journal, personName).checkins.find((c) => c.id === checkinId);
  if (checkin) checkin.pulse = pulse;
  return checkin;
}

function addSmallerItem(journal: Journal, person: Person, action: Action, part: SmallerItem, today: IsoDate, session?: string): Action {
  const added = addAction(journal, person.name, { goal: action.goal, text: part.text, owner: part.owner ?? action.owner, due: part.due, every: action.every, session }, today);
  return added!; // the goal is the split item's own, so it is in this plan
}

function setStatus(action: Action, status: Status, today: IsoDate, reason?: string): void {
  if (status !== 'open') {
    if (action.status !== status) closeAction(action, status, today, reason);
    else if (reason) action.reason = reason;
    return;
  }
  // A check-in that says "still open" on a closed item reopens it.
  action.status = 'open';
  delete action.closed;
  delete action.reason;
}
