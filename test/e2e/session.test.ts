import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow, type PtySession } from './support/pty';

async function json(journal: string, args: string[], today = '2026-12-09'): Promise<unknown> {
  const result = await runGrow([...args, '--json'], { journal, today });
  expect(result.code, args.join(' ')).toBe(0);
  return JSON.parse(result.stdout);
}

/** Parts 1 to 3 and the closing question, for a report with no goals or mission yet. */
async function firstSessionParts(session: PtySession): Promise<void> {
  await ask(session, 'Alex › A plan, a goal or a failure of your own', 'I failed my first marathon: I started too fast.');
  await ask(session, 'Sam › And you, Sam', 'Finishing the sprint tickets before the release');
  await ask(session, 'Park it in the parking lot', 'y');
  await ask(session, 'Sam › And for you, personally?', 'A half marathon in spring, paced this time');
  // A skill in the work's own words is not project talk: no nudge, straight on to part 2.
  await ask(session, 'Sam › What would you like to get better at?', 'Estimating work, and code reviews that teach');
  await ask(session, 'Alex › Something you love doing', 'Baking bread with my kids');
  await ask(session, 'Sam › What do you love doing', 'Pairing on hard bugs');
  await ask(session, 'Sam › If the next few years', 'Leading a small team');
  await ask(session, 'Sam › What makes you want to get up', 'Seeing people grow');
  await pick(session, 'Sam › What would you like to do with it?');
  await ask(session, 'Sam › Who do you want to become?', 'A mentor people seek out');
  // As grow init does, where Sam is on that path: learning.
  await pick(session, 'Sam › Where are you on that path today?', KEY.up.repeat(5));
  await ask(session, 'Sam and Alex › Towards "A mentor people seek out"', 'Ask two teammates how my reviews feel');
  await ask(session, 'Who will do it? (Enter for Sam)', '');
  await ask(session, 'By when?', 'in 2 weeks');
  await pick(session, 'How often would you like to check in on it?');
  await pick(session, 'Is that right, and is that all?', KEY.down);
  await pick(session, 'Which goal is it for?');
  await ask(session, 'Towards "A mentor people seek out"', 'Find a feedback workshop for Sam');
  await ask(session, 'Who will do it?', 'Alex');
  await ask(session, 'By when?', 'end of december');
  await pick(session, 'How often would you like to check in on it?', KEY.down);
  await pick(session, 'Is that right, and is that all?');
  await pick(session, 'Keep any of these private?');
}

