// The guided check-in and the dashboard's offer, typed into a real terminal.
import { describe, expect, it } from 'vitest';
import { journalData } from '../support/journal-data';
import { writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { screenText } from '../../scripts/tour-screen';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow } from './support/pty';

const checkinsIn = (path: string) => journalData(path).people[0]!.checkins;

// On 1 December a1 is overdue, a2 is due in 3 days and a3 has waited 4 weeks.
const TODAY = '2026-12-01';

describe('grow checkin in a terminal', () => {
  it('goes through the due items strengths first; a skipped item and a Ctrl+C keep what was finished', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const grow = startGrow(['checkin'], { journal, today: TODAY });

    await grow.waitFor('What went well since last time?');
    grow.answer('Spoke up in the design review');
    await grow.waitFor(/a1 {2}Outline the talk[^]*How is it going\?/);
    grow.submit(KEY.down); // Done
    await grow.waitFor('What went well?');
    grow.answer('');
    await grow.waitForRefusal('Even something small counts: a step you took, or something you learned.');
    grow.answer('Outlined it on the train');
    await grow.waitFor(/Saved \(c2\)[^]*a2 {2}Rehearse with Sam[^]*How is it going\?/);
    grow.submit(KEY.down.repeat(3)); // Skip it for now

    await grow.waitFor(/a3 {2}Pair with a new hire[^]*How is it going\?/);
    grow.submit(); // Still open
    await grow.waitFor('How far along is it, from 0 to 100?');
    grow.answer('30');
    await grow.waitFor('What went well?');
    grow.write(KEY.ctrlC);

    await grow.waitFor('Stopped. What you finished is saved (1 item); the question you were on is not.');
    expect(await grow.exited).toBe(130);
    expect(grow.text()).not.toContain('You must provide a value');
    expect(checkinsIn(journal)).toEqual([
      { id: 'c1', on: TODAY, well: 'Spoke up in the design review' },
      { id: 'c2', on: TODAY, item: 'a1', status: 'done', progress: 100, well: 'Outlined it on the train' },
    ]);
  });
});

describe('how far along an item is', () => {
  /** Checks in on a1 at a terminal, typing `typed` at the progress question; returns the progress saved and the screen. */
  async function progressTyped(last: number | undefined, typed: string): Promise<{ saved: number; screen: string }> {
    const journal = tempJournal();
    await writePlan(journal);
    if (last !== undefined) await runGrow(['checkin', 'a1', '--status', 'open', '--progress', String(last)], { journal, today: '2026-11-30' });
    const grow = startGrow(['checkin', 'a1'], { journal, today: TODAY });
    await pick(grow, 'How is it going?');
    await grow.waitFor(last === undefined ? 'How far along is it, from 0 to 100?' : `How far along is it, from 0 to 100? (Enter for ${last})`);
    grow.answer(typed);
    await ask(grow, 'What went well?', 'Wrote it down');
    await ask(grow, 'What is in the way?', '');
    await ask(grow, 'Move the due date?', 'n');
    expect(await grow.exited).toBe(0);
    return { saved: checkinsIn(journal).at(-1)!.progress!, screen: await screenText(grow.raw()) };
  }

  it('shows the last value as a default that typing replaces', async () => {
    expect((await progressTyped(1, '0')).saved).toBe(0);
    expect((await progressTyped(50, '60')).saved).toBe(60);
    const kept = await progressTyped(40, '');
    expect(kept.saved).toBe(40);
    expect(kept.screen).toContain('✔ How far along is it, from 0 to 100? 40');
  });

  it('offers no number before the first check-in: the one saved is the one typed', async () => {
    const { saved, screen } = await progressTyped(undefined, '5');
    expect(saved).toBe(5);
    expect(screen).not.toContain('(Enter for');
  });
});

