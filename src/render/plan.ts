// The plan as the terminal shows it: the mission statement, goals with their stage and
// progress, and action items (who does what by when), grouped under their goal.
import type { IsoDate } from '../domain/dates';
import type { Action, Goal, MissionVersion } from '../domain/schema';
import { messages } from '../messages';
import { longDate, shortDate } from './dates';
import type { Paint } from './paint';
import { safeText } from './text';
import { wrap } from './wrap';

const m = messages.plan;
const INDENT = '    ';

export function renderMission(mission: MissionVersion, paint: Paint): string {
  return `${wrap(safeText(mission.text), '')}\n${paint.dim(m.missionSince(longDate(mission.since)))}\n`;
}

/** Newest first; the first is the statement in force. */
export function renderMissionHistory(newestFirst: readonly MissionVersion[], paint: Paint): string {
  const blocks = newestFirst.map((mission, i) => {
    const heading = paint.bold(longDate(mission.since)) + (i === 0 ? `  ${paint.green(m.current)}` : '');
    return `${heading}\n${wrap(safeText(mission.text), INDENT)}\n`;
  });
  return `${paint.bold(m.historyTitle)}\n\n${blocks.join('\n')}`;
}

export interface GoalView {
  goal: Goal;
  stage?: string;
  /** Undefined while the goal has no items that count. */
  progress?: number;
  openItems: number;
}

export function renderGoals(person: string, goals: readonly GoalView[], paint: Paint): string {
  const lines = [paint.bold(m.goalsTitle(person)), ''];
  for (const view of goals) {
    const facts = [view.stage && paint.magenta(safeText(view.stage)), view.progress !== undefined && m.progress(view.progress), m.openItems(view.openItems)];
    lines.push(`${paint.cyan(view.goal.id.padEnd(4))}${paint.bold(safeText(view.goal.title))}  ${paint.dim('·')} ${facts.filter(Boolean).join(paint.dim(' · '))}`);
    if (view.goal.why) lines.push(INDENT + paint.dim(m.why(safeText(view.goal.why))));
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
}

export function renderActions(title: string, groups: readonly ActionGroup[], view: RowView): string {
  const { paint } = view;
  const lines = [paint.bold(title)];
  for (const group of groups) {
    lines.push('', `${paint.cyan(group.goal.id.padEnd(4))}${paint.bold(safeText(group.goal.title))}`);
    for (const action of group.actions) lines.push(INDENT + actionRow(action, view));
  }
  return `${lines.join('\n')}\n`;
}

/** One action item on one line: id, due date, what, then who and how often (and any extras). */
export function actionRow(action: Action, view: RowView): string {
  const { paint, today } = view;
  const open = action.status === 'open';
  const due = `${dueText(action.due, today).padEnd(15)}  `;
  const facts = [safeText(action.owner), m.cadence(action.every)];
  if (!open) facts.push(m.closed(m.status[action.status]!, action.closed ? dueText(action.closed, today) : ''));
  facts.push(...(view.extras?.(action) ?? []));
  const text = open ? safeText(action.text) : paint.dim(safeText(action.text));
  return `${paint.cyan(action.id.padEnd(5))}${open && action.due < today ? paint.red(due) : due}${text}  ${paint.dim(`· ${facts.join(' · ')}`)}`;
}

/** "Fri 4 Dec", with the year when it is not this year's. */
export function dueText(date: IsoDate, today: IsoDate): string {
  return date.slice(0, 4) === today.slice(0, 4) ? shortDate(date) : `${shortDate(date)} ${date.slice(0, 4)}`;
}
