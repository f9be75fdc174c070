import { describe, expect, it } from 'vitest';
import { keepDraft } from '../../src/domain/drafts';
import { applyInit, emptyAnswers, type InitAnswers } from '../../src/domain/init-answers';
import { emptyJournal, emptyPerson, personToRead } from '../../src/domain/journal';
import { CancelledError } from '../../src/errors';
import { runInit } from '../../src/flows/init';
import type { Choice } from '../../src/flows/prompter';
import { chooseFresh, offerDraft } from '../../src/flows/init-start';
import { plain } from '../../src/render/paint';
import { CTRL_C, ScriptedPrompter, type Step } from '../support/scripted-prompter';

const TODAY = '2026-11-25';
const flowFor = (answers: InitAnswers) => ({ answers, today: TODAY, owner: 'me', paint: plain });

const partOne: Step[] = [
  ['What are you planning for yourself', 'A half marathon in spring'],
  ['What have you been reaching for lately', ''],
  ['did not go the way you hoped', 'A talk I rushed. Slow down.'],
  ['two or three things you do well', 'Explaining things simply'],
  ['what would you like to get better at', 'Giving feedback'],
];
const partTwo: Step[] = [
  ['What do you love doing', 'Pairing on hard bugs'],
  ['If the next few years went wonderfully', 'Leading a small team'],
  ['get up in the morning', 'Seeing people grow'],
  ['What would you like to do with it?', 'edit'],
  ['Your mission statement:', 'I wake up to see people grow, and to pair on the hard parts.'],
];
const firstGoal: Step[] = [
  ['Who do you want to become?', 'A calm public speaker'],
  ['Why does that matter to you?', ''],
  ['Where are you on that path today?', 'learning'],
  ['What is one thing you will do towards "A calm public speaker"?', 'Work on my talks'],
  ['Make it concrete', 'Give a 5-minute talk at the team meeting'],
  ['Who will do it?', ''],
  ['By when?', 'yesterday'],
  ['By when?', 'next friday'],
  ['How often', '1w'],
];

