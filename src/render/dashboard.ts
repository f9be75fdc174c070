// The dashboard: the mission, each goal with its stage and a progress bar, the items due
// for a check-in (overdue ones marked, with how long), the last check-in and the pulse.
import type { Overview } from '../domain/overview';
import { dashboard } from '../messages/dashboard';
import { longDate, shortDate } from './dates';
import { dueReasonText } from './due';
import type { Paint } from './paint';
import { pulseRows } from './pulse';
import { progressBar } from './sparkline';
import { safeText } from './text';
import { TEXT_WIDTH as PARAGRAPH_WIDTH, wrap } from './wrap';

const m = dashboard;
/** The column of a goal's title or an item's text: this wide where there is room, narrower in a narrow terminal. */
const TEXT_WIDTH = 36;
const NARROWEST = 12;
/** More than this many due items are counted rather than listed: it is a glance. */
const DUE_SHOWN = 10;

/** `width`: the terminal's; none (not a terminal) keeps each row on one line. */
export function renderDashboard(view: Overview, paint: Paint, width?: number): string {
  if (view.empty) return `${renderWelcome(width)}\n${paint.bold(m.start(view.person))}\n`;
  const rows = width ?? Infinity;
  const sections = [paint.bold(m.title(view.person)), mission(view, paint, width ?? PARAGRAPH_WIDTH), goals(view, paint, rows), due(view, paint, rows), ...promised(view, paint, rows), ...meetings(view, paint), footer(view, paint)];
  return `${sections.join('\n\n')}\n`;
}

/** What an empty journal shows first, at a terminal or not. */
export function renderWelcome(width = PARAGRAPH_WIDTH): string {
  return `${m.welcome.map((paragraph) => wrap(paragraph, '', '', Math.min(width, PARAGRAPH_WIDTH))).join('\n\n')}\n`;
}

function mission(view: Overview, paint: Paint, width: number): string {
  if (!view.mission) return `${paint.bold(m.mission)}\n${indent(paint.dim(m.noMission(safeText(view.person))))}`;
  // Folded here rather than by the terminal, which would break it mid-word; each line
  // painted on its own so that no colour runs on past a line's end.
  const lines = wrap(safeText(view.mission.text), '  ', '  ', Math.min(width, PARAGRAPH_WIDTH)).split('\n');
  return `${paint.bold(m.mission)}\n${lines.map((line) => (line === '' ? '' : `  ${paint.italic(line.slice(2))}`)).join('\n')}`;
}

function goals(view: Overview, paint: Paint, width: number): string {
  if (view.goals.length === 0) return `${paint.bold(m.goals(safeText(view.person)))}\n${indent(paint.dim(m.noGoals(safeText(view.person))))}`;
  const stageWidth = Math.max(0, ...view.goals.map((g) => g.stage?.length ?? 0));
  const rows = view.goals.map((goal) => {
    const progress = goal.progress === undefined ? paint.dim(m.noItems) : `${paint.green(progressBar(goal.progress))} ${String(goal.progress).padStart(3)}%`;
    const stage = (goal.stage ?? '').padEnd(stageWidth);
    // Indent, id, stage and the bar of 10 with its percentage, and the spaces between them.
    const room = width - 2 - 4 - 2 - (stageWidth > 0 ? stageWidth + 2 : 0) - 2 - 15;
    return [paint.cyan(goal.id.padEnd(4)), fit(goal.title, room), stageWidth > 0 ? paint.magenta(safeText(stage)) : '', progress].filter(Boolean).join('  ');
  });
  return `${paint.bold(m.goals(safeText(view.person)))}\n${rows.map(indent).join('\n')}`;
}

function due(view: Overview, paint: Paint, width: number): string {
  if (view.due.length === 0) return `${paint.bold(m.due)}\n${indent(paint.dim(m.nothingDue))}`;
  const shown = view.due.slice(0, DUE_SHOWN);
  // Someone else's item in this plan (the manager's, in a report's) says whose it is.
  const ownerWidth = Math.max(0, ...shown.map((item) => (item.owner === undefined ? 0 : safeText(item.owner).length + 2)));
  const rows = shown.map((item) => {
    // The first reason is the most pressing; `grow action list --due` shows them all.
    const why = dueReasonText(item.reasons[0]!);
    const owner = ownerWidth === 0 ? '' : `${paint.dim(safeText(item.owner ?? '').padEnd(ownerWidth - 2))}  `;
    return `${paint.cyan(item.id.padEnd(4))}  ${fit(item.text, width - 2 - 4 - 2 - 2 - ownerWidth - why.length)}  ${owner}${item.overdueDays > 0 ? paint.red(why) : paint.yellow(why)}`;
  });
  if (view.due.length > DUE_SHOWN) rows.push(paint.dim(m.moreDue(view.due.length - DUE_SHOWN)));
  return `${paint.bold(m.due)}\n${rows.map(indent).join('\n')}`;
}

/** What the owner promised in other people's plans and is due: shown only when there is some. */
function promised(view: Overview, paint: Paint, width: number): string[] {
  if (view.promised.length === 0) return [];
  const rows = view.promised.slice(0, DUE_SHOWN).map((item) => {
    const why = dueReasonText(item.reasons[0]!);
    const where = m.inPlanOf(safeText(item.person));
    return `${paint.cyan(item.id.padEnd(4))}  ${fit(item.text, width - 2 - 4 - 2 - 2 - where.length - 2 - why.length)}  ${paint.dim(where)}  ${item.overdueDays > 0 ? paint.red(why) : paint.yellow(why)}`;
  });
  if (view.promised.length > DUE_SHOWN) rows.push(paint.dim(m.morePromised(view.promised.length - DUE_SHOWN)));
  return [`${paint.bold(m.promised)}\n${rows.map(indent).join('\n')}`];
}

/** The next one-on-one agreed with each person: shown only when one was agreed. */
function meetings(view: Overview, paint: Paint): string[] {
  if (view.meetings.length === 0) return [];
  const withWidth = Math.max(...view.meetings.map((meeting) => m.meetingWith(safeText(meeting.with)).length));
  const dateWidth = Math.max(...view.meetings.map((meeting) => shortDate(meeting.on).length));
  const rows = view.meetings.map((meeting) => {
    const when = m.meetingWhen(meeting.days);
    return `${m.meetingWith(safeText(meeting.with)).padEnd(withWidth)}  ${shortDate(meeting.on).padEnd(dateWidth)}  ${meeting.days < 0 ? paint.red(when) : meeting.days === 0 ? paint.yellow(when) : paint.dim(when)}`;
  });
  return [`${paint.bold(m.meetings(view.meetings.length))}\n${rows.map(indent).join('\n')}`];
}

function footer(view: Overview, paint: Paint): string {
  const last = view.lastCheckin ? m.daysAgo(longDate(view.lastCheckin.on), view.lastCheckin.daysAgo) : paint.dim(m.never);
  const lines = [`${paint.bold(m.lastCheckin)}  ${last}`];
  if (view.pulse) lines.push('', paint.bold(m.pulse(longDate(view.pulse.since))), ...pulseRows(view.pulse.periods, view.pulse.latest, paint).map(indent));
  return lines.join('\n');
}

/** User text cut to one column's width, so the rows line up. */
function fit(text: string, room: number): string {
  const columnWidth = Math.min(TEXT_WIDTH, Math.max(NARROWEST, room));
  const safe = safeText(text).replace(/\s+/g, ' ');
  return safe.length <= columnWidth ? safe.padEnd(columnWidth) : `${safe.slice(0, columnWidth - 1)}…`;
}

function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}
