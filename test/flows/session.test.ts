import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { keepDraft } from '../../src/domain/drafts';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal, setMission } from '../../src/domain/plan';
import type { Journal } from '../../src/domain/schema';
import { applySession, emptySessionAnswers, type SessionAnswers } from '../../src/domain/session';
import { offerDraft } from '../../src/flows/session-start';
import { CancelledError } from '../../src/errors';
import { lookBack, runSession } from '../../src/flows/session';
import { plain } from '../../src/render/paint';
import { CTRL_C, ScriptedPrompter, type Step } from '../support/scripted-prompter';

const TODAY = '2026-12-09';

function flowFor(journal: Journal, answers: SessionAnswers, pause?: number) {
  const person = personToRead(journal, 'Sam');
  return { flow: { answers, person, reportName: person.name, today: TODAY, paint: plain, pause }, last: lookBack(person) };
}

async function run(journal: Journal, answers: SessionAnswers, steps: Step[], pause?: number): Promise<ScriptedPrompter> {
  const prompter = new ScriptedPrompter(steps);
  const { flow, last } = flowFor(journal, answers, pause);
  await runSession(prompter, flow, last);
  return prompter;
}

function samWithAPlan(): Journal {
  const journal = emptyJournal();
  addPerson(journal, 'Sam');
  return journal;
}

const strengths: Step[] = [
  ['Alex › One thing Sam is doing well:', 'Explains hard things simply'],
  ['Alex › A second thing:', 'Calm when the pager goes off'],
  ['Alex › A third, if one comes to mind', ''],
];
const partOne: Step[] = [
  ['Alex › A plan, a goal or a failure of your own', 'I failed my first marathon: I started too fast.'],
  ['Sam › And you, Sam', 'A half marathon in spring, paced this time'],
  ['Sam › What would you like to get better at?', 'Giving feedback that lands'],
];