describe('splitting an item whose date has moved three times', () => {
  it('asks who does each smaller item, says what happened, and shows the split in the list and the export', async () => {
    const journal = tempJournal();
    const run = (args: string[], today: string) => runGrow(args, { journal, today });
    await run(['goal', 'add', 'A calm public speaker'], '2026-11-01');
    await run(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', '2026-11-10'], '2026-11-01');
    for (const [on, due] of [['2026-11-10', '2026-11-20'], ['2026-11-20', '2026-11-30'], ['2026-11-30', '2026-12-10']]) {
      await run(['checkin', 'a1', '--status', 'open', '--progress', '10', '--due', due!], on!);
    }
    const grow = startGrow(['checkin', 'a1'], { journal, today: '2026-12-10' });
    await pick(grow, 'How is it going?');
    await ask(grow, 'How far along is it', '');
    await ask(grow, 'What went well?', 'Picked a topic');
    await ask(grow, 'What is in the way?', '');
    await ask(grow, 'Move the due date?', 'y');
    await pick(grow, 'What would help, rather than moving it again?', KEY.down);
    await ask(grow, 'The first smaller item', 'Outline the talk');
    await ask(grow, 'Who will do it? (Enter for me)', '');
    await ask(grow, 'By when?', 'in 3 days');
    await ask(grow, 'Smaller item 2', 'Book a slot at the team meeting');
    await ask(grow, 'Who will do it? (Enter for me)', 'Morgan');
    await ask(grow, 'By when?', 'in 2 weeks');
    await ask(grow, 'Smaller item 3', '');
    await grow.waitFor('a1 is split into a2 and a3; a1 is closed. Saved (c4).');
    expect(await grow.exited).toBe(0);

    const list = (await run(['action', 'list', '--all'], '2026-12-10')).stdout;
    expect(list).toContain('a1   Thu 10 Dec       Give a talk  · me · every week · split into a2, a3 Thu 10 Dec · moved 3 times\n');
    expect(list).toContain('a3   Thu 24 Dec       Book a slot at the team meeting  · Morgan · every week\n');
    expect(list).not.toContain('dropped');
    const exported = (await run(['export'], '2026-12-10')).stdout;
    expect(exported).toContain('| a1 | Give a talk | g1 | me | 2026-12-10 | split into a2, a3 2026-12-10 |');
    expect(exported).toContain('  - Split into a2, a3\n');
  });
});

describe('grow, the dashboard, in a terminal', () => {
  it('offers the check-in when items are due and runs it there and then', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const grow = startGrow([], { journal, today: TODAY });
    await grow.waitFor(/a1 {4}Outline the talk[^]*3 items are due for a check-in\. Check in now\?/);
    grow.submit();
    await grow.waitFor('What went well since last time?');
    grow.answer('');
    await grow.waitFor('How is it going?');
    grow.submit(KEY.down.repeat(4)); // End the round here
    await grow.waitFor('Thank you for taking the time.');
    expect(await grow.exited).toBe(0);
  });

  it('lets the offer be declined', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const grow = startGrow([], { journal, today: TODAY });
    await grow.waitFor('Check in now?');
    grow.answer('n');
    await grow.waitFor('Whenever you are ready: grow checkin');
    expect(await grow.exited).toBe(0);
    expect(checkinsIn(journal)).toEqual([]);
  });

  it('shows the same and offers the same after grow remind, which tells it before reading that it will ask', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const piped = await runGrow([], { journal, today: TODAY });
    expect((await runGrow(['remind'], { journal, today: TODAY })).stdout).toContain('3 check-ins due');
    const grow = startGrow([], { journal, today: TODAY });
    await grow.waitFor('3 items are due for a check-in. Check in now?');
    expect(grow.text().startsWith(piped.stdout.trimEnd())).toBe(true);
    grow.answer('n');
    await grow.waitFor('Whenever you are ready: grow checkin');
    expect(await grow.exited).toBe(0);
  });
});

describe('grow on an empty journal, in a terminal', () => {
  it('shows the welcome a script sees, then offers grow init and starts it there and then', async () => {
    const journal = tempJournal();
    const piped = await runGrow([], { journal });
    const welcome = piped.stdout.slice(0, piped.stdout.indexOf('Start with: grow init'));
    expect(welcome).toContain('grow walks you through what makes you wake up every morning');
    const grow = startGrow([], { journal });
    await grow.waitFor('There is no plan here yet. Write your mission statement and plan now, with grow init?');
    expect(grow.text().startsWith(welcome)).toBe(true);
    grow.submit();
    await grow.waitFor(/In three short parts[^]*Part 1 of 3[^]*What are you planning for yourself/);
    // The welcome just shown is not said again.
    expect(grow.text().split('Welcome to grow.')).toHaveLength(2);
    grow.write(KEY.ctrlC);
    expect(await grow.exited).toBe(130);
  });

  it('says how to start later when the offer is declined', async () => {
    const grow = startGrow([], { journal: tempJournal() });
    await grow.waitFor('with grow init?');
    grow.answer('n');
    await grow.waitFor('Start with: grow init');
    expect(await grow.exited).toBe(0);
  });
});
