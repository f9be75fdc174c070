// A one-on-one as the closing summary shows it, and `grow sessions show` again later: what
// each person said in each part (the manager in cyan, the report in magenta, as during the
// session), the items reviewed and agreed with their owners and dates, the parking lot, and
// the next one-on-one.
import type { IsoDate } from '../domain/dates';
import type { SessionNote } from '../domain/schema';
import type { SessionView } from '../domain/session-view';
import type { Speaker } from '../domain/vocabulary';
import { messages } from '../messages';
import { longDate } from './dates';
import type { Paint } from './paint';
import { dueText } from './plan';
import { safeText } from './text';
import { wrap } from './wrap';

const m = messages.sessionSummary;
const s = messages.session;
const INDENT = '  ';
const TEXT = '      ';

export function renderSessionSummary(view: SessionView, today: IsoDate, paint: Paint): string {
  const { session } = view;
  const name = (speaker: Speaker) => {
    const text = safeText(speaker === 'manager' ? session.manager : view.person);
    return paint.bold(speaker === 'manager' ? paint.cyan(text) : paint.magenta(text));
  };
  const noteLines = (note: SessionNote) => {
    const topic = m.topics[note.topic];
    const label = `${name(note.speaker)}${topic ? paint.dim(` ${topic}`) : ''}${note.private ? `  ${paint.yellow(s.privateMark)}` : ''}`;
    return [INDENT + label, wrap(safeText(note.text), TEXT)];
  };
  const notesOf = (part: string) => session.notes.filter((n) => n.part === part);

  const lines = [paint.bold(m.title(safeText(view.person), longDate(session.on), session.id)), paint.dim(m.people(safeText(session.manager), safeText(view.person)))];

  lines.push('', paint.bold(s.openingHeading));
  if (view.reviewed.length > 0) {
    lines.push(INDENT + paint.dim(m.reviewed));
    for (const { checkin, action } of view.reviewed) {
      lines.push(`${INDENT}${paint.cyan(action.id.padEnd(4))}${safeText(action.text)}`);
      const facts = [m.status[checkin.status ?? 'open']!];
      if (checkin.moved) facts.push(m.nowDue(dueText(checkin.moved.to, today)));
      if (checkin.well) facts.push(m.well(safeText(checkin.well)));
      if (checkin.blocker) facts.push(m.blocker(safeText(checkin.blocker)));
      if (action.reason && checkin.status === 'dropped') facts.push(m.reason(safeText(action.reason)));
      lines.push(wrap(facts.join(' · '), TEXT));
    }
  }
  const strengths = notesOf('opening').filter((n) => n.topic === 'strength');
  if (strengths.length > 0) {
    lines.push(INDENT + paint.dim(m.strengths(safeText(session.manager))));
    for (const note of strengths) lines.push(wrap(safeText(note.text), `${INDENT}    `, `${INDENT}  - `) + (note.private ? `  ${paint.yellow(s.privateMark)}` : ''));
  }
  for (const note of notesOf('opening').filter((n) => n.topic !== 'strength')) lines.push(...noteLines(note));

  lines.push('', paint.bold(s.partHeading(1, s.parts.yourself)));
  for (const note of notesOf('yourself')) lines.push(...noteLines(note));

  lines.push('', paint.bold(s.partHeading(2, s.parts.dreams)));
  for (const note of notesOf('dreams')) lines.push(...noteLines(note));
  if (view.mission) lines.push(INDENT + paint.dim(m.mission(view.mission.written)), wrap(`"${safeText(view.mission.version.text)}"`, TEXT));

  lines.push('', paint.bold(s.partHeading(3, s.parts.plan)));
  for (const note of notesOf('plan')) lines.push(...noteLines(note));
  if (view.agreed.length === 0) lines.push(INDENT + paint.dim(m.noItems));
  for (const { action, goal } of view.agreed) {
    const facts = [safeText(action.owner), dueText(action.due, today), m.forGoal(safeText(goal))];
    lines.push(`${INDENT}${paint.cyan(action.id.padEnd(4))}${safeText(action.text)}`, `${TEXT}${paint.dim(facts.join(' · '))}`);
  }

  if (session.parked.length > 0) {
    lines.push('', paint.bold(m.parkingLot));
    for (const note of session.parked) lines.push(wrap(`${safeText(note.speaker === 'manager' ? session.manager : view.person)}: ${safeText(note.text)}`, `${INDENT}    `, `${INDENT}  - `));
  }
  // Right after the session it is a suggestion; later on, simply the date that was suggested.
  if (session.next) lines.push('', paint.bold(session.on === today ? m.next(longDate(session.next)) : m.nextOn(longDate(session.next))));
  return `${lines.join('\n')}\n`;
}
