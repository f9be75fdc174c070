import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow, type PtySession } from './support/pty';

async function json(journal: string, args: string[]): Promise<unknown> {
  const result = await runGrow([...args, '--json'], { journal });
  expect(result.code, args.join(' ')).toBe(0);
  return JSON.parse(result.stdout);
}

/** Parts 1 and 2 as a new person answers them, up to the mission-statement helper. */
async function aboutAndDreams(session: PtySession): Promise<void> {
  await ask(session, 'What are you planning for yourself', 'A half marathon in spring');
  await ask(session, 'reaching for lately', '');
  await ask(session, 'did not go the way you hoped', '');
  await ask(session, 'things you do well', 'Explaining things simply');
  await ask(session, 'like to get better at', '');
  await ask(session, 'What do you love doing', 'Pairing on hard bugs');
  await ask(session, 'next few years went wonderfully', 'Leading a small team');
  await ask(session, 'get up in the morning', 'Seeing people grow');
}

/** One goal with one action item, its date given in words after one that has passed. */
async function firstGoal(session: PtySession): Promise<void> {
  await ask(session, 'Who do you want to become?', 'A calm public speaker');
  await ask(session, 'Why does that matter to you?', '');
  await pick(session, 'Where are you on that path today?', KEY.up.repeat(5));
  await ask(session, 'What is one thing you will do towards "A calm public speaker"?', 'Give a 5-minute talk at the team meeting');
  await ask(session, 'Who will do it? (Enter for me)', '');
  await ask(session, 'By when?', 'yesterday');
  await session.waitForRefusal('Tuesday 24 November 2026 has passed. Pick a day from today on');
  session.write(KEY.ctrlU);
  session.answer('next friday');
  await pick(session, 'How often would you like to check in on it?');
  await ask(session, 'Another action item', 'n');
  await ask(session, 'Would you like to add another goal?', 'n');
}

const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;
const DRAFT = 'What gets me up in the morning is seeing people grow. I love pairing on hard bugs, and one day I see myself leading a small team.';

