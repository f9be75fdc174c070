// grow action add|list|done|drop: action items, who does what by when. Every item names its
// goal, an owner and a due date from today on; scripts get exit 2 and an example otherwise.
import type { Context } from '../context';
import { isOwners } from '../domain/commitments';
import { compareDates } from '../domain/dates';
import { isMe, personToRead, personToWrite } from '../domain/journal';
import { movesOfItems, splitsOf } from '../domain/checkins';
import { dueItems } from '../domain/due';
import { addAction, closeAction } from '../domain/plan';
import type { Action, Person } from '../domain/schema';
import { UsageError } from '../errors';
import { checkin } from '../messages/checkin';
import { dashboard } from '../messages/dashboard';
import { plan as m } from '../messages/plan';
import { longDate } from '../render/dates';
import { dueReasonsText } from '../render/due';
import { renderActions, renderActionsByPlan, type ActionGroup } from '../render/plan';
import { unreadCheckinsWith } from '../store/checkins-with';
import { limitText, parseDateFlag, printJson, type Flags } from './shared/options';
import { readCadence, readOwner } from './shared/plan-values';
import { actionById, goalById, refuseIfClosed } from './shared/plan-lookup';

export interface ActionAddOptions {
  goal?: string;
  due?: string;
  owner?: string;
  every?: string;
}

export async function addActionCommand(ctx: Context, words: string[], options: Flags<ActionAddOptions>): Promise<void> {
  const text = limitText('The action item', words.join(' ').trim());
  if (text === '') throw new UsageError(m.actionEmpty);
  if (options.goal === undefined) throw new UsageError(m.missingGoal);
  if (options.due === undefined) throw new UsageError(m.missingDue);
  const today = ctx.clock.today();
  const due = await parseDateFlag('--due', options.due, today, 'future', '--due "next friday"', ctx.env);
  if (due < today) throw new UsageError(m.pastDue(longDate(due)));
  const every = options.every === undefined ? undefined : readCadence(options.every);
  const owner = options.owner === undefined ? undefined : readOwner(options.owner);
  const goalId = options.goal;

  const action = await ctx.store.update((journal) => {
    const goal = goalById(journal, personToWrite(journal, ctx.person), { value: goalId, flag: '--goal', example: '--goal g1' });
    return addAction(journal, ctx.person, { goal: goal.id, text, due, owner, every }, today)!;
  });
  if (ctx.json) printJson(ctx, action);
  else ctx.out.write(ctx.out.isTTY ? `${m.actionAdded(action.id, longDate(action.due))}\n` : `${action.id}\n`);
}

export interface ActionListOptions {
  all?: boolean;
  /** Only the items due for a check-in, each with the reasons why. */
  due?: boolean;
  /** The journal owner's items, in their own plan and in everyone else's. */
  mine?: boolean;
  /** Only the items whose due date falls on or before this date, in words or ISO. */
  before?: string;
}

