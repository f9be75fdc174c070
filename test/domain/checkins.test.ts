import { describe, expect, it } from 'vitest';
import {
  attachPulse,
  knownProgress,
  movesSinceRenegotiation,
  needsRenegotiation,
  recordCheckin,
  recordGeneralCheckin,
} from '../../src/domain/checkins';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { findAction } from '../../src/domain/plan';
import type { Journal } from '../../src/domain/schema';
import { JournalSchema } from '../../src/domain/schema';
import { buildPlan } from '../support/plan-fixture';
import { problemOf } from '../support/problem';

function plan(): Journal {
  const journal = emptyJournal();
  buildPlan(journal);
  return journal;
}

const me = (journal: Journal) => personToRead(journal, 'me');

describe('recording a check-in on an item', () => {
  it('keeps what went well and what is in the way, and starts from the last progress', () => {
    const journal = plan();
    const first = recordCheckin(journal, 'me', { item: 'a1', status: 'open', progress: 40, well: 'Found the three points', blocker: 'No slot to rehearse' }, '2026-11-10');
    expect(first).toEqual({ id: 'c1', on: '2026-11-10', item: 'a1', status: 'open', progress: 40, well: 'Found the three points', blocker: 'No slot to rehearse' });
    expect(knownProgress(me(journal), 'a1')).toBe(40);
    expect(knownProgress(me(journal), 'a2')).toBeUndefined();
    expect(recordCheckin(journal, 'me', { item: 'a1', status: 'open' }, '2026-11-17').progress).toBe(40);
    expect(JournalSchema.safeParse(journal).success).toBe(true);
  });

  it('closes an item as done (at 100 unless told) or dropped with its reason, and reopens it', () => {
    const journal = plan();
    expect(recordCheckin(journal, 'me', { item: 'a1', status: 'done', well: 'Gave the talk' }, '2026-11-20').progress).toBe(100);
    expect(findAction(me(journal), 'a1')).toMatchObject({ status: 'done', closed: '2026-11-20' });
    recordCheckin(journal, 'me', { item: 'a2', status: 'dropped', reason: 'Sam moved teams' }, '2026-11-20');
    expect(findAction(me(journal), 'a2')).toMatchObject({ status: 'dropped', closed: '2026-11-20', reason: 'Sam moved teams' });
    recordCheckin(journal, 'me', { item: 'a2', status: 'open', progress: 10 }, '2026-11-21');
    expect(findAction(me(journal), 'a2')).toEqual(expect.not.objectContaining({ closed: expect.anything(), reason: expect.anything() }));
    expect(findAction(me(journal), 'a2')!.status).toBe('open');
  });

  it('records a moved due date, and after three moves asks for a renegotiation instead', () => {
    const journal = plan();
    const moves = ['2026-11-27', '2026-12-04', '2026-12-11'];
    moves.forEach((due, i) => recordCheckin(journal, 'me', { item: 'a1', status: 'open', due }, `2026-11-2${i}`));
    recordCheckin(journal, 'me', { item: 'a1', status: 'open', due: '2026-12-11' }, '2026-11-23');
    expect(me(journal).checkins.map((c) => c.moved)).toEqual([
      { from: '2026-11-20', to: '2026-11-27' },
      { from: '2026-11-27', to: '2026-12-04' },
      { from: '2026-12-04', to: '2026-12-11' },
      undefined,
    ]);
    expect(movesSinceRenegotiation(me(journal), 'a1')).toBe(3);
    expect(needsRenegotiation(me(journal), 'a1')).toBe(true);

    const before = JSON.stringify(journal);
    expect(problemOf(() => recordCheckin(journal, 'me', { item: 'a1', status: 'open', due: '2026-12-18' }, '2026-11-25'))).toEqual({ key: 'movedTooOften', id: 'a1', moves: 3 });
    expect(JSON.stringify(journal)).toBe(before);

    const renegotiated = recordCheckin(journal, 'me', { item: 'a1', status: 'open', renegotiate: 'Outline the first half', due: '2026-12-18' }, '2026-11-25');
    expect(renegotiated).toMatchObject({ renegotiated: { text: 'Outline the talk' }, moved: { from: '2026-12-11', to: '2026-12-18' } });
    expect(findAction(me(journal), 'a1')).toMatchObject({ text: 'Outline the first half', due: '2026-12-18' });
    expect(movesSinceRenegotiation(me(journal), 'a1')).toBe(0);
    expect(JournalSchema.safeParse(journal).success).toBe(true);
  });

  it('splits an item into smaller ones with the same goal, owner and cadence', () => {
    const journal = plan();
    const split = recordCheckin(
      journal,
      'me',
      { item: 'a1', status: 'dropped', split: [{ text: 'List three stories', due: '2026-11-27' }, { text: 'Order them', due: '2026-12-02' }] },
      '2026-11-25',
    );
    expect(split).toMatchObject({ status: 'dropped', split: ['a4', 'a5'] });
    expect(me(journal).actions.slice(3)).toEqual([
      { id: 'a4', goal: 'g1', text: 'List three stories', owner: 'me', due: '2026-11-27', every: '1w', status: 'open', created: '2026-11-25' },
      { id: 'a5', goal: 'g1', text: 'Order them', owner: 'me', due: '2026-12-02', every: '1w', status: 'open', created: '2026-11-25' },
    ]);
    expect(findAction(me(journal), 'a1')!.status).toBe('dropped');
    expect(JournalSchema.safeParse(journal).success).toBe(true);

    split.split = ['a4', 'a9'];
    const result = JournalSchema.safeParse(journal);
    expect(result.error?.issues[0]).toMatchObject({ message: 'refers to unknown action item a9', path: ['people', 0, 'checkins', 0, 'split', 1] });
  });

  it('refuses an item that is not in the plan', () => {
    expect(problemOf(() => recordCheckin(plan(), 'me', { item: 'a9', status: 'open' }, '2026-11-25'))).toEqual({ key: 'unknownItem', id: 'a9', person: 'me' });
  });
});

describe('a general check-in', () => {
  it('holds what went well in general and, added later in the round, the pulse', () => {
    const journal = plan();
    const general = recordGeneralCheckin(journal, 'me', { well: 'A calm week' }, '2026-11-25');
    attachPulse(journal, 'me', general.id, { autonomy: 4, mastery: 3, purpose: 5 });
    expect(me(journal).checkins).toEqual([{ id: 'c1', on: '2026-11-25', well: 'A calm week', pulse: { autonomy: 4, mastery: 3, purpose: 5 } }]);
    expect(JournalSchema.safeParse(journal).success).toBe(true);
  });
});
