// The plan as the terminal shows it: the mission statement, goals with their stage and
// progress, and action items (who does what by when), grouped under their goal.
import { daysBetween, type IsoDate } from '../domain/dates';
import type { Action, Goal, MissionVersion, Person } from '../domain/schema';
import { wordDiff, type DiffPart } from '../domain/word-diff';
import { checkin } from '../messages/checkin';
import { plan } from '../messages/plan';
import { longDate, shortDate } from './dates';
import type { Paint } from './paint';
import { oneLine, safeText } from './text';
import { foldRow, wrap } from './wrap';

const m = plan;
const INDENT = '    ';

export function renderMission(mission: MissionVersion, paint: Paint): string {
  return `${wrap(safeText(mission.text), '')}\n${paint.dim(m.missionSince(longDate(mission.since)))}\n`;
}

/**
 * Newest first; the first is the statement in force. With `diff`, each shows the words taken
 * out of the one before it as [-words-] and those put in as {+words+}.
 */
export function renderMissionHistory(newestFirst: readonly MissionVersion[], paint: Paint, diff = false): string {
  const blocks = newestFirst.map((mission, i) => {
    const heading = paint.bold(longDate(mission.since)) + (i === 0 ? `  ${paint.green(m.current)}` : '');
    const older = newestFirst[i + 1];
    const text = diff && older ? diffText(wordDiff(older.text, mission.text), paint) : safeText(mission.text);
    return `${heading}\n${wrap(text, INDENT)}\n`;
  });
  return `${paint.bold(diff ? m.historyDiffTitle : m.historyTitle)}\n\n${blocks.join('\n')}`;
}

function diffText(parts: readonly DiffPart[], paint: Paint): string {
  const shown = { same: (t: string) => t, removed: (t: string) => paint.red(`[-${t}-]`), added: (t: string) => paint.green(`{+${t}+}`) };
  return parts.map((part) => shown[part.kind](safeText(part.text))).join(' ');
}

export interface GoalView {
  goal: Goal;
  stage?: string;
  /** Undefined while the goal has no items that count. */
  progress?: number;
  openItems: number;
}

/** Each goal with its stage, progress and open items, why it matters, and the stages it went through, each from the day it began. */
export function renderGoals(person: string, goals: readonly GoalView[], view: Omit<RowView, 'extras'>): string {
  const { paint, width } = view;
  const lines = [paint.bold(m.goalsTitle(person)), ''];
  for (const { goal, stage, progress, openItems } of goals) {
    const facts = [stage && paint.magenta(oneLine(stage)), progress !== undefined && m.progress(progress), m.openItems(openItems)];
    lines.push(foldRow(paint.cyan(goal.id.padEnd(4)), `${paint.bold(oneLine(goal.title))}  ${paint.dim('·')} ${facts.filter(Boolean).join(paint.dim(' · '))}`, width));
    if (goal.why) lines.push(foldRow(INDENT, paint.dim(m.why(oneLine(goal.why))), width));
    if (goal.stages.length > 0) lines.push(foldRow(INDENT, paint.dim(m.stages(goal.stages.map((s) => m.stageFrom(oneLine(s.name), dueText(s.on, view.today))))), width));
  }
  return `${lines.join('\n')}\n`;
}

export interface ActionGroup {
  goal: Goal;
  actions: readonly Action[];
}

export interface RowView {
  today: IsoDate;
  paint: Paint;
  /** More facts about an item for the end of its row, already worded. */
  extras?: (action: Action) => readonly string[];
  /** The terminal's width, to fold long rows at spaces; none keeps each row on one line. */
  width?: number;
  /** The items each split item became, by its id: it shows as split into them rather than dropped. */
  splits?: ReadonlyMap<string, readonly string[]>;
}

export function renderActions(title: string, groups: readonly ActionGroup[], view: RowView): string {
  const { paint } = view;
  const lines = [paint.bold(title)];
  for (const group of groups) {
    lines.push('', foldRow(paint.cyan(group.goal.id.padEnd(4)), paint.bold(oneLine(group.goal.title)), view.width));
    for (const action of group.actions) lines.push(actionRow(action, view, INDENT));
  }
  return `${lines.join('\n')}\n`;
}

/** Items of several plans (grow action list --mine): under each plan that has any, soonest first. */
export function renderActionsByPlan(title: string, plans: readonly { person: Person; actions: readonly Action[] }[], view: RowView): string {
  const { paint } = view;
  const lines = [paint.bold(title)];
  for (const { person, actions } of plans) {
    if (actions.length === 0) continue;
    lines.push('', paint.bold(m.inPlan(safeText(person.name))));
    for (const action of [...actions].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))) lines.push(actionRow(action, view, INDENT));
  }
  return `${lines.join('\n')}\n`;
}

/** One action item: id, due date, what, then who and how often (and any extras). */
export function actionRow(action: Action, view: RowView, indent = ''): string {
  const { paint, today } = view;
  const open = action.status === 'open';
  const due = `${dueText(action.due, today).padEnd(15)}  `;
  const overdue = open && action.due < today;
  // Said in words, not only in red: without colour (NO_COLOR, a pipe) the words still say it.
  const facts = [...(overdue ? [paint.red(checkin.overdue(daysBetween(action.due, today)))] : []), oneLine(action.owner), m.cadence(action.every)];
  const split = view.splits?.get(action.id);
  if (!open) facts.push(m.closed(split ? m.splitInto(split) : m.status[action.status]!, action.closed ? dueText(action.closed, today) : ''));
  facts.push(...(view.extras?.(action) ?? []));
  const text = open ? oneLine(action.text) : paint.dim(oneLine(action.text));
  const head = `${indent}${paint.cyan(action.id.padEnd(5))}${overdue ? paint.red(due) : due}`;
  return foldRow(head, `${text}  ${paint.dim(`· ${facts.join(' · ')}`)}`, view.width);
}

/** "Fri 4 Dec", with the year when it is not this year's. */
export function dueText(date: IsoDate, today: IsoDate): string {
  return date.slice(0, 4) === today.slice(0, 4) ? shortDate(date) : `${shortDate(date)} ${date.slice(0, 4)}`;
}
