import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { findAction } from '../../src/domain/plan';
import type { Journal } from '../../src/domain/schema';
import { CancelledError } from '../../src/errors';
import type { ItemCheckinContext } from '../../src/flows/checkin-item';
import { checkinOnOne, checkinRound } from '../../src/flows/checkin-round';
import { buildPlan } from '../support/plan-fixture';
import { CTRL_C, ScriptedPrompter, type Step } from '../support/scripted-prompter';

/** Saves like the store does: each change applies to the newest journal, or not at all. */
function memoryJournal(setUp: (journal: Journal) => void = () => undefined) {
  let saved = emptyJournal();
  buildPlan(saved);
  setUp(saved);
  return {
    context(today: string): ItemCheckinContext {
      return {
        person: personToRead(structuredClone(saved), 'me'),
        today,
        save: async (change) => {
          const next = structuredClone(saved);
          const result = change(next);
          saved = next;
          return result;
        },
      };
    },
    me: () => personToRead(saved, 'me'),
  };
}

const PULSE: Step[] = [
  ['Add a pulse', true],
  ['Autonomy', '4'],
  ['Mastery', '3'],
  ['Purpose', '5'],
];

describe('the check-in round', () => {
  // On 2 December a1 is overdue, a2 is due in 2 days and a3 has had no check-in for 4 weeks.
  const TODAY = '2026-12-02';

  it('opens with what went well, goes through the due items (one skipped) and ends with the pulse', async () => {
    const journal = memoryJournal();
    const prompter = new ScriptedPrompter([
      ['What went well since last time?', 'Spoke up in the design review'],
      ['How is it going?', 'open'],
      ['How far along', '40'],
      ['What went well?', 'Found the three main points'],
      ['What is in the way?', ''],
      ['Move the due date? It is due Friday 20 November 2026.', true],
      ['New due date', 'in 2 weeks'],
      ['How is it going?', 'skip'],
      ['How is it going?', 'done'],
      ['What went well?', ' '],
      ['What went well?', 'Paired with Ada twice'],
      ...PULSE,
    ]);
    const result = await checkinRound(prompter, journal.context(TODAY));
    expect(result).toEqual({ items: ['a1', 'a3'], skipped: ['a2'], general: 'c1' });
    expect(journal.me().checkins).toEqual([
      { id: 'c1', on: TODAY, well: 'Spoke up in the design review', pulse: { autonomy: 4, mastery: 3, purpose: 5 } },
      { id: 'c2', on: TODAY, item: 'a1', status: 'open', progress: 40, well: 'Found the three main points', moved: { from: '2026-11-20', to: '2026-12-16' } },
      { id: 'c3', on: TODAY, item: 'a3', status: 'done', progress: 100, well: 'Paired with Ada twice' },
    ]);
    expect(findAction(journal.me(), 'a3')).toMatchObject({ status: 'done', closed: TODAY });
    const said = prompter.said();
    expect(said).toContain('Check-in: 3 items to look at.');
    expect(said).toContain('a1  Outline the talk\n  for: A calm public speaker\n  overdue by 12 days');
    expect(said).toContain('Thank you. You checked in on 2 items; 1 item can wait for next time.');
    expect(prompter.transcript).toContain('rejected: Even something small counts: a step you took, or something you learned.');
  });

  it('keeps the finished items when stopped with Ctrl+C, and nothing of the one half answered', async () => {
    const journal = memoryJournal();
    const prompter = new ScriptedPrompter([
      ['What went well since last time?', ''],
      ['How is it going?', 'done'],
      ['What went well?', 'Outlined it on the train'],
      ['How is it going?', 'open'],
      ['How far along', '30'],
      ['What went well?', CTRL_C],
    ]);
    const stopped = checkinRound(prompter, journal.context(TODAY));
    await expect(stopped).rejects.toThrow(CancelledError);
    await expect(stopped).rejects.toThrow('Stopped. What you finished is saved (1 item); the question you were on is not.');
    expect(journal.me().checkins.map((c) => [c.item, c.status])).toEqual([['a1', 'done']]);
  });

  it('says whose an item is when someone else does it (her manager, in her own plan)', async () => {
    const journal = memoryJournal((j) => void (personToRead(j, 'me').actions[0]!.owner = 'Alex'));
    const prompter = new ScriptedPrompter([
      ['What went well since last time?', ''],
      ['How is it going?', 'skip'],
      ['How is it going?', 'end'],
    ]);
    await checkinRound(prompter, journal.context(TODAY));
    expect(prompter.said()).toContain('a1  Outline the talk\n  for: A calm public speaker\n  Alex does it\n  overdue by 12 days');
    expect(prompter.said()).toContain('a2  Rehearse with Sam\n  for: A calm public speaker\n  due in 2 days');
  });

  it('ends the round when asked, without the pulse', async () => {
    const journal = memoryJournal();
    const prompter = new ScriptedPrompter([
      ['What went well since last time?', 'A calm week'],
      ['How is it going?', 'end'],
    ]);
    expect(await checkinRound(prompter, journal.context(TODAY))).toEqual({ items: [], skipped: [], general: 'c1' });
    expect(journal.me().checkins).toEqual([{ id: 'c1', on: TODAY, well: 'A calm week' }]);
  });

  it('says when nothing is due, and offers the open items one by one', async () => {
    const journal = memoryJournal();
    const prompter = new ScriptedPrompter([
      ['Would you like to check in on an open item anyway?', true],
      ['What went well since last time?', ''],
      ['Which item?', 'a2'],
      ['How is it going?', 'open'],
      ['How far along', '20'],
      ['What went well?', 'Booked a room'],
      ['What is in the way?', 'Sam is away until Monday'],
      ['Move the due date?', false],
      ['Which item?', ''],
      ['Add a pulse', false],
    ]);
    await checkinRound(prompter, journal.context('2026-11-02'));
    expect(prompter.said()).toContain('Nothing is due for a check-in right now.');
    expect(journal.me().checkins).toEqual([{ id: 'c1', on: '2026-11-02', item: 'a2', status: 'open', progress: 20, well: 'Booked a room', blocker: 'Sam is away until Monday' }]);

    const declined = new ScriptedPrompter([['Would you like to check in on an open item anyway?', false]]);
    expect(await checkinRound(declined, journal.context('2026-11-02'))).toEqual({ items: [], skipped: [] });
  });
});

