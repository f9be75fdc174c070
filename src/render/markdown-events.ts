// What happened, in the markdown export: check-ins by item (newest first), the pulse per
// month, one-on-ones with their parts, and journal notes (newest first).
import type { ExportedPerson } from '../domain/export-view';
import { isMe } from '../domain/journal';
import { filterNotes } from '../domain/notes';
import { newestFirst } from '../domain/progress';
import { pulseByMonth } from '../domain/pulse-months';
import { agreedIn } from '../domain/session-view';
import type { Checkin, Person, Session } from '../domain/schema';
import { SESSION_PARTS } from '../domain/vocabulary';
import { messages } from '../messages';
import { longDate, monthYear } from './dates';
import { dateTimeText } from './format';
import { editedWhen } from './notes';
import { privateMark, section, type Blocks, type Layout } from './markdown-layout';
import { blockText, heading, table, wrapLine } from './markdown-text';

const m = messages.exportDocument;

/** The sections a block at a time: years of check-ins and notes are written as they are made. */
export function* eventSections({ person }: ExportedPerson, layout: Layout): Generator<string[]> {
  const reviewed = groupBy(person.checkins, (c) => (c.item === undefined ? undefined : c.session));
  const byItem = groupBy(person.checkins, (c) => c.item);
  yield* section(layout, m.sections.checkins, checkinBlocks(person, byItem, layout));
  yield* section(layout, m.sections.pulse, pulseBlocks(person));
  yield* section(layout, m.sections.sessions, (function* () {
    for (const session of person.sessions.toReversed()) yield* sessionBlocks(person, session, layout, reviewed.get(session.id) ?? [], byItem);
  })());
  yield* section(layout, m.sections.notes, (function* () {
    for (const note of filterNotes(person.notes, {})) yield noteItem(note);
  })());
}

function groupBy<T>(records: readonly T[], key: (record: T) => string | undefined): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>();
  for (const record of records) {
    const group = groups.get(key(record));
    if (group) group.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}

function* checkinBlocks(person: Person, byItem: Map<string | undefined, Checkin[]>, layout: Layout): Generator<string[]> {
  for (const action of person.actions) {
    const checkins = byItem.get(action.id);
    // Item ids are unique in the journal, so these headings never repeat.
    if (checkins) yield* [[heading(layout.level + 1, `${action.id}: ${action.text}`)], checkinList(checkins)];
  }
  const overall = byItem.get(undefined);
  if (overall) yield* section(layout, m.overall, [checkinList(overall)], layout.level + 1);
}

/** Newest first. Built into one array: a journal of years holds tens of thousands of check-ins. */
function checkinList(checkins: Checkin[]): string[] {
  const lines: string[] = [];
  const typed = (text: string) => lines.push(...blockText(text, '  - ', '    '));
  // Lines grow writes itself (dates, numbers, ids) need no escaping.
  const own = (text: string) => lines.push(`  - ${text}`);
  for (const checkin of newestFirst(checkins)) {
    lines.push(`- ${m.checkinLine(checkin.on, checkin.status, checkin.progress)}`);
    if (checkin.well) typed(m.well(checkin.well));
    if (checkin.blocker) typed(m.blocker(checkin.blocker));
    if (checkin.moved) own(m.moved(checkin.moved.from, checkin.moved.to));
    if (checkin.split) own(m.split(checkin.split));
    if (checkin.pulse) own(m.pulse(checkin.pulse.autonomy, checkin.pulse.mastery, checkin.pulse.purpose));
    if (checkin.session) own(m.inSession(checkin.session));
  }
  return lines;
}

function pulseBlocks(person: Person): Blocks {
  const months = pulseByMonth(person.checkins);
  if (months.length === 0) return [];
  const score = (n: number) => n.toFixed(1);
  return [table(m.pulseColumns, months.map((p) => [monthYear(`${p.month}-01`), score(p.autonomy), score(p.mastery), score(p.purpose), String(p.count)]))];
}

function sessionBlocks(person: Person, session: Session, layout: Layout, reviewed: Checkin[], byItem: Map<string | undefined, Checkin[]>): Blocks {
  // In one's own plan ("My development plan"), the report is oneself.
  const who = (speaker: 'manager' | 'report') => (speaker === 'manager' ? session.manager : isMe(person.name) ? m.myself : person.name);
  const labelled = (label: string, items: string[][]): Blocks => (items.length === 0 ? [] : [[`${label}:`], items.flat()]);
  const blocks: Blocks = [[heading(layout.level + 1, m.session(session.id, longDate(session.on), session.manager))]];
  for (const part of SESSION_PARTS) {
    const notes = session.notes.filter((n) => n.part === part);
    blocks.push(...labelled(m.parts[part]!, notes.map((n) => blockText(`${privateMark(n)}${m.said(who(n.speaker), n.topic)}: ${n.text}`, '- ', '  '))));
  }
  blocks.push(...labelled(m.reviewed, reviewed.map((c) => blockText(`${c.item}: ${m.checkinLine(c.on, c.status, c.progress)}`, '- ', '  '))));
  // As agreed that day; the plan above shows where each item stands now.
  const agreed = agreedIn(person, session, (item) => byItem.get(item) ?? []);
  blocks.push(...labelled(m.agreed, agreed.map(({ action, agreed }) => blockText(m.agreedItem(action.id, agreed.text, agreed.owner, agreed.due), '- ', '  '))));
  blocks.push(...labelled(m.parked, session.parked.map((p) => blockText(`${who(p.speaker)}: ${p.text}`, '- ', '  '))));
  if (session.next) blocks.push([m.next(longDate(session.next))]);
  return blocks;
}

function noteItem(note: Person['notes'][number]): string[] {
  const tags = note.tags.map((tag) => ` \`#${tag}\``).join('');
  // Tags can only hold letters, digits, - and _, so they are safe in code spans.
  const edited = editedWhen(note);
  const header = `${m.noteHeader(dateTimeText(new Date(note.at)), note.id)}${tags}${note.private ? ` ${m.privateMark}` : ''}${edited ? ` (${edited})` : ''}`;
  return [...wrapLine(header, '- ', '  '), '', ...blockText(note.text, '  ', '  ')];
}
