// The iCalendar export (RFC 5545): one to-do per action item, due on its date, with a
// reminder the day before while it is open (on the owner's own calendar, also the items they
// promised in other people's plans), and an event for each next one-on-one agreed. UIDs stay the same from one export to the
// next, so importing again updates the to-dos instead of adding them twice.
import { createHash } from 'node:crypto';
import type { NextMeeting } from '../domain/commitments';
import { addDaysTo } from '../domain/dates';
import type { ExportedPerson } from '../domain/export-view';
import { findGoal } from '../domain/plan';
import { itemProgress, latestCheckins } from '../domain/progress';
import type { Action, Person } from '../domain/schema';
import { messages } from '../messages';
import type { ExportInput } from './exports';
import { safeText } from './text';

const m = messages.exportDocument;
const MAX_OCTETS = 75;

/** RFC 5545 wants at least one component in a calendar: a to-do or a one-on-one. */
export function isEmptyCalendar(input: ExportInput): boolean {
  return [...input.people].every((exported) => exported.person.actions.length === 0) && (input.promised ?? []).length === 0 && (input.meetings ?? []).length === 0;
}

export function renderICalendar(input: ExportInput): string {
  const people = [...input.people];
  const name = input.allPeople ? m.calendarAllName : m.calendarName(people[0]!.person.name);
  const stamp = `${compact(input.today)}T000000Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//grow//development plan//EN', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${text(name)}`];
  for (const { person, latest } of people) {
    for (const action of person.actions) lines.push(...todo(person, latest, action, stamp));
  }
  // What the owner promised in other people's plans, as to-dos of their own calendar.
  for (const { person, action } of input.promised ?? []) lines.push(...todo(person, latestCheckins(person), action, stamp, m.calendarPromised(person.name)));
  for (const meeting of input.meetings ?? []) lines.push(...event(meeting, stamp));
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** The next one-on-one, as an event of the whole day agreed, with a reminder that morning. */
function event(meeting: NextMeeting, stamp: string): string[] {
  const hash = createHash('sha256').update(`${meeting.person.toLowerCase()}\nnext\n${meeting.on}`).digest('hex').slice(0, 12);
  const summary = m.calendarMeeting(meeting.with);
  return [
    'BEGIN:VEVENT',
    `UID:one-on-one-${hash}@grow`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${compact(meeting.on)}`,
    `DTEND;VALUE=DATE:${compact(addDaysTo(meeting.on, 1))}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(m.calendarMeetingDescription(meeting.with))}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(summary)}`,
    'TRIGGER;RELATED=START:PT9H',
    'END:VALARM',
    'END:VEVENT',
  ];
}

/** `where`: for an item of someone else's plan, whose plan it is in. */
function todo(person: Person, latest: ExportedPerson['latest'], action: Action, stamp: string, where?: string): string[] {
  const goal = findGoal(person, action.goal);
  const goalText = goal ? `${goal.id} ${goal.title}` : action.goal;
  const progress = itemProgress(action, latest);
  const lines = ['BEGIN:VTODO', `UID:${uid(person, action)}`, `DTSTAMP:${stamp}`];
  // A to-do's start must come before its due date.
  if (action.created < action.due) lines.push(`DTSTART;VALUE=DATE:${compact(action.created)}`);
  lines.push(
    `DUE;VALUE=DATE:${compact(action.due)}`,
    `SUMMARY:${text(action.text)}`,
    `DESCRIPTION:${text(`${m.calendarDescription(action.owner, goalText, messages.plan.cadence(action.every))}${where === undefined ? '' : `\n${where}`}`)}`,
    `STATUS:${status(action, progress)}`,
    `PERCENT-COMPLETE:${progress}`,
  );
  // COMPLETED is a time in UTC; noon keeps the calendar day in every time zone near it.
  if (action.status === 'done' && action.closed) lines.push(`COMPLETED:${compact(action.closed)}T120000Z`);
  lines.push(`X-GROW-OWNER:${text(action.owner)}`, `X-GROW-GOAL:${text(goalText)}`);
  if (action.status === 'open') {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${text(m.calendarAlarm(action.text))}`, 'TRIGGER;RELATED=END:-P1D', 'END:VALARM');
  }
  lines.push('END:VTODO');
  return lines;
}

function status(action: Action, progress: number): string {
  if (action.status === 'done') return 'COMPLETED';
  if (action.status === 'dropped') return 'CANCELLED';
  return progress > 0 ? 'IN-PROCESS' : 'NEEDS-ACTION';
}

/** The same person, item and day of creation always give the same UID. */
function uid(person: Person, action: Action): string {
  const hash = createHash('sha256').update(`${person.name.toLowerCase()}\n${action.id}\n${action.created}`).digest('hex').slice(0, 12);
  return `${action.id}-${hash}@grow`;
}

const compact = (date: string) => date.replaceAll('-', '');

/** A TEXT value: backslash, semicolon, comma and new lines escaped; control characters made visible. */
function text(value: string): string {
  return safeText(value.replace(/\r\n?/g, '\n'))
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

/** Lines longer than 75 octets go on over lines that start with a space, never inside a character. */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= MAX_OCTETS) return line;
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (octets + size > MAX_OCTETS) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}
