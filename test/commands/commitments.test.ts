// What the journal's owner promised in other people's plans, and the next one-on-one agreed
// with each: grow action list --mine (and --before), the dashboard, grow remind, grow people
// and the iCalendar export. A manager, Alex, with two reports; and a report's own journal.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/commands/action';
import { dashboard } from '../../src/commands/dashboard';
import { exportPlan } from '../../src/commands/export';
import { listPeople } from '../../src/commands/people';
import { remind } from '../../src/commands/remind';
import { personToWrite } from '../../src/domain/journal';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal } from '../../src/domain/plan';
import type { Journal } from '../../src/domain/schema';
import { applySession, emptySessionAnswers } from '../../src/domain/session';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';
import { tempJournal } from '../support/temp';

const TODAY = '2026-12-08';

/**
 * Alex's journal: his own plan, and two reports. In Priya's, Alex promised a budget (due in
 * 3 days) and the next one-on-one is today; in Sam's, an item typed as "me" (Alex) is overdue.
 */
function managersJournal(journal: Journal): void {
  buildPlan(journal);
  journal.owner = 'Alex';
  for (const name of ['Priya', 'Sam']) addPerson(journal, name);
  const mentor = addGoal(journal, 'Priya', { title: 'A mentor people seek out' }, '2026-11-24');
  addAction(journal, 'Priya', { goal: mentor.id, text: 'Ask two teammates', due: '2026-12-22' }, '2026-11-24');
  addAction(journal, 'Priya', { goal: mentor.id, text: 'Find a budget for the workshop', owner: 'Alex', due: '2026-12-11', every: '2w' }, '2026-11-24');
  applySession(journal, 'Priya', emptySessionAnswers('Alex'), '2026-11-24');
  const calm = addGoal(journal, 'Sam', { title: 'A steady incident lead' }, '2026-11-01');
  addAction(journal, 'Sam', { goal: calm.id, text: 'Book the incident course', owner: 'me', due: '2026-12-01', every: '4w' }, '2026-11-01');
}

async function journalWith(build: (journal: Journal) => void): Promise<string> {
  const path = tempJournal();
  await testContext({ journal: path, today: '2026-11-24' }).store.update(build);
  return path;
}

const at = (journal: string, options: TestContextOptions = {}) => testContext({ journal, today: TODAY, ...options });

async function reminded(journal: string, today: string, person?: string) {
  const said = { out: '', err: '' };
  await remind({ journal, person }, { GROW_TODAY: today }, { out: (t) => (said.out += t), err: (t) => (said.err += t) });
  return said;
}