export async function listActions(ctx: Context, options: Flags<ActionListOptions>): Promise<void> {
  if (options.all && options.due) throw new UsageError(checkin.allOrDue);
  if (options.before !== undefined && options.due) throw new UsageError(m.dueOrBefore);
  if (options.mine && !isMe(ctx.person)) throw new UsageError(m.mineNotPerson);
  const today = ctx.clock.today();
  const before = options.before === undefined ? undefined : await parseDateFlag('--before', options.before, today, 'future', '--before "end of next week"', ctx.env);
  const journal = await ctx.store.read();
  const all = options.all ?? false;
  // The plans to look in, and in each which items count: with --mine, the owner's in every plan.
  const plans = options.mine
    ? journal.people.map((person) => ({ person, counts: (a: Action) => isOwners(journal, a.owner) }))
    : [{ person: personToRead(journal, ctx.person), counts: () => true }];
  const reasons = new Map(options.due ? plans.flatMap(({ person }) => dueItems(person, today).map((item) => [item.action.id, item.reasons] as const)) : []);
  const wanted = (a: Action) => (options.due ? reasons.has(a.id) : (all || a.status === 'open') && (before === undefined || a.due <= before));
  const shown = plans.map(({ person, counts }) => ({ person, actions: person.actions.filter((a) => counts(a) && wanted(a)) }));
  // The check-ins that moved, renegotiated or split an item: all that moves and splits are counted from.
  const changes = new Map(shown.map(({ person }) => [person, { checkins: unreadCheckinsWith(person, ['moved', 'renegotiated', 'split']) ?? person.checkins }]));
  const moves = new Map(shown.flatMap(({ person, actions }) => {
    const ofItems = movesOfItems(changes.get(person)!);
    return actions.map((a) => [a.id, ofItems.get(a.id) ?? 0] as const);
  }));
  const found = shown.flatMap(({ person, actions }) => actions.map((a) => ({ ...a, ...(options.mine && { person: person.name }), moves: moves.get(a.id)!, ...(options.due && { reasons: reasons.get(a.id) }) })));
  if (ctx.json) return printJson(ctx, found);
  if (found.length === 0) return ctx.out.write(`${nothingShown(shown[0]!.person, options, before && longDate(before), journal.owner !== undefined)}\n`);
  const extras = (a: Action) => {
    // The row says when an item is overdue; the other reasons are said here.
    const others = options.due ? reasons.get(a.id)!.filter((r) => r.kind !== 'overdue') : [];
    const facts = others.length > 0 ? [dueReasonsText(others)] : [];
    if (moves.get(a.id)! > 0) facts.push(checkin.moves(moves.get(a.id)!));
    return facts;
  };
  const view = { today, paint: ctx.paint, extras, width: ctx.out.columns, splits: new Map(shown.flatMap(({ person }) => [...splitsOf(changes.get(person)!)])) };
  const date = before && longDate(before);
  if (options.mine) return ctx.out.write(renderActionsByPlan(options.due ? dashboard.due : m.mineTitle(all, date), shown, view));
  const title = options.due ? dashboard.due : date !== undefined ? m.actionsBefore(all, date) : m.actionsTitle(all);
  ctx.out.write(renderActions(title, groupByGoal(shown[0]!.person, shown[0]!.actions), view));
}

/** What an empty list says: nothing due, nothing of yours, or nothing in the plan (by the date). */
function nothingShown(person: Person, options: ActionListOptions, before: string | undefined, ownerKnown: boolean): string {
  if (options.due) return checkin.nothingDue;
  if (options.mine) return `${m.noneMine(before)}${ownerKnown ? '' : `\n${m.ownerUnknown}`}`;
  if (person.actions.length === 0) return m.noActionsAtAll(person.name);
  return before !== undefined ? m.nothingBefore(before) : m.noActions(person.name);
}

export interface ActionDropOptions {
  reason?: string;
}

export async function closeActionCommand(ctx: Context, id: string, status: 'done' | 'dropped', options: Flags<ActionDropOptions> = {}): Promise<void> {
  const example = `grow action ${status === 'done' ? 'done' : 'drop'} a1`;
  const reason = limitText('--reason', options.reason?.trim()) || undefined;
  const { action, already } = await ctx.store.update((journal) => {
    const action = actionById(journal, personToWrite(journal, ctx.person), { value: id, example });
    // Done twice is done (a script may run again); done and then dropped is refused.
    if (action.status === status) return { action, already: true };
    refuseIfClosed(action);
    closeAction(action, status, ctx.clock.today(), reason);
    return { action, already: false };
  });
  if (ctx.json) printJson(ctx, action);
  else ctx.out.write(`${already ? m.alreadyClosed(action.id, m.status[status]!, action.closed && longDate(action.closed)) : m.actionClosed(action.id, status)}\n`);
}

/** Goals in the plan's order, each with its items soonest first. */
function groupByGoal(person: Person, actions: readonly Action[]): ActionGroup[] {
  const soonestFirst = [...actions].sort((a, b) => compareDates(a.due, b.due));
  return person.goals
    .map((goal) => ({ goal, actions: soonestFirst.filter((a) => a.goal === goal.id) }))
    .filter((group) => group.actions.length > 0);
}