describe('grow init, the flow', () => {
  it('welcomes a new person and walks them through the three parts to a summary, then back to any part', async () => {
    const prompter = new ScriptedPrompter([
      ...partOne,
      ...partTwo,
      ...firstGoal,
      ['Another action item', false],
      ['another goal', false],
      ['Does this look right?', 'about'],
      ['What are you planning for yourself', 'A full marathon'],
      ...partOne.slice(1),
      ['Does this look right?', 'save'],
    ]);
    const answers = await chooseFresh(prompter, personToRead(emptyJournal(), 'me'));
    expect(prompter.said()).toContain('Welcome to grow.');
    await runInit(prompter, flowFor(answers!));

    expect(answers).toEqual({
      reflections: {
        plans: 'A full marathon',
        failure: 'A talk I rushed. Slow down.',
        strengths: 'Explaining things simply',
        growth: 'Giving feedback',
        love: 'Pairing on hard bugs',
        dream: 'Leading a small team',
        'wake-up': 'Seeing people grow',
      },
      mission: 'I wake up to see people grow, and to pair on the hard parts.',
      goals: [
        {
          title: 'A calm public speaker',
          stage: 'learning',
          actions: [{ text: 'Give a 5-minute talk at the team meeting', owner: 'me', due: '2026-12-04', every: '1w' }],
        },
      ],
      done: ['about', 'dreams', 'plan'],
    });
    expect(prompter.transcript).toContain('rejected: Tuesday 24 November 2026 has passed. Pick a day from today on, for example in 2 weeks.');
    expect(prompter.said()).toContain('"work on" is hard to see from the outside');
    const summary = prompter.said().slice(prompter.said().lastIndexOf('Your plan, before it is saved'));
    expect(summary).toContain('  Reaching for      (left blank)');
    expect(summary).toContain('  A calm public speaker  · stage: learning\n    - Give a 5-minute talk at the team meeting  · me · Fri 4 Dec · every week');
  });

  it('keeps the answers so far when stopped with Ctrl+C, and goes on from there when resumed', async () => {
    const answers = emptyAnswers();
    const stopped = new ScriptedPrompter([...partOne, ...partTwo, ['Who do you want to become?', 'A calm public speaker'], ['Why does that matter', 'To share'], ['Where are you', CTRL_C]]);
    await expect(runInit(stopped, flowFor(answers))).rejects.toBeInstanceOf(CancelledError);
    expect(answers.done).toEqual(['about', 'dreams']);
    expect(answers.mission).toBe('I wake up to see people grow, and to pair on the hard parts.');

    const journal = emptyJournal();
    keepDraft(journal, 'me', 'init', answers, new Date('2026-11-25T10:00:00Z'));
    const resumed = new ScriptedPrompter([
      ['Pick up where you left off?', 'resume'],
      ['Who do you want to become?', 'A calm public speaker'],
      ['Why does that matter', 'To share what I learn'],
      ['Where are you', 'own'],
      ['In your words', 'nervous but willing'],
      ...firstGoal.slice(3),
      ['Another action item', false],
      ['another goal', false],
      ['Does this look right?', 'save'],
    ]);
    const draft = (await offerDraft(resumed, personToRead(journal, 'me'), plain)) as InitAnswers;
    expect(resumed.transcript[0]).toBe('ask: You started this on Wednesday 25 November 2026 and stopped partway. Pick up where you left off?');
    // Before the next question, what was said so far.
    expect(resumed.transcript[2]).toBe(
      [
        'say: ',
        'So far:',
        '  Plans: A half marathon in spring',
        '  A setback: A talk I rushed. Slow down.',
        '  Strengths: Explaining things simply',
        '  To get better at: Giving feedback',
        '  Loves: Pairing on hard bugs',
        '  Dream: Leading a small team',
        '  Gets up for: Seeing people grow',
        '  Mission statement: "I wake up to see people grow, and to pair on the hard parts."',
      ].join('\n'),
    );
    await runInit(resumed, flowFor(draft));
    const saved = draft;
    expect(saved.reflections.plans).toBe('A half marathon in spring');
    expect(saved.goals).toEqual([
      {
        title: 'A calm public speaker',
        why: 'To share what I learn',
        stage: 'nervous but willing',
        actions: [{ text: 'Give a 5-minute talk at the team meeting', owner: 'me', due: '2026-12-04', every: '1w' }],
      },
    ]);
  });

  it('offers to revise an existing plan with every answer in the line, and changes only what the person changes', async () => {
    const journal = emptyJournal();
    applyInit(
      journal,
      'me',
      {
        reflections: { plans: 'A half marathon in spring', love: 'Pairing on hard bugs' },
        mission: 'I wake up to see people grow.',
        goals: [{ title: 'A calm public speaker', stage: 'learning', actions: [{ text: 'Give a lightning talk', owner: 'me', due: '2026-12-04', every: '1w' }] }],
        done: [],
      },
      '2026-11-01',
    );
    const initials: (string | undefined)[] = [];
    const prompter = new (class extends ScriptedPrompter {
      override text(q: Parameters<ScriptedPrompter['text']>[0]) {
        initials.push(q.initial);
        return super.text(q);
      }
    })([
      ['Revise it', true],
      ['What are you planning for yourself', 'A full marathon'],
      ...partOne.slice(1).map(([q]): Step => [q, '']),
      ['What do you love doing', 'Pairing on hard bugs'],
      ['If the next few years', ''],
      ['get up in the morning', ''],
      ['What would you like to do with it?', 'keep'],
      ['What would you like to do?', 'Change "A calm public speaker" and its action items'],
      ['Who do you want to become?', 'A calm public speaker'],
      ['Why does that matter', ''],
      ['Where are you', 'practising'],
      ['Action items for "A calm public speaker"', 'Drop "Give a lightning talk"'],
      ['Action items for "A calm public speaker"', 'done'],
      ['What is one thing you will do towards "A calm public speaker"?', 'Give a 10-minute talk at the guild'],
      ['Who will do it?', ''],
      ['By when?', 'end of january'],
      ['How often', '2w'],
      ['What would you like to do?', 'on'],
      ['Does this look right?', 'save'],
    ]);
    const answers = await chooseFresh(prompter, personToRead(journal, 'me'));
    await runInit(prompter, flowFor(answers!));
    expect(initials.slice(0, 7)).toEqual(['A half marathon in spring', undefined, undefined, undefined, undefined, 'Pairing on hard bugs', undefined]);
    expect(prompter.said()).toContain('Your mission statement as it stands:');
    expect(prompter.said()).toContain('"A calm public speaker" needs at least one action item.');

    applyInit(journal, 'me', answers!, TODAY);
    const me = personToRead(journal, 'me');
    expect(me.missions).toHaveLength(1);
    expect(me.goals[0]!.stages.map((s) => s.name)).toEqual(['learning', 'practising']);
    expect(me.actions.map((a) => [a.text, a.status, a.due])).toEqual([
      ['Give a lightning talk', 'dropped', '2026-12-04'],
      ['Give a 10-minute talk at the guild', 'open', '2027-01-31'],
    ]);
  });

  it('lets a goal added by mistake go: a blank title goes back, and a goal not saved yet can be removed', async () => {
    const menus: string[][] = [];
    const prompter = new (class extends ScriptedPrompter {
      override choose<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
        if (q.message === 'What would you like to do?') menus.push(q.choices.map((c) => c.name));
        return super.choose(q);
      }
    })([
      ['What would you like to do?', 'add'],
      ['Who else do you want to become? (Enter to go back)', ''],
      ['What would you like to do?', 'add'],
      ['Who else do you want to become?', 'A mentor'],
      ['Why does that matter', ''],
      ['Where are you', 'open'],
      ['What is one thing you will do towards "A mentor"?', 'Pair with a new hire on a review'],
      ['Who will do it?', ''],
      ['By when?', 'next friday'],
      ['How often', '1w'],
      ['Another action item', false],
      ['What would you like to do?', 'Remove "A mentor"'],
      ['What would you like to do?', 'on'],
      ['Does this look right?', 'save'],
    ]);
    const saved = { id: 'g1', title: 'A calm public speaker', actions: [{ id: 'a1', text: 'Give a talk', owner: 'me', due: '2026-12-04', every: '1w' as const }] };
    const answers: InitAnswers = { reflections: {}, mission: 'Mine.', goals: [saved], done: ['about', 'dreams'] };
    await runInit(prompter, flowFor(answers));
    expect(answers.goals).toEqual([saved]);
    // Only the goal added just now can be removed; the saved one keeps its history.
    expect(menus[2]).toEqual(['Change "A calm public speaker" and its action items', 'Change "A mentor" and its action items', 'Remove "A mentor"', 'Add a goal', 'Go on']);

    const first = new ScriptedPrompter([...firstGoal, ['Another action item', false], ['another goal', true], ['Who else do you want to become?', ''], ['Does this look right?', 'save']]);
    const fresh: InitAnswers = { ...emptyAnswers(), mission: 'Mine.', done: ['about', 'dreams'] };
    await runInit(first, flowFor(fresh));
    expect(fresh.goals.map((g) => g.title)).toEqual(['A calm public speaker']);
  });

  it('says when the person sets a draft aside, so the command can discard it', async () => {
    const journal = emptyJournal();
    keepDraft(journal, 'me', 'init', { ...emptyAnswers(), reflections: { plans: 'A marathon' } }, new Date('2026-11-25T10:00:00Z'));
    const prompter = new ScriptedPrompter([['Pick up where you left off?', 'over']]);
    expect(await offerDraft(prompter, personToRead(journal, 'me'), plain)).toBe('over');
    expect(await offerDraft(prompter, emptyPerson('me'), plain)).toBeUndefined();
  });

  it('welcomes someone else to their own plan', async () => {
    const prompter = new ScriptedPrompter([]);
    expect(await chooseFresh(prompter, emptyPerson('Sam'))).toEqual(emptyAnswers());
    expect(prompter.said()).toMatch(/^Welcome\. This is Sam's plan\./);
  });

  it('does not greet again someone the dashboard has just welcomed, but says whose plan it is', async () => {
    const mine = new ScriptedPrompter([]);
    await chooseFresh(mine, emptyPerson('me'), true);
    expect(mine.said()).toMatch(/^In three short parts/);
    const sams = new ScriptedPrompter([]);
    await chooseFresh(sams, emptyPerson('Sam'), true);
    expect(sams.said()).toMatch(/^This is Sam's plan\.\nIn three short parts/);
  });

  it('leaves the plan alone when the person does not want to revise it', async () => {
    const journal = emptyJournal();
    applyInit(journal, 'me', { reflections: {}, mission: 'Mine.', goals: [], done: [] }, TODAY);
    const prompter = new ScriptedPrompter([['Revise it', false]]);
    expect(await chooseFresh(prompter, personToRead(journal, 'me'))).toBeUndefined();
  });
});
