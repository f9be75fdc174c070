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
