// `grow people`: each person with their open items, the item due next (and why it is due
// for a check-in, when it is), and their last one-on-one.
import { daysBetween, type IsoDate } from '../domain/dates';
import { isMe } from '../domain/journal';
import type { PersonRow } from '../domain/people';
import { messages } from '../messages';
import { dueReasonsText } from './due';
import type { Paint } from './paint';
import { dueText } from './plan';
import { oneLine, safeText } from './text';
import { foldRow } from './wrap';

const m = messages.people;
const INDENT = '  ';

/** `width`: the terminal's, to fold long rows at spaces; none keeps each row on one line. */
export function renderPeople(rows: readonly PersonRow[], today: IsoDate, paint: Paint, width?: number): string {
  const lines = [paint.bold(m.title)];
  for (const row of rows) {
    const me = isMe(row.name) ? ` ${paint.dim(m.me)}` : '';
    lines.push('', `${paint.bold(safeText(row.name))}${me}  ${paint.dim(`· ${m.openItems(row.openItems)}`)}`);
    const label = (word: string) => INDENT + paint.dim(word.padEnd(6));
    if (row.next) {
      const { action, reasons } = row.next;
      const due = dueText(action.due, today);
      // An overdue item says so in words, whether or not it is due for a check-in.
      const overdue = action.due < today ? [paint.red(messages.checkin.overdue(daysBetween(action.due, today)))] : [];
      const others = reasons.filter((r) => r.kind !== 'overdue');
      const facts = [oneLine(action.owner), action.due < today ? paint.red(due) : due, ...overdue, ...(others.length > 0 ? [paint.yellow(dueReasonsText(others))] : [])];
      lines.push(foldRow(`${label(m.next)}${paint.cyan(action.id.padEnd(5))}`, `${oneLine(action.text)}  ${paint.dim('·')} ${facts.join(paint.dim(' · '))}`, width));
    } else lines.push(label(m.next) + paint.dim(m.noNext));
    const last = row.lastSession;
    if (!last) lines.push(label(m.last) + paint.dim(m.noSession));
    else {
      // The next one-on-one agreed in the last: once its day has passed without one, it says so (in red).
      const next = last.next === undefined ? '' : `  ${paint.dim('·')} ${last.next < today ? paint.red(m.nextSessionPast(dueText(last.next, today))) : m.nextSession(dueText(last.next, today))}`;
      lines.push(`${label(m.last)}${paint.cyan(last.id.padEnd(5))}${m.session(dueText(last.on, today), safeText(last.manager))}${next}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