describe('grow session in a terminal', () => {
  it('runs two one-on-ones in a row: the second reviews the first’s items and carries one over, through a Ctrl+C and a resume', async () => {
    const journal = tempJournal();
    expect((await runGrow(['people', 'add', 'Sam'], { journal })).code).toBe(0);

    const first = startGrow(['session', '--person', 'Sam', '--manager', 'Alex'], { journal, today: '2026-11-25' });
    await ask(first, 'Sam and Alex › Is this a good time to talk', 'y');
    await ask(first, 'Alex › One thing Sam is doing well:', 'Explains hard things simply');
    await ask(first, 'Alex › A second thing:', '');
    await first.waitForRefusal('One more, please: the session moves on after two.');
    first.answer('Calm when the pager goes off');
    await ask(first, 'Alex › A third', '');
    await firstSessionParts(first);
    await first.waitFor('Saved as s1. Thank you both.');
    expect(await first.exited).toBe(0);
    // Only questions are waited for (nothing is printed after them until someone types); the rest is read here.
    expect(first.text()).toContain('That sounds like project talk ("sprint", "tickets"); this time is about Sam.');
    expect(first.text().match(/That sounds like project talk/g)).toHaveLength(1);
    // Enter took the owner offered, and the answered line names them.
    expect(first.text()).toContain('✔ Sam and Alex › Who will do it? Sam\n');
    const summary = first.text().slice(first.text().lastIndexOf('One-on-one with Sam · Wednesday 25 November 2026 · s1'));
    expect(summary).toContain('Strengths, named by Alex\n    - Explains hard things simply\n    - Calm when the pager goes off');
    expect(summary).toContain('    a1  Ask two teammates how my reviews feel\n        Sam · Wed 9 Dec · for: A mentor people seek out');
    expect(summary).toContain('    a2  Find a feedback workshop for Sam\n        Alex · Thu 31 Dec · for: A mentor people seek out');
    expect(summary).toContain('Parking lot (for another meeting)\n  - Sam: Finishing the sprint tickets before the release');
    expect(summary).toContain('Next one-on-one: Wednesday 9 December 2026, in two weeks.');

    expect(await json(journal, ['action', 'list', '--person', 'Sam'])).toMatchObject([
      { id: 'a1', owner: 'Sam', due: '2026-12-09', every: '1w', session: 's1' },
      { id: 'a2', owner: 'Alex', due: '2026-12-31', every: '2w', session: 's1' },
    ]);
    expect(JSON.parse(readFileSync(journal, 'utf8')).owner).toBe('Alex');
    expect(await json(journal, ['goal', 'list', '--person', 'Sam'])).toMatchObject([{ title: 'A mentor people seek out', stage: 'learning', stages: [{ name: 'learning', on: '2026-11-25' }] }]);

    // Two weeks later: the manager's name is remembered; the review comes first.
    const second = startGrow(['session', '--person', 'Sam'], { journal, today: '2026-12-09' });
    await ask(second, 'Is this a good time to talk', 'y');
    await pick(second, 'Sam and Alex › How is it going?', KEY.down);
    await ask(second, 'Sam › What went well with it?', 'Both answered; one said my reviews read like a lecture');
    await pick(second, 'Sam and Alex › How is it going?');
    // Nobody has said how far along it is: the owner is asked, and no number is offered.
    await ask(second, 'Alex › How far along is it, from 0 to 100?', '50');
    await ask(second, 'Alex › What went well with it?', '');
    await ask(second, 'Alex › What is in the way?', 'The December dates are full');
    await ask(second, 'Give it a new due date?', 'y');
    await ask(second, 'New due date:', 'end of january');
    await ask(second, 'Alex › One thing Sam is doing well:', 'Asked for feedback without being asked');
    await second.waitFor('Alex › A second thing:');
    second.write(KEY.ctrlC);
    expect(await second.exited).toBe(130);
    expect(second.text()).toContain('Parked on Wednesday 25 November 2026, for another meeting (take what still matters there):\n  - Sam: Finishing the sprint tickets before the release\n');
    expect(second.text()).toContain('First, the items from the last one-on-one (Wednesday 25 November 2026).');
    expect(second.text()).toContain('the one-on-one so far is kept as a draft.\nTo pick up where you left off: grow session --person "Sam"');
    expect(await json(journal, ['sessions'])).toHaveLength(1);

    const resumed = startGrow(['session', '--person', 'Sam'], { journal, today: '2026-12-09' });
    await ask(resumed, 'Is this a good time to talk', 'y');
    await pick(resumed, 'stopped partway');
    await ask(resumed, 'Alex › A second thing:', 'Turned the lecture comment into a question');
    await ask(resumed, 'Alex › A third', '');
    await ask(resumed, 'Alex › A plan, a goal or a failure of your own', 'My own manager says I interrupt; I am practising waiting.');
    await ask(resumed, 'Sam › And you, Sam', 'I ran 15 km without stopping');
    await ask(resumed, 'Sam › What would you like to get better at?', 'Listening without planning my answer');
    await ask(resumed, 'Alex › Something you love doing', '');
    await ask(resumed, 'Sam › What do you love doing', 'Teaching');
    await ask(resumed, 'Sam › If the next few years', '');
    // Asked again although a statement is saved, with what Sam said last time as the default.
    await ask(resumed, 'Sam › What makes you want to get up in the morning and enjoy what you do? (Enter for Seeing people grow)', '');
    await pick(resumed, 'Sam › What would you like to do with it?');
    await pick(resumed, 'Which goal is it for?');
    await ask(resumed, 'Towards "A mentor people seek out"', 'Run one mentoring session for a new hire');
    await ask(resumed, 'Who will do it?', '');
    await ask(resumed, 'By when?', 'in 10 days');
    await pick(resumed, 'How often would you like to check in on it?');
    await pick(resumed, 'Is that right, and is that all?');
    await pick(resumed, 'Keep any of these private?');
    await resumed.waitFor('Saved as s2. Thank you both.');
    expect(await resumed.exited).toBe(0);
    // Straight back to the question it stopped at, after a recap: the review is not asked again.
    expect(resumed.text()).not.toContain('How is it going?');
    expect(resumed.text()).toContain(
      'So far:\n  a1 Ask two teammates how my reviews feel: done\n  a2 Find a feedback workshop for Sam: carried over, 50%, now due Sun 31 Jan 2027\n  Alex named a strength: Asked for feedback without being asked\n',
    );
    const again = resumed.text().slice(resumed.text().lastIndexOf('One-on-one with Sam · Wednesday 9 December 2026 · s2'));
    expect(again).toContain('    a1  Ask two teammates how my reviews feel\n        Sam · done · went well: Both answered;');
    expect(again).toContain('    a2  Find a feedback workshop for Sam\n        Alex · carried over · 50% · now due Sun 31 Jan 2027 · in the way: The\n');

    expect(await json(journal, ['action', 'list', '--all', '--person', 'Sam'])).toMatchObject([
      { id: 'a1', status: 'done', closed: '2026-12-09' },
      { id: 'a2', status: 'open', due: '2027-01-31', owner: 'Alex' },
      { id: 'a3', owner: 'Sam', due: '2026-12-19', session: 's2' },
    ]);
    const shown = (await json(journal, ['sessions', 'show', 's2'])) as { reviewed: unknown[]; notes: { text: string }[]; manager: string };
    expect(shown.manager).toBe('Alex');
    expect(shown.reviewed).toMatchObject([
      { item: 'a1', status: 'done', session: 's2' },
      { item: 'a2', status: 'open', progress: 50, moved: { from: '2026-12-31', to: '2027-01-31' }, blocker: 'The December dates are full', session: 's2' },
    ]);
    expect(shown.notes.map((n) => n.text)).toContain('Asked for feedback without being asked');
    expect(shown.notes.at(-1)).toMatchObject({ topic: 'wake-up', text: 'Seeing people grow' });
    const me = JSON.parse(readFileSync(journal, 'utf8')).people[0];
    expect(me.drafts).toEqual([]);

    // The first one-on-one, shown again: its items as agreed then, and what became of them since.
    const firstAgain = await runGrow(['sessions', 'show', 's1'], { journal, today: '2026-12-09' });
    expect(firstAgain.stdout).toContain('    a1  Ask two teammates how my reviews feel\n        Sam · Wed 9 Dec · done on Wed 9 Dec · for: A mentor people seek out\n');
    expect(firstAgain.stdout).toContain('    a2  Find a feedback workshop for Sam\n        Alex · Thu 31 Dec · now due Sun 31 Jan 2027 · for: A mentor people\n');

    const list = await runGrow(['sessions'], { journal, today: '2026-12-09' });
    expect(list.stdout).toContain('s2   Wed 9 Dec   Sam with Alex  · 2 items reviewed · 1 item agreed\ns1   Wed 25 Nov  Sam with Alex  · 0 items reviewed · 2 items agreed · 1 parked');
  });

  it('keeps a quiet countdown after each open question when asked for one: any key ends it and is not typed into the next answer, Ctrl+C stops', async () => {
    const journal = tempJournal();
    await runGrow(['people', 'add', 'Sam'], { journal });
    // Five minutes of quiet: only a key ends it within the test.
    const session = startGrow(['session', '--person', 'Sam', '--manager', 'Alex', '--pause', '300'], { journal });
    await ask(session, 'Is this a good time to talk', 'y');
    await ask(session, 'Alex › One thing Sam is doing well:', 'Shows up');
    await session.waitFor('300s of quiet (any key goes on)');
    session.write('x');
    await ask(session, 'Alex › A second thing:', 'Listens');
    await session.waitFor('300s of quiet');
    session.write(KEY.ctrlC);
    expect(await session.exited).toBe(130);
    expect(session.text().replace(/\s+/g, ' ')).toContain('After each open question, 300 seconds of quiet before the next: silence is a friend. Any key ends it early.');
    expect(session.text()).toContain('To pick up where you left off: grow session --person "Sam"\n');
    const [draft] = JSON.parse(readFileSync(journal, 'utf8')).people[0].drafts;
    expect(draft.answers.notes.map((n: { text: string }) => n.text)).toEqual(['Shows up', 'Listens']);

    // Starting over discards that draft at once: a Ctrl+C at the next question does not bring it back.
    const over = startGrow(['session', '--person', 'Sam'], { journal });
    await ask(over, 'Is this a good time to talk', 'y');
    await pick(over, 'stopped partway', KEY.down);
    await over.waitFor('Alex › One thing Sam is doing well:');
    over.write(KEY.ctrlC);
    expect(await over.exited).toBe(130);
    expect(over.text()).toContain('grow: Stopped before anything was said, so nothing was saved.\n');
    expect(JSON.parse(readFileSync(journal, 'utf8')).people[0].drafts).toEqual([]);
  });
});