describe('grow session, the flow', () => {
  it('opens with strengths (two before it moves on), lets the manager go first, and parks what sounds like a status update', async () => {
    const answers = emptySessionAnswers('Alex');
    const prompter = await run(
      samWithAPlan(),
      answers,
      [
        ['Alex › One thing Sam is doing well:', 'Explains hard things simply'],
        ['Alex › A second thing:', ''],
        ['Alex › A second thing:', 'Calm when the pager goes off'],
        ['Alex › A third, if one comes to mind', ''],
        ['Alex › A plan, a goal or a failure of your own', 'I failed my first marathon: I started too fast.'],
        ['Sam › And you, Sam', 'Finishing the sprint tickets before the release'],
        ['Sam and Alex › Park it in the parking lot', true],
        ['Sam › And for you, personally?', 'A half marathon in spring, paced this time'],
        ['Sam › What would you like to get better at?', 'Giving feedback that lands'],
        ['Alex › Something you love doing', 'Baking bread with my kids'],
        ['Sam › What do you love doing', 'Pairing on hard bugs'],
        ['Sam › If the next few years went wonderfully', 'Leading a team through a big release and migration'],
        ['Sam and Alex › Park it in the parking lot', false],
        ['Sam › What makes you want to get up in the morning', 'Seeing people grow'],
        ['Sam › What would you like to do with it?', 'keep'],
        ['Sam › Who do you want to become?', 'A mentor people seek out'],
        ['Sam › Where are you on that path today?', 'learning'],
        ['Sam and Alex › Towards "A mentor people seek out", what will be done?', 'Pair with a new hire on a review'],
        ['Sam and Alex › Who will do it? (Enter for Sam)', ''],
        ['Sam and Alex › By when?', 'in 2 weeks'],
        ['Sam and Alex › How often', '1w'],
        ['Sam and Alex › Is that right, and is that all?', 'add'],
        ['Sam and Alex › Which goal is it for?', 'A mentor people seek out'],
        ['Sam and Alex › Towards "A mentor people seek out"', 'Find a mentoring course for Sam'],
        ['Sam and Alex › Who will do it?', 'Alex'],
        ['Sam and Alex › By when?', 'end of december'],
        ['Sam and Alex › How often', '2w'],
        ['Sam and Alex › Is that right, and is that all?', 'right'],
        ['Sam and Alex › Keep any of these private?', 'Alex: Baking bread with my kids'],
        ['Sam and Alex › Keep any of these private?', 'done'],
      ],
      5,
    );
    expect(prompter.transcript).toContain('rejected: One more, please: the session moves on after two.');
    expect(prompter.said()).toContain('Strengths first: Alex, name two or three things Sam is doing well.');
    expect(prompter.said()).toContain('Alex goes first: opening up first makes it easier for Sam to do the same.');
    expect(prompter.said()).toContain('That sounds like project talk ("sprint", "tickets"); this time is about Sam.');
    // Silence after each open question: 3 strengths, 4 in part 1 (the parked answer too), 4 in part 2.
    expect(prompter.transcript.filter((line) => line === 'pause: 5')).toHaveLength(11);

    expect(answers.notes).toEqual([
      { part: 'opening', speaker: 'manager', topic: 'strength', text: 'Explains hard things simply' },
      { part: 'opening', speaker: 'manager', topic: 'strength', text: 'Calm when the pager goes off' },
      { part: 'yourself', speaker: 'manager', topic: 'yourself', text: 'I failed my first marathon: I started too fast.' },
      { part: 'yourself', speaker: 'report', topic: 'yourself', text: 'A half marathon in spring, paced this time' },
      { part: 'yourself', speaker: 'report', topic: 'growth', text: 'Giving feedback that lands' },
      { part: 'dreams', speaker: 'manager', topic: 'dreams', text: 'Baking bread with my kids', private: true },
      { part: 'dreams', speaker: 'report', topic: 'love', text: 'Pairing on hard bugs' },
      { part: 'dreams', speaker: 'report', topic: 'dream', text: 'Leading a team through a big release and migration' },
      { part: 'dreams', speaker: 'report', topic: 'wake-up', text: 'Seeing people grow' },
    ]);
    expect(answers.parked).toEqual([{ part: 'yourself', speaker: 'report', text: 'Finishing the sprint tickets before the release' }]);
    expect(answers.mission).toMatch(/^What gets me up in the morning is seeing people grow\. I love pairing on hard bugs/);
    expect(answers.items).toEqual([
      { newGoal: 'A mentor people seek out', newGoalStage: 'learning', text: 'Pair with a new hire on a review', owner: 'Sam', due: '2026-12-23', every: '1w' },
      { newGoal: 'A mentor people seek out', newGoalStage: 'learning', text: 'Find a mentoring course for Sam', owner: 'Alex', due: '2026-12-31', every: '2w' },
    ]);
  });

  it('reviews the last session’s open items first, each answered by its owner, and carries them over with a new date', async () => {
    const journal = samWithAPlan();
    setMission(personToRead(journal, 'Sam'), 'I wake up to see people grow.', '2026-11-01');
    personToRead(journal, 'Sam').reflections.push({ id: 'r1', kind: 'passion', question: 'wake-up', text: 'Seeing people grow', on: '2026-11-01' });
    addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
    const items = [
      { goal: 'g1', text: 'Give a 5-minute talk', owner: 'Sam', due: '2026-12-04', every: '1w' as const },
      { goal: 'g1', text: 'Find a speaking course', owner: 'Alex', due: '2026-12-18', every: '2w' as const },
      { goal: 'g1', text: 'Watch two talks', owner: 'Sam', due: '2026-12-01', every: '1w' as const },
    ];
    applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), items }, '2026-11-25');
    recordCheckin(journal, 'Sam', { item: 'a3', status: 'done' }, '2026-11-30');

    const answers = emptySessionAnswers('Alex');
    const review: Step[] = [
      ['Sam and Alex › How is it going?', 'open'],
      // Never checked in on: no number is offered, so the one saved is the one Sam gives.
      ['Sam › How far along is it, from 0 to 100?', ''],
      ['Sam › How far along is it, from 0 to 100?', '50'],
      ['Sam › What went well with it?', 'Picked the topic'],
      ['Sam › What is in the way?', ''],
      ['Sam and Alex › It is due Friday 4 December 2026. Give it a new due date?', true],
      ['Sam and Alex › New due date:', 'in 3 weeks'],
      ['Sam and Alex › How is it going?', 'dropped'],
      ['Alex › What went well with it?', 'Learnt what Sam needs'],
      ['Alex › What made you let it go?', 'A colleague will coach Sam instead'],
    ];
    const stopped = new ScriptedPrompter([...review, strengths[0]!, ['Alex › A second thing:', CTRL_C]]);
    const { flow, last } = flowFor(journal, answers);
    await expect(runSession(stopped, flow, last)).rejects.toBeInstanceOf(CancelledError);
    expect(stopped.transcript).toContain('rejected: A whole number from 0 to 100, for example 60.');
    expect(stopped.said()).toContain('First, the items from the last one-on-one (Wednesday 25 November 2026).');
    expect(stopped.said()).toContain('Finished since then:\n  ✓ a3  Watch two talks  · Sam · due Tue 1 Dec\n');
    // An open item past its date says how late it is; one still ahead does not.
    expect(stopped.said()).toContain('a1  Give a 5-minute talk  · Sam · due Fri 4 Dec · overdue by 5 days\n');
    expect(stopped.said()).toMatch(/a2 {2}Find a speaking course {2}· Alex · due Fri 18 Dec$/m);
    expect(answers.reviews).toEqual([
      { item: 'a1', status: 'open', progress: 50, well: 'Picked the topic', due: '2026-12-30' },
      { item: 'a2', status: 'dropped', well: 'Learnt what Sam needs', reason: 'A colleague will coach Sam instead' },
    ]);

    // Picked up again: straight to the question it stopped at. The morning question is asked with a statement saved too, what Sam said last time as the default.
    await run(journal, answers, [
      strengths[1]!,
      strengths[2]!,
      ...partOne,
      ['Alex › Something you love doing', ''],
      ['Sam › What do you love doing', ''],
      ['Sam › If the next few years went wonderfully', ''],
      ['Sam › What makes you want to get up in the morning and enjoy what you do? (Enter for Seeing people grow)', ''],
      ['Sam › What would you like to do with it?', 'keep'],
      ['Sam and Alex › Which goal is it for?', 'A calm public speaker'],
      ['Sam and Alex › Towards "A calm public speaker"', 'Give the talk at the guild'],
      ['Sam and Alex › Who will do it?', ''],
      ['Sam and Alex › By when?', 'next friday'],
      ['Sam and Alex › How often', '1w'],
      ['Sam and Alex › Is that right, and is that all?', 'right'],
      ['Keep any of these private?', 'done'],
    ]);
    expect(answers.mission).toBeUndefined();
    expect(answers.items).toEqual([{ goal: 'g1', text: 'Give the talk at the guild', owner: 'Sam', due: '2026-12-18', every: '1w' }]);
    expect(answers.asked).toEqual(['review', 'strength-1', 'strength-2', 'strength-3', 'yourself-manager', 'yourself-report', 'growth', 'dreams-manager', 'love', 'dream', 'wake-up', 'mission', 'items', 'private']);
    expect(answers.notes.at(-1)).toEqual({ part: 'dreams', speaker: 'report', topic: 'wake-up', text: 'Seeing people grow' });
  });

  it('reads the items back before the part ends: a mistyped one is changed, one added by mistake removed', async () => {
    const journal = samWithAPlan();
    addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
    const answers = { ...emptySessionAnswers('Alex'), asked: ['strength-3', 'yourself-manager', 'yourself-report', 'growth', 'mission'] };
    const item = (text: string, owner: string, due: string): Step[] => [
      ['Which goal is it for?', 'A calm public speaker'],
      ['Towards "A calm public speaker"', text],
      ['Who will do it? (Enter for Sam)', owner],
      ['By when?', due],
      ['How often', '1w'],
    ];
    const prompter = await run(journal, answers, [
      ...item('Gve a talk at the gild', '', 'next friday'),
      ['Sam and Alex › Is that right, and is that all?', 'add'],
      ...item('Watch a talk', '', 'in 2 weeks'),
      ['Is that right, and is that all?', 'Remove "Watch a talk"'],
      ['Is that right, and is that all?', 'Change "Gve a talk at the gild"'],
      ['Towards "A calm public speaker"', 'Give a talk at the guild'],
      ['Who will do it?', 'Alex'],
      ['By when?', '2026-12-18'],
      ['How often', '2w'],
      ['Is that right, and is that all?', 'Remove "Give a talk at the guild"'],
      ...item('Give a talk at the guild', '', 'in 3 weeks'),
      ['Is that right, and is that all?', 'right'],
    ]);
    expect(prompter.said()).toContain('Who does what by when, so far:\n  - Gve a talk at the gild  · Sam · Fri 18 Dec · every week · for: A calm\n    public speaker\n  - Watch a talk');
    expect(prompter.said()).toContain('Who does what by when, so far:\n  - Give a talk at the guild  · Alex · Fri 18 Dec · every 2 weeks');
    // Removing the last item asks for one: the part does not end without who does what by when.
    expect(prompter.said()).toContain('A one-on-one ends with at least one item: who does what, by when.');
    expect(answers.items).toEqual([{ goal: 'g1', text: 'Give a talk at the guild', owner: 'Sam', due: '2026-12-30', every: '1w' }]);
  });

  it('picks up a draft with a recap of what was said, or sets it aside', async () => {
    const journal = samWithAPlan();
    const answers: SessionAnswers = {
      ...emptySessionAnswers('Morgan'),
      asked: ['strength-1', 'yourself-manager', 'yourself-report'],
      notes: [
        { part: 'opening', speaker: 'manager', topic: 'strength', text: 'Explains hard things simply' },
        { part: 'yourself', speaker: 'manager', topic: 'yourself', text: 'I failed my first marathon:\nI started too fast.' },
      ],
      parked: [{ part: 'yourself', speaker: 'report', text: 'The sprint is late' }],
    };
    keepDraft(journal, 'Sam', 'session', answers, new Date('2026-12-01T10:00:00Z'));
    const sam = personToRead(journal, 'Sam');
    const shown = { manager: 'Alex', reportName: 'Sam', today: TODAY, paint: plain };
    const resumed = new ScriptedPrompter([['Pick up where you left off?', 'resume']]);
    expect(await offerDraft(resumed, sam, shown)).toEqual({ ...answers, manager: 'Alex' });
    expect(resumed.said()).toBe(
      '\nSo far:\n  Alex named a strength: Explains hard things simply\n  Alex shared: I failed my first marathon: I started too fast.\n  Parked, from Sam: The sprint is late',
    );
    expect(await offerDraft(new ScriptedPrompter([['Pick up where you left off?', 'over']]), sam, shown)).toBe('over');
  });

  it('names what was parked last time at the opening, one line each, so it can go to the right meeting', async () => {
    const journal = samWithAPlan();
    const parked = [
      { part: 'yourself' as const, speaker: 'report' as const, text: 'Finishing the sprint tickets before the release' },
      { part: 'plan' as const, speaker: 'manager' as const, text: 'The reorg, and which team owns the\nbilling service after it, and when that will be decided' },
    ];
    applySession(journal, 'Sam', { ...emptySessionAnswers('Morgan'), parked }, '2026-11-25');
    const prompter = new ScriptedPrompter([['Alex › One thing Sam is doing well:', CTRL_C]]);
    const { flow, last } = flowFor(journal, emptySessionAnswers('Alex'));
    await expect(runSession(prompter, flow, last)).rejects.toBeInstanceOf(CancelledError);
    expect(prompter.said()).toContain(
      'Parked on Wednesday 25 November 2026, for another meeting (take what still matters there):\n' +
        '  - Sam: Finishing the sprint tickets before the release\n' +
        '  - Morgan: The reorg, and which team owns the billing service after it, and when…',
    );
  });

  it('asks to rethink an item whose date has moved three times, rather than moving it again', async () => {
    const journal = samWithAPlan();
    addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-10-01');
    applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), items: [{ goal: 'g1', text: 'Give a talk', owner: 'Sam', due: '2026-10-20', every: '1w' }] }, '2026-10-01');
    for (const [on, due] of [['2026-10-20', '2026-11-01'], ['2026-11-01', '2026-11-15'], ['2026-11-15', '2026-12-01']]) {
      recordCheckin(journal, 'Sam', { item: 'a1', status: 'open', progress: 30, due }, on!);
    }
    addAction(journal, 'Sam', { goal: 'g1', text: 'Not from a session', due: '2026-12-01' }, '2026-10-01');
    const answers = emptySessionAnswers('Alex');
    await run(journal, answers, [
      ['How is it going?', 'open'],
      // The last value given is the default: Enter keeps it.
      ['How far along is it, from 0 to 100? (Enter for 30)', ''],
      ['What went well with it?', ''],
      ['What is in the way?', 'Every slot got cancelled'],
      ['Give it a new due date?', true],
      ['What would help, rather than moving it again?', 'renegotiate'],
      ['What will you do, in the words you would use now?', 'Give a 5-minute talk at the team meeting'],
      ['By when?', 'in 2 weeks'],
      ...strengths,
      ...partOne,
      ['Alex › Something you love doing', ''],
      ['Sam › What do you love doing', ''],
      ['Sam › If the next few years went wonderfully', ''],
      ['Sam › What makes you want to get up', ''],
      ['Sam › In your own words: what makes you wake up every morning?', 'Helping people find their voice.'],
      ['Which goal is it for?', 'A calm public speaker'],
      ['Towards "A calm public speaker"', 'Ask for a slot at the guild'],
      ['Who will do it?', ''],
      ['By when?', 'in 3 weeks'],
      ['How often', '2w'],
      ['Is that right, and is that all?', 'right'],
      ['Keep any of these private?', 'done'],
    ]);
    expect(answers.reviews).toEqual([{ item: 'a1', status: 'open', progress: 30, blocker: 'Every slot got cancelled', renegotiate: 'Give a 5-minute talk at the team meeting', due: '2026-12-23' }]);
    expect(answers.mission).toBe('Helping people find their voice.');
  });
});