describe("the owner's commitments in other people's plans", () => {
  it('grow action list --mine: your items in every plan, under each plan, soonest first; --before a date', async () => {
    const journal = await journalWith(managersJournal);
    const mine = at(journal);
    await listActions(mine, { mine: true });
    expect(mine.out.text).toBe(
      [
        'Your open action items, in every plan',
        '',
        'In your plan',
        '    a1   Fri 20 Nov       Outline the talk  · overdue by 2 weeks · me · every week',
        '    a2   Fri 4 Dec        Rehearse with Sam  · overdue by 4 days · me · every 4 weeks',
        '    a3   Sun 20 Dec       Pair with a new hire  · me · every 2 weeks',
        '',
        "In Priya's plan",
        '    a5   Fri 11 Dec       Find a budget for the workshop  · Alex · every 2 weeks',
        '',
        "In Sam's plan",
        '    a6   Tue 1 Dec        Book the incident course  · overdue by 7 days · me · every 4 weeks',
        '',
      ].join('\n'),
    );
    const before = at(journal, { json: true });
    await listActions(before, { mine: true, before: '2026-12-15' });
    expect(JSON.parse(before.out.text).map((a: { id: string; person: string }) => `${a.person} ${a.id}`)).toEqual(['me a1', 'me a2', 'Priya a5', 'Sam a6']);
    expect(await exitCodeOf(listActions(at(journal, { person: 'Priya' }), { mine: true }), '--mine lists your own items, in every plan: leave out --person.')).toBe(2);
  });

  it('refuses --before with --due, or a date it cannot read, with exit 2; fails with exit 1 on a journal it cannot read', async () => {
    const journal = await journalWith(managersJournal);
    expect(await exitCodeOf(listActions(at(journal), { mine: true, due: true, before: 'friday' }), /^Choose --due or --before, not both/)).toBe(2);
    expect(await exitCodeOf(listActions(at(journal), { mine: true, before: 'the blue moon' }), /^--before: /)).toBe(2);
    expect(await exitCodeOf(listActions(at(journal), { before: '2026-02-30' }), /^--before: /)).toBe(2);
    expect(await exitCodeOf(listActions(damaged(), { mine: true }), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(listActions(damaged(), { before: '2026-12-15' }), 'is not valid JSON')).toBe(1);
  });

  it('does not count the manager’s items in a report’s own plan as hers, and says how grow learns a name', async () => {
    const journal = await journalWith((j) => {
      const goal = addGoal(j, 'me', { title: 'A mentor people seek out' }, '2026-11-24');
      addAction(j, 'me', { goal: goal.id, text: 'Find a budget for the workshop', owner: 'Alex', due: '2026-12-11' }, '2026-11-24');
    });
    const hers = at(journal);
    await listActions(hers, { mine: true });
    expect(hers.out.text).toBe(
      "You have no open action items, in your plan or anyone else's.\nItems count as yours when their owner is \"me\" or your name, which grow learns at your first one-on-one (grow session).\n",
    );
  });

  it('a report’s dashboard names whose an item due is when it is not hers, and a manager’s view of her plan too', async () => {
    const journal = await journalWith((j) => {
      j.owner = 'Priya';
      const goal = addGoal(j, 'me', { title: 'A mentor people seek out' }, '2026-11-24');
      addAction(j, 'me', { goal: goal.id, text: 'Ask two teammates', due: '2026-12-09' }, '2026-11-24');
      addAction(j, 'me', { goal: goal.id, text: 'Find a budget for the workshop', owner: 'Alex', due: '2026-12-10' }, '2026-11-24');
      addAction(j, 'me', { goal: goal.id, text: 'Pair with a new hire', owner: 'Priya', due: '2026-12-11' }, '2026-11-24');
    });
    const hers = at(journal, { json: false });
    await dashboard(hers);
    expect(hers.out.text).toMatch(/^Your plan\n/);
    expect(hers.out.text).toContain(
      [
        'Due for a check-in',
        '  a1    Ask two teammates                           due in 1 day',
        '  a2    Find a budget for the workshop        Alex  due in 2 days',
        '  a3    Pair with a new hire                        due in 3 days',
      ].join('\n'),
    );
    const managers = at(await journalWith(managersJournal), { person: 'Priya' });
    await dashboard(managers);
    expect(managers.out.text).toMatch(/^Priya's plan\n/);
    expect(managers.out.text).toContain('  a5    Find a budget for the workshop        Alex  due in 3 days\n');
  });

  it('the dashboard shows what is due of them, with whose plan it is in', async () => {
    const ctx = at(await journalWith(managersJournal));
    await dashboard(ctx);
    expect(ctx.out.text).toContain("What you promised others\n  a6    Book the incident course              Sam's plan  overdue by 7 days\n  a5    Find a budget for the workshop        Priya's plan  due in 3 days\n");
    // A report's dashboard has none of this.
    const priyas = at(ctx.store.path, { person: 'Priya' });
    await dashboard(priyas);
    expect(priyas.out.text).not.toContain('What you promised others');
  });

  it('the dashboard shows the next one-on-one agreed with each, even when the owner’s own plan is empty', async () => {
    const journal = await journalWith((j) => {
      j.owner = 'Alex';
      for (const name of ['Priya', 'Sam', 'Ada']) addPerson(j, name);
      applySession(j, 'Priya', emptySessionAnswers('Alex'), '2026-11-24');
      applySession(j, 'Sam', emptySessionAnswers('Alex'), '2026-11-30');
    });
    const mine = at(journal);
    await dashboard(mine);
    expect(mine.out.text).toMatch(/^Your plan\n/);
    expect(mine.out.text).toContain('Next one-on-ones\n  with Priya  Tue 8 Dec   today\n  with Sam    Mon 14 Dec  in 6 days\n');
    const later = testContext({ journal, today: '2026-12-10', person: 'Priya' });
    await dashboard(later);
    expect(later.out.text).toContain('Next one-on-one\n  with Priya  Tue 8 Dec  was due 2 days ago\n');
    const adas = at(journal, { person: 'Ada' });
    await dashboard(adas);
    expect(adas.out.text).not.toContain('one-on-one');
  });

  it('grow remind counts them, and names a one-on-one whose day has come', async () => {
    const journal = await journalWith(managersJournal);
    expect(await reminded(journal, TODAY)).toEqual({
      out: '3 check-ins due, 2 overdue - run grow checkin; 2 items you promised others are due, 1 overdue - grow action list --mine; one-on-one with Priya is due today\n',
      err: '',
    });
    // Her plan's items, Alex's among them, and her one-on-one.
    expect((await reminded(journal, '2026-12-11', 'Priya')).out).toBe('2 check-ins due - run grow checkin; one-on-one with Priya was due 3 days ago\n');
    expect((await reminded(journal, TODAY, 'Sam')).out).toBe('1 check-in due, 1 overdue - run grow checkin\n');
    expect((await reminded(journal, '2026-11-25', 'Priya')).out).toBe('');
  });

  it('grow people shows the next one-on-one, and says so once its day has passed', async () => {
    const journal = await journalWith(managersJournal);
    const today = at(journal);
    await listPeople(today);
    expect(today.out.text).toContain('last  s1   one-on-one on Tue 24 Nov with Alex  · next one-on-one Tue 8 Dec');
    const later = testContext({ journal, today: '2026-12-10' });
    await listPeople(later);
    expect(later.out.text).toContain('· next one-on-one was due Tue 8 Dec');
  });

  it('the calendar of your own plan holds them as to-dos, and each next one-on-one as an event', async () => {
    const ctx = at(await journalWith(managersJournal));
    await exportPlan(ctx, { format: 'ics' });
    const calendar = new ICAL.Component(ICAL.parse(ctx.out.text));
    const todos = calendar.getAllSubcomponents('vtodo').map((t) => String(t.getFirstPropertyValue('summary')));
    expect(todos).toEqual(['Outline the talk', 'Rehearse with Sam', 'Pair with a new hire', 'Find a budget for the workshop', 'Book the incident course']);
    const budget = calendar.getAllSubcomponents('vtodo')[3]!;
    expect(String(budget.getFirstPropertyValue('description'))).toMatch(/^Owner: Alex\n[\s\S]*\nIn Priya's plan$/);
    const [meeting] = calendar.getAllSubcomponents('vevent');
    expect(String(meeting!.getFirstPropertyValue('summary'))).toBe('One-on-one with Priya');
    expect(String(meeting!.getFirstPropertyValue('dtstart'))).toBe('2026-12-08');
    expect(meeting!.getFirstSubcomponent('valarm')).not.toBeNull();

    // Priya's calendar, exported from Alex's journal: her items and her one-on-one, none of his others.
    const hers = at(ctx.store.path, { person: 'Priya' });
    await exportPlan(hers, { format: 'ics' });
    const herCalendar = new ICAL.Component(ICAL.parse(hers.out.text));
    expect(herCalendar.getAllSubcomponents('vtodo')).toHaveLength(2);
    expect(herCalendar.getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')))).toEqual(['One-on-one with Priya']);
  });

  it('in a report’s own journal, the one-on-one is with her manager', async () => {
    const journal = await journalWith((j) => {
      j.owner = 'Priya';
      j.manager = 'Alex';
      personToWrite(j, 'me');
      applySession(j, 'me', emptySessionAnswers('Alex'), '2026-11-24', 'Priya');
    });
    expect((await reminded(journal, TODAY)).out).toBe('one-on-one with Alex is due today\n');
    const hers = at(journal);
    await dashboard(hers);
    expect(hers.out.text).toContain('Next one-on-one\n  with Alex  Tue 8 Dec  today\n');
    const ctx = at(journal);
    await exportPlan(ctx, { format: 'ics' });
    expect(ctx.out.text).toContain('SUMMARY:One-on-one with Alex');
  });
});