describe('grow init in a terminal', () => {
  it('takes a new person from an empty journal to a saved plan', async () => {
    const journal = tempJournal();
    const session = startGrow(['init'], { journal });
    await aboutAndDreams(session);
    await pick(session, 'What would you like to do with it?', KEY.down);
    // The draft is longer than the line: it is shown folded, and Tab puts it in the line to add to.
    await session.waitFor('Your mission statement:');
    session.answer(`${KEY.tab} Calm is a skill.`);
    await firstGoal(session);
    await pick(session, 'Does this look right?');
    await session.waitFor('Your plan is saved.');
    expect(await session.exited).toBe(0);
    // Only questions are waited for (nothing is printed after them until the person types); the rest is read at the end.
    const screen = session.text();
    expect(screen).toContain('Welcome to grow.');
    expect(screen).toContain(`Here is a first draft, made from your answers:\n\n    "${DRAFT.slice(0, 70)}`);
    expect(screen).toContain('→ Friday 4 December 2026');
    expect(screen).toContain('✔ Who will do it? me\n');
    expect(screen).toContain('Your plan, before it is saved');

    expect(await json(journal, ['mission'])).toEqual({ text: `${DRAFT} Calm is a skill.`, since: '2026-11-25' });
    expect(await json(journal, ['goal', 'list'])).toMatchObject([{ id: 'g1', title: 'A calm public speaker', stage: 'learning', openItems: 1 }]);
    expect(await json(journal, ['action', 'list'])).toEqual([
      { id: 'a1', goal: 'g1', text: 'Give a 5-minute talk at the team meeting', owner: 'me', due: '2026-12-04', every: '1w', status: 'open', created: '2026-11-25', moves: 0 },
    ]);
    const saved = JSON.parse(readFileSync(journal, 'utf8')).people[0];
    expect(saved.reflections.map((r: { question: string }) => r.question)).toEqual(['plans', 'strengths', 'love', 'dream', 'wake-up']);
    expect(saved.drafts).toEqual([]);
  });

  it('keeps a draft on Ctrl+C without touching the plan (a statement written in $EDITOR included), and resumes where the person stopped', async () => {
    const journal = tempJournal();
    const written = 'I wake up to see people grow.\nAnd to pair on the hard parts.\n';
    const first = startGrow(['init'], { journal, env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: written } });
    await aboutAndDreams(first);
    await pick(first, 'What would you like to do with it?', KEY.down.repeat(2));
    await pick(first, 'What would you like to do with it?');
    await first.waitFor('Who do you want to become?');
    first.write(KEY.ctrlC);
    expect(await first.exited).toBe(130);
    expect(first.text()).toContain('the answers so far are kept as a draft.\nTo pick up where you left off: grow init\n');
    expect(await json(journal, ['mission'])).toBeNull();
    expect(await json(journal, ['goal', 'list'])).toEqual([]);

    const second = startGrow(['init'], { journal });
    await pick(second, 'You started this on Wednesday 25 November 2026 and stopped partway. Pick up where you left off?');
    await firstGoal(second);
    await pick(second, 'Does this look right?');
    expect(await second.exited).toBe(0);
    // Straight to part 3, after a recap: parts 1 and 2 are not asked again.
    expect(second.text()).toContain('So far:\n  Plans: A half marathon in spring\n  Strengths: Explaining things simply\n');
    expect(second.text()).toContain('  Mission statement: "I wake up to see people grow. And to pair on the hard parts."\n');
    expect(second.text()).toContain('Start from who you want to become');
    expect(second.text()).not.toContain('Let us start with you');

    expect(await json(journal, ['mission'])).toEqual({ text: 'I wake up to see people grow. And to pair on the hard parts.', since: '2026-11-25' });
    expect(await json(journal, ['action', 'list'])).toMatchObject([{ id: 'a1', due: '2026-12-04' }]);
    expect(JSON.parse(readFileSync(journal, 'utf8')).people[0].drafts).toEqual([]);
  });

  it('revises an existing plan, each part filled in as it stands', async () => {
    const journal = tempJournal();
    await runGrow(['mission', 'set', 'I wake up to see people grow.'], { journal });
    await runGrow(['goal', 'add', 'A calm public speaker', '--stage', 'learning'], { journal });
    await runGrow(['action', 'add', 'Give a lightning talk', '--goal', 'g1', '--due', 'next friday'], { journal });

    const session = startGrow(['init'], { journal, today: '2026-11-30' });
    await pick(session, 'You already have a plan. Revise it');
    const questions = ['planning for yourself', 'reaching for lately', 'did not go', 'things you do well', 'get better at', 'love doing', 'next few years', 'get up in the morning'];
    for (const question of questions) await ask(session, question, '');
    await pick(session, 'What would you like to do with it?', KEY.down);
    await session.waitFor('I wake up to see people grow.');
    session.answer(' And to speak calmly.');
    await pick(session, 'What would you like to do?', KEY.up);
    await ask(session, 'Who else do you want to become? (Enter to go back)', 'A mentor people seek out');
    await ask(session, 'Why does that matter to you?', 'Someone did it for me');
    await pick(session, 'Where are you on that path today?');
    await ask(session, 'What is one thing you will do towards "A mentor people seek out"?', 'Pair with a new hire on their first review');
    await ask(session, 'Who will do it?', 'Sam');
    await ask(session, 'By when?', 'in 3 weeks');
    await pick(session, 'How often', KEY.down);
    await ask(session, 'Another action item', 'n');
    await pick(session, 'What would you like to do?');
    await pick(session, 'Does this look right?');
    expect(await session.exited).toBe(0);
    expect(session.text()).toContain('Your mission statement as it stands:');

    expect(await json(journal, ['mission', 'history'])).toEqual([
      { text: 'I wake up to see people grow. And to speak calmly.', since: '2026-11-30' },
      { text: 'I wake up to see people grow.', since: '2026-11-25' },
    ]);
    expect(await json(journal, ['action', 'list'])).toMatchObject([
      { id: 'a1', goal: 'g1', text: 'Give a lightning talk', due: '2026-12-04', status: 'open' },
      { id: 'a2', goal: 'g2', text: 'Pair with a new hire on their first review', owner: 'Sam', due: '2026-12-21', every: '2w' },
    ]);
    expect(await json(journal, ['goal', 'list'])).toMatchObject([{ id: 'g1', stage: 'learning' }, { id: 'g2', why: 'Someone did it for me', stages: [] }]);
  });

});
