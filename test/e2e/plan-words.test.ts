// What the plan's screens say in words, for a reader without colour and for a manager looking
// at someone else's plan.
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { startGrow } from './support/pty';

describe('an overdue item, without colour', () => {
  async function overduePlan(): Promise<string> {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker'], { journal, today: '2026-11-01' });
    await runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', '2026-11-02'], { journal, today: '2026-11-01' });
    await runGrow(['action', 'add', 'Find a course', '--goal', 'g1', '--due', '2027-01-15'], { journal, today: '2026-11-01' });
    return journal;
  }

  it('says it in words in grow action list, piped or at a terminal with NO_COLOR', async () => {
    const journal = await overduePlan();
    const piped = await runGrow(['action', 'list'], { journal, today: '2026-12-07' });
    expect(piped.stdout).toContain('    a1   Mon 2 Nov        Give a talk  · overdue by 5 weeks · me · every week\n');
    expect(piped.stdout).toContain('    a2   Fri 15 Jan 2027  Find a course  · me · every week\n');
    const grow = startGrow(['action', 'list'], { journal, today: '2026-12-07', env: { NO_COLOR: '1' } });
    expect(await grow.exited).toBe(0);
    expect(grow.text()).toContain('Give a talk  · overdue by 5 weeks · me · every week');
  });

  it('is said once in grow action list --due, and in grow people', async () => {
    const journal = await overduePlan();
    const due = await runGrow(['action', 'list', '--due'], { journal, today: '2026-12-07' });
    expect(due.stdout).toContain('Give a talk  · overdue by 5 weeks · me · every week · no check-in since it was added 5 weeks ago\n');
    const people = await runGrow(['people'], { journal, today: '2026-12-07' });
    expect(people.stdout).toContain('Give a talk  · me · Mon 2 Nov · overdue by 5 weeks · no check-in since it was added 5 weeks ago');
  });
});

describe("someone else's plan", () => {
  it('is spoken of in the third person on the dashboard', async () => {
    const journal = tempJournal();
    await runGrow(['people', 'add', 'Priya'], { journal });
    await runGrow(['mission', 'set', '--person', 'Priya', 'I wake up to make hard things simple.'], { journal });
    const grow = startGrow(['--person', 'Priya'], { journal, env: { NO_COLOR: '1' } });
    await grow.waitFor('Who Priya is becoming');
    await grow.waitFor('No goals yet: grow goal add --person "Priya" "who Priya wants to become"');
    expect(await grow.exited).toBe(0);
    expect(grow.text()).not.toContain('Who you are becoming');
    await runGrow(['mission', 'set', 'I wake up to help people grow.'], { journal });
    expect((await runGrow([], { journal })).stdout).toContain('Who you are becoming');
  });
});

describe('what falls due by a date', () => {
  it('grow action list --before lists the open items due on or before a day given in words, soonest first', async () => {
    const journal = tempJournal();
    const today = '2026-12-07'; // a Monday
    const run = (args: string[]) => runGrow(args, { journal, today });
    await run(['goal', 'add', 'A calm public speaker']);
    await run(['action', 'add', 'Give the talk', '--goal', 'g1', '--due', 'end of next week']);
    await run(['action', 'add', 'Outline the talk', '--goal', 'g1', '--due', 'friday']);
    await run(['action', 'add', 'Book a course', '--goal', 'g1', '--due', 'end of march']);
    await run(['action', 'add', 'Ask Sam for a slot', '--goal', 'g1', '--due', 'tomorrow']);
    await run(['action', 'done', 'a4']);

    const week = await run(['action', 'list', '--before', 'end of next week']);
    expect(week.stdout).toBe(
      'Open action items due by Friday 18 December 2026\n\ng1  A calm public speaker\n    a2   Fri 11 Dec       Outline the talk  · me · every week\n    a1   Fri 18 Dec       Give the talk  · me · every week\n',
    );
    const all = await run(['action', 'list', '--before', '2026-12-11', '--all', '--json']);
    expect(JSON.parse(all.stdout).map((a: { id: string }) => a.id)).toEqual(['a2', 'a4']);
    expect((await run(['action', 'list', '--before', 'yesterday'])).stdout).toBe('Nothing falls due by Sunday 6 December 2026.\n');
  });

  it('is told apart from --due in --help, and the two are not taken together', async () => {
    const journal = tempJournal();
    const help = await runGrow(['action', 'list', '--help'], { journal });
    expect(help.stdout).toContain('--before <date>');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('--due and --before answer different questions. --due: which items want a check-in now');
    const both = await runGrow(['action', 'list', '--due', '--before', 'friday'], { journal });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Choose --due or --before, not both');
    const bad = await runGrow(['action', 'list', '--before', 'someday'], { journal });
    expect(bad).toMatchObject({ code: 2, stderr: 'grow: --before: could not read "someday" as a date. For example: --before "end of next week"\n' });
  });
});
