// A one-on-one as the closing summary shows it, and `grow sessions show` again later: what
// each person said in each part (the manager in yellow, the report in magenta, as during
// the session), the items reviewed and agreed with their owners and dates (as agreed that
// day, with a word on what changed since), the parking lot, and the next one-on-one.
import type { IsoDate } from '../domain/dates';
import type { Action, SessionNote } from '../domain/schema';
import { isMe } from '../domain/journal';
import type { AgreedView, SessionView } from '../domain/session-view';
import type { Speaker } from '../domain/vocabulary';
import { messages } from '../messages';
import { longDate } from './dates';
import type { Paint } from './paint';
import { dueText } from './plan';
import { oneLine, safeText } from './text';
import { wrap } from './wrap';

const m = messages.sessionSummary;
const s = messages.session;
/** Labels sit at LABEL; what they label, one step in at TEXT; an item's details at DETAIL. */
const LABEL = '  ';
const TEXT = '    ';
const DETAIL = '        ';

export function renderSessionSummary(view: SessionView, today: IsoDate, paint: Paint): string {
  const { session } = view;
  const sameDay = session.on === today;
  const report = safeText(view.report ?? m.you);
  const who = (speaker: Speaker) => {
    const name = speaker === 'manager' ? safeText(session.manager) : report;
    return paint.bold(speaker === 'manager' ? paint.yellow(name) : paint.magenta(name));
  };
  const privately = (note: { private?: boolean }) => (note.private ? `  ${paint.dim(s.privateMark)}` : '');
  const said = (note: SessionNote) => {
    const topic = m.topics[note.topic] ?? note.topic;
    return [`${LABEL}${who(note.speaker)} ${paint.dim(topic)}${privately(note)}`, wrap(safeText(note.text), TEXT)];
  };
  const notesOf = (part: string) => session.notes.filter((n) => n.part === part);
  const item = (action: Action, details: string[], text = action.text) => [`${TEXT}${paint.cyan(action.id.padEnd(4))}${oneLine(text)}`, wrap(details.join(' · '), DETAIL)];

  // In one's own plan the one-on-one was with one's manager.
  const withWhom = view.own ? session.manager : view.person;
  const lines = [paint.bold(m.title(safeText(withWhom), longDate(session.on), session.id)), paint.dim(m.people(safeText(session.manager), report))];

  lines.push('', paint.bold(s.openingHeading));
  if (view.reviewed.length > 0) lines.push(LABEL + paint.dim(m.reviewed));
  for (const { checkin, action } of view.reviewed) {
    const details = [ownerName(view, action.owner), checkin.split ? messages.plan.splitInto(checkin.split) : m.status[checkin.status ?? 'open']!];
    if (checkin.status === 'open') details.push(messages.plan.progress(checkin.progress!));
    if (checkin.moved) details.push(m.nowDue(dueText(checkin.moved.to, today)));
    if (checkin.well) details.push(m.well(safeText(checkin.well)));
    if (checkin.blocker) details.push(m.blocker(safeText(checkin.blocker)));
    if (checkin.status === 'dropped' && action.reason) details.push(m.reason(safeText(action.reason)));
    lines.push(...item(action, details));
  }
  const strengths = notesOf('opening').filter((n) => n.topic === 'strength');
  if (strengths.length > 0) lines.push(LABEL + paint.dim(m.strengths(safeText(session.manager))));
  for (const note of strengths) lines.push(wrap(safeText(note.text), `${TEXT}  `, `${TEXT}- `) + privately(note));
  for (const note of notesOf('opening').filter((n) => n.topic !== 'strength')) lines.push(...said(note));

  lines.push('', paint.bold(s.partHeading(1, s.parts.yourself)), ...notesOf('yourself').flatMap(said));
  lines.push('', paint.bold(s.partHeading(2, s.parts.dreams)), ...notesOf('dreams').flatMap(said));
  if (view.mission) lines.push(LABEL + paint.dim(m.mission(view.mission.written, sameDay)), wrap(`"${safeText(view.mission.version.text)}"`, TEXT));

  lines.push('', paint.bold(s.partHeading(3, s.parts.plan)), ...notesOf('plan').flatMap(said));
  lines.push(LABEL + paint.dim(view.agreed.length > 0 ? m.agreed : m.noItems));
  for (const agreed of view.agreed) lines.push(...item(agreed.action, agreedDetails(view, agreed, today), agreed.agreed.text));

  if (session.parked.length > 0) {
    lines.push('', paint.bold(m.parkingLot));
    for (const note of session.parked) lines.push(wrap(`${note.speaker === 'manager' ? safeText(session.manager) : report}: ${safeText(note.text)}`, `${LABEL}  `, `${LABEL}- `));
  }
  // Right after the session the date is a suggestion; later on, simply the date suggested.
  if (session.next) lines.push('', paint.bold(sameDay ? m.next(longDate(session.next)) : m.nextOn(longDate(session.next))));
  return `${lines.join('\n')}\n`;
}

/** What was agreed that day, and in a few words what has happened to it since. */
function agreedDetails(view: SessionView, { action, goal, agreed }: AgreedView, today: IsoDate): string[] {
  const details = [ownerName(view, agreed.owner), dueText(agreed.due, today)];
  if (action.status === 'open' && action.due !== agreed.due) details.push(m.nowDue(dueText(action.due, today)));
  if (action.status !== 'open') details.push(m.closedSince(action.status, action.closed ? dueText(action.closed, today) : ''));
  if (action.text !== agreed.text) details.push(m.nowReads(safeText(action.text)));
  details.push(m.forGoal(safeText(goal)));
  return details;
}

/** An item's owner as the two who met would say it: "me" is the journal's owner, the report in their own plan. */
function ownerName(view: SessionView, owner: string): string {
  if (!isMe(owner)) return safeText(owner);
  return safeText(view.own ? (view.report ?? m.you) : view.session.manager);
}