describe('an item whose due date has moved three times', () => {
  const TODAY = '2026-12-14';
  const movedThrice = () =>
    memoryJournal((journal) => {
      ['2026-11-27', '2026-12-04', '2026-12-11'].forEach((due, i) => recordCheckin(journal, 'me', { item: 'a1', status: 'open', progress: 10 * i, due }, `2026-11-2${i}`));
    });
  const upToTheMove: Step[] = [
    ['How is it going?', 'open'],
    ['How far along', '50'],
    ['What went well?', 'Wrote the opening'],
    ['What is in the way?', ''],
    ['Move the due date?', true],
  ];

  it('is split into smaller items rather than moved again', async () => {
    const journal = movedThrice();
    const prompter = new ScriptedPrompter([
      ...upToTheMove,
      ['What would help, rather than moving it again?', 'split'],
      ['The first smaller item', 'List three stories'],
      ['Who will do it? (Enter for me)', ''],
      ['By when?', 'in 3 days'],
      ['Smaller item 2', 'Put them in order'],
      ['Who will do it? (Enter for me)', 'Sam'],
      ['By when?', '2026-12-24'],
      ['Smaller item 3', ''],
    ]);
    await checkinOnOne(prompter, journal.context(TODAY), 'a1');
    expect(prompter.said()).toContain('The due date of a1 has moved 3 times already.');
    expect(findAction(journal.me(), 'a1')).toMatchObject({ status: 'dropped', due: '2026-12-11' });
    expect(journal.me().actions.slice(3).map((a) => [a.id, a.text, a.owner, a.due])).toEqual([
      ['a4', 'List three stories', 'me', '2026-12-17'],
      ['a5', 'Put them in order', 'Sam', '2026-12-24'],
    ]);
    expect(prompter.said()).toContain('a1 is split into a4 and a5; a1 is closed. Saved (c4).');
    expect(journal.me().checkins.at(-1)).toMatchObject({ item: 'a1', status: 'dropped', progress: 50, split: ['a4', 'a5'] });
  });

  it('is renegotiated with new words and a new date', async () => {
    const journal = movedThrice();
    const prompter = new ScriptedPrompter([
      ...upToTheMove,
      ['What would help, rather than moving it again?', 'renegotiate'],
      ['What will you do', 'Outline the first half'],
      ['By when?', '2026-12-31'],
    ]);
    await checkinOnOne(prompter, journal.context(TODAY), 'a1');
    expect(findAction(journal.me(), 'a1')).toMatchObject({ status: 'open', text: 'Outline the first half', due: '2026-12-31' });
    expect(journal.me().checkins.at(-1)).toMatchObject({ renegotiated: { text: 'Outline the talk' }, moved: { from: '2026-12-11', to: '2026-12-31' } });
  });

  it('is dropped with a reason', async () => {
    const journal = movedThrice();
    const prompter = new ScriptedPrompter([...upToTheMove, ['What would help, rather than moving it again?', 'drop'], ['Why let it go?', 'The talk was cancelled']]);
    await checkinOnOne(prompter, journal.context(TODAY), 'a1');
    expect(findAction(journal.me(), 'a1')).toMatchObject({ status: 'dropped', reason: 'The talk was cancelled', due: '2026-12-11' });
  });
});
