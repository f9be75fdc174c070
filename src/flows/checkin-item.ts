// The questions about one action item in a check-in: its status, then (strengths first)
// progress and what went well, what is in the way, and whether to move its due date. The
// answers are saved in one write as soon as the last one is given, so an item is either
// saved whole or not at all.
import { knownProgress, movesSinceRenegotiation, needsRenegotiation, recordCheckin, type ItemCheckin } from '../domain/checkins';
import type { DateOrder, IsoDate } from '../domain/dates';
import { isOverdue, type DueReason } from '../domain/due';
import { isMe, sameName } from '../domain/journal';
import { findGoal } from '../domain/plan';
import type { Action, Checkin, Journal, Person } from '../domain/schema';
import { messages } from '../messages';
import { longDate } from '../render/dates';
import { dueReasonsText } from '../render/due';
import { oneLine } from '../render/text';
import { askDueDate } from './ask-date';
import { askProgress } from './ask-progress';
import { rethinkItem } from './checkin-rethink';
import type { Prompter } from './prompter';

const m = messages.checkin;

/** Runs one change to the journal in its own locked write and returns what the change returned. */
export type Save = <T>(change: (journal: Journal) => T) => Promise<T>;

export interface ItemCheckinContext {
  /** The plan as read when the round began. */
  person: Person;
  today: IsoDate;
  /** Which comes first in a date in numbers, from the person's locale. */
  order?: DateOrder;
  save: Save;
}

export type ItemOutcome = { kind: 'saved'; checkin: Checkin } | { kind: 'skipped' } | { kind: 'end' };

type StatusAnswer = ItemCheckin['status'] | 'skip' | 'end';

export async function checkInOnItem(prompter: Prompter, ctx: ItemCheckinContext, action: Action, reasons: readonly DueReason[]): Promise<ItemOutcome> {
  introduce(prompter, ctx.person, action, reasons);
  const status = await prompter.choose<StatusAnswer>({
    message: m.status,
    choices: (['open', 'done', 'dropped', 'skip', 'end'] as const).map((value) => ({ value, name: m.statusChoices[value] })),
    default: 'open',
  });
  if (status === 'skip') return { kind: 'skipped' };
  if (status === 'end') return { kind: 'end' };

  const answer: ItemCheckin = { item: action.id, status };
  if (status === 'open') answer.progress = await askProgress(prompter, knownProgress(ctx.person, action.id));
  answer.well = await prompter.text({ message: m.well, required: m.wellRequired });
  if (status === 'open') {
    answer.blocker = await prompter.text({ message: m.blocker });
    Object.assign(answer, await askAboutDueDate(prompter, ctx, action, reasons));
  } else if (status === 'dropped') {
    answer.reason = await prompter.text({ message: m.dropReason });
  }

  const checkin = await ctx.save((journal) => recordCheckin(journal, ctx.person.name, answer, ctx.today));
  prompter.say(checkin.split ? m.splitSaved(action.id, checkin.split, checkin.id) : m.saved(checkin.id));
  return { kind: 'saved', checkin };
}

function introduce(prompter: Prompter, person: Person, action: Action, reasons: readonly DueReason[]): void {
  const goal = findGoal(person, action.goal);
  const lines = [`\n${m.itemHeading(action.id, oneLine(action.text))}`];
  if (goal) lines.push(`  ${m.itemGoal(oneLine(goal.title))}`);
  // Someone else's item in this plan (her manager's, in her own) says whose it is.
  if (!isMe(action.owner) && !sameName(action.owner, person.name)) lines.push(`  ${m.itemOwner(oneLine(action.owner))}`);
  if (reasons.length > 0) lines.push(`  ${dueReasonsText(reasons)}`);
  prompter.say(lines.join('\n'));
}

/** Whether to move the due date; an item moved three times is rethought instead. */
async function askAboutDueDate(prompter: Prompter, ctx: ItemCheckinContext, action: Action, reasons: readonly DueReason[]): Promise<Partial<ItemCheckin>> {
  if (!(await prompter.confirm({ message: m.moveDue(longDate(action.due)), default: isOverdue(reasons) }))) return {};
  if (needsRenegotiation(ctx.person, action.id)) {
    return rethinkItem(prompter, { action, today: ctx.today, order: ctx.order, moves: movesSinceRenegotiation(ctx.person, action.id) });
  }
  return { due: await askDueDate(prompter, { message: m.newDue, today: ctx.today, order: ctx.order }) };
}
