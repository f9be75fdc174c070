// grow session in the journal owner's own plan: the report at her own terminal, her manager
// beside her. The one-on-one is kept in "me", the words name who is at the keyboard, and the
// two names are asked once and remembered.
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/commands/action';
import { addPersonCommand } from '../../src/commands/people';
import { session } from '../../src/commands/session';
import { emptyJournal } from '../../src/domain/journal';
import { addPerson } from '../../src/domain/people';
import type { Journal } from '../../src/domain/schema';
import { askWhom } from '../../src/flows/session-start';
import { listSessions, showSession } from '../../src/commands/sessions';
import { ScriptedPrompter, type Step } from '../support/scripted-prompter';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext } from '../support/test-context';
import { tempJournal } from '../support/temp';

const ownSession: Step[] = [
  ['And your name, as Alex knows you?', 'Priya'],
  ['Priya and Alex › Is this a good time to talk', true],
  ['Alex › One thing Priya is doing well:', 'Reviews that teach'],
  ['Alex › A second thing:', 'Calm with new hires'],
  ['Alex › A third', ''],
  ['Alex › A plan, a goal or a failure of your own', 'I froze in my first talk.'],
  ['Priya › And you, Priya', 'I want to be someone people come to.'],
  ['Priya › What would you like to get better at?', 'Saying hard things kindly'],
  ['Alex › Something you love doing', ''],
  ['Priya › What do you love doing', 'Untangling a hard question'],
  ['Priya › If the next few years', 'Mentoring a small group'],
  ['Priya › What makes you want to get up', 'Seeing someone get it'],
  ['Priya › What would you like to do with it?', 'keep'],
  ['Priya and Alex › Which goal is it for?', 'A mentor others seek out'],
  ['Priya and Alex › Towards "A mentor others seek out"', 'Ask two teammates how my reviews feel'],
  // Her own items are hers by her name at the keyboard, and "me" in her journal.
  ['Priya and Alex › Who will do it? (Enter for Priya)', ''],
  ['By when?', '2026-12-09'],
  ['How often', '1w'],
  ['Is that right, and is that all?', 'add'],
  ['Which goal is it for?', 'A mentor others seek out'],
  ['Towards "A mentor others seek out"', 'Find a budget for the workshop'],
  ['Who will do it? (Enter for Priya)', 'Alex'],
  ['By when?', '2027-01-15'],
  ['How often', '2w'],
  ['Is that right, and is that all?', 'right'],
  ['Keep any of these private?', 'done'],
];

async function ownJournal(): Promise<string> {
  const journal = tempJournal();
  await testContext({ journal }).store.update(buildPlan);
  return journal;
}

describe('grow session in your own plan, with your manager', () => {
  it('keeps the one-on-one in "me", asks her name once, and remembers her manager', async () => {
    const journal = await ownJournal();
    const ctx = testContext({ journal, person: 'me', answers: ownSession });
    expect(await exitCodeOf(session(ctx, { manager: 'Alex' }, true))).toBe(0);
    expect(ctx.prompts!.said()).toContain('One-on-one with Alex · Wednesday 25 November 2026\nAlex (manager) and Priya, side by side.');
    expect(ctx.out.text).toContain('One-on-one with Alex · Wednesday 25 November 2026 · s1\nAlex (manager) and Priya\n');
    expect(ctx.out.text).toContain('Saved as s1. Thank you both.');
    const saved = await ctx.journal();
    expect(saved).toMatchObject({ owner: 'Priya', manager: 'Alex' });
    expect(saved.people.map((p) => p.name)).toEqual(['me']);
    const [me] = saved.people;
    expect(me!.sessions.map((s) => [s.id, s.manager])).toEqual([['s1', 'Alex']]);
    expect(me!.actions.filter((a) => a.session === 's1').map((a) => [a.text, a.owner])).toEqual([
      ['Ask two teammates how my reviews feel', 'me'],
      ['Find a budget for the workshop', 'Alex'],
    ]);
    expect(me!.sessions[0]!.items!.map((a) => a.owner)).toEqual(['me', 'Alex']);

    // Looking back at it, at her own terminal: with her manager.
    const list = testContext({ journal });
    await listSessions(list, false);
    expect(list.out.text).toContain('s1   Wed 25 Nov  you with Alex');
    const shown = testContext({ journal });
    await showSession(shown, 's1');
    expect(shown.out.text).toMatch(/^One-on-one with Alex · Wednesday 25 November 2026 · s1\nAlex \(manager\) and Priya\n/);
    expect(shown.out.text).toContain('Priya shared\n    I want to be someone people come to.');
  });

  it('without --person, offers her own plan first once it knows her manager, and asks neither name again', async () => {
    const journal = await ownJournal();
    await testContext({ journal }).store.update((j) => Object.assign(j, { owner: 'Priya', manager: 'Alex' }));
    const ctx = testContext({
      journal,
      answers: [
        ['Who is this one-on-one with?', 'own'],
        ['Priya and Alex › Is this a good time to talk', false],
      ],
    });
    expect(await exitCodeOf(session(ctx, {}, false))).toBe(0);
    expect(ctx.out.text).toContain('When it suits you both: grow session --person me');
  });

  it('with her own name for --person, is kept in her own plan: her name never makes a second plan', async () => {
    const journal = await ownJournal();
    await testContext({ journal }).store.update((j) => Object.assign(j, { owner: 'Priya', manager: 'Alex' }));
    const ctx = testContext({ journal, person: 'priya', answers: [['Priya and Alex › Is this a good time to talk', false]] });
    expect(await exitCodeOf(session(ctx, {}, true))).toBe(0);
    expect(ctx.prompts!.said()).toContain('One-on-one with Alex · Wednesday 25 November 2026\nAlex (manager) and Priya, side by side.');
    expect(ctx.out.text).toContain('When it suits you both: grow session --person me');
    expect(await exitCodeOf(addPersonCommand(testContext({ journal }), ['Priya']), 'Priya is your own name in this journal: your plan is "me"')).toBe(2);
    expect(await exitCodeOf(listActions(testContext({ journal, person: 'Priya' }), {}), 'grow session --person me')).toBe(2);
    expect((await testContext({ journal }).journal()).people.map((p) => p.name)).toEqual(['me']);
  });

  it('refuses her own name as the manager’s', async () => {
    const journal = await ownJournal();
    await testContext({ journal }).store.update((j) => void (j.owner = 'Priya'));
    const ctx = testContext({ journal, person: 'me', answers: [] });
    expect(await exitCodeOf(session(ctx, { manager: 'priya' }, true), "priya is this journal's own name")).toBe(2);
  });
});

describe('whom a one-on-one is with, when --person is not given', () => {
  /** The choices offered, first the one Enter takes. */
  async function offered(journal: Journal): Promise<string[]> {
    const prompter = new ScriptedPrompter([['Who is this one-on-one with?', 'own']]);
    await askWhom(prompter, journal);
    return prompter.menus[0]!;
  }

  it('offers the reports first in a manager’s journal, and her own plan first in a report’s', async () => {
    const managers = emptyJournal();
    addPerson(managers, 'Sam');
    expect(await offered(managers)).toEqual(['Sam', 'Someone new', 'With my manager (my own plan)']);
    expect(await offered({ ...emptyJournal(), manager: 'Alex' })).toEqual(['With my manager, Alex (my own plan)', 'Someone who reports to me (their plan)']);
  });
});
