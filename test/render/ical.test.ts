import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/domain/journal';
import { EXPORTERS } from '../../src/render/exports';
import { isEmptyCalendar, renderICalendar } from '../../src/render/ical';
import { exportInput } from '../support/export-input';
import { HOSTILE } from '../support/hostile';
import { journalOf } from '../support/hostile-journal';
import { richJournal } from '../support/rich-journal';

function todos(text: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vtodo');
}

const value = (component: ICAL.Component, name: string) => String(component.getFirstPropertyValue(name));

describe('the iCalendar export', () => {
  const ics = renderICalendar(exportInput(richJournal(), { allPeople: true }));

  it('has one to-do per action item, with its due date, owner and goal', () => {
    const found = todos(ics);
    expect(found.map((t) => value(t, 'summary'))).toEqual([
      'Give a lightning talk at the local meetup',
      'Record myself rehearsing, twice',
      'Publish one post a month',
      'Start a newsletter',
      'Shadow two incidents',
      'Find an incident-command course',
    ]);
    const [a1] = found;
    expect(value(a1!, 'due')).toBe('2026-11-30');
    expect(a1!.getFirstPropertyValue('due')).toMatchObject({ isDate: true });
    expect(value(a1!, 'dtstart')).toBe('2026-09-01');
    expect(value(a1!, 'x-grow-owner')).toBe('me');
    expect(value(a1!, 'x-grow-goal')).toBe('g1 Someone who speaks at conferences with ease');
    expect(value(a1!, 'description')).toBe('Owner: me\nGoal: g1 Someone who speaks at conferences with ease\nCheck in every 2 weeks');
    expect(value(found[5]!, 'x-grow-owner')).toBe('Morgan');
  });

  it('reminds a day before the due date while an item is open', () => {
    const [a1, a2, a3, a4] = todos(ics);
    const alarm = a1!.getFirstSubcomponent('valarm')!;
    expect(value(alarm, 'action')).toBe('DISPLAY');
    expect(value(alarm, 'trigger')).toBe('-P1D');
    expect(alarm.getFirstProperty('trigger')!.getParameter('related')).toBe('END');
    expect(value(alarm, 'description')).toBe('Due tomorrow: Give a lightning talk at the local meetup');
    expect(a3!.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(a2!.getFirstSubcomponent('valarm')).toBeNull();
    expect(a4!.getFirstSubcomponent('valarm')).toBeNull();
  });

  it('marks done items COMPLETED, dropped ones CANCELLED, and open ones by progress', () => {
    const [a1, a2, a3, a4] = todos(ics);
    expect([a1, a2, a3, a4].map((t) => value(t!, 'status'))).toEqual(['IN-PROCESS', 'COMPLETED', 'IN-PROCESS', 'CANCELLED']);
    expect(value(a2!, 'completed')).toBe('2026-10-18T12:00:00Z');
    expect([a1, a2, a3, a4].map((t) => t!.getFirstPropertyValue('percent-complete'))).toEqual([60, 100, 50, 0]);
  });

  it('keeps the same UIDs from one export to the next, and different ones for different items', () => {
    const uids = todos(ics).map((t) => value(t, 'uid'));
    expect(new Set(uids).size).toBe(uids.length);
    const later = renderICalendar(exportInput(richJournal(), { allPeople: true, today: '2027-01-10' }));
    expect(todos(later).map((t) => value(t, 'uid'))).toEqual(uids);
    expect(uids[0]).toMatch(/^a1-[0-9a-f]{12}@grow$/);
  });

  it('follows RFC 5545: CRLF line ends, lines folded at 75 octets, text escaped', () => {
    const journal = journalOf(HOSTILE);
    const text = renderICalendar(exportInput(journal));
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\n\r]/);
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Parsed back, every summary is the text typed, control characters made visible.
    const visible = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(todos(text).map((t) => value(t, 'summary'))).toEqual(HOSTILE.map(visible));
  });

  it('names the calendar after the plan', () => {
    const calendar = new ICAL.Component(ICAL.parse(renderICalendar(exportInput(richJournal(), { person: 'Sam' }))));
    expect(value(calendar, 'x-wr-calname')).toBe('Sam: development plan');
    expect(value(calendar, 'prodid')).toBe('-//grow//development plan//EN');
  });

  it('is written only when it has a to-do: RFC 5545 wants a calendar to hold at least one component', () => {
    const journal = emptyJournal();
    journal.people.push({ name: 'me', missions: [{ text: 'A mission.', since: '2026-11-01' }], reflections: [], goals: [{ id: 'g1', title: 'Calm', stages: [], created: '2026-11-01' }], actions: [], checkins: [], notes: [], sessions: [], drafts: [] });
    const ics = EXPORTERS.find((e) => e.format === 'ics')!;
    expect(ics.isEmpty).toBe(isEmptyCalendar);
    expect(isEmptyCalendar(exportInput(journal))).toBe(true);
    expect(EXPORTERS.filter((e) => e.isEmpty?.(exportInput(journal))).map((e) => e.format)).toEqual(['ics']);

    journal.people[0]!.actions.push({ id: 'a1', goal: 'g1', text: 'Breathe', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-11-01' });
    expect(isEmptyCalendar(exportInput(journal))).toBe(false);
    const calendar = new ICAL.Component(ICAL.parse(renderICalendar(exportInput(journal))));
    expect(calendar.getAllSubcomponents().map((c) => c.name)).toEqual(['vtodo']);
    // Every plan in the test journals that has items gives at least one component.
    for (const person of ['me', 'Sam']) expect(todos(renderICalendar(exportInput(richJournal(), { person }))).length).toBeGreaterThan(0);
  });
});
