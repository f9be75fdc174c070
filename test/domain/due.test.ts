import { describe, expect, it } from 'vitest';
import { dueItems, dueReasons, isOverdue, overdueDays } from '../../src/domain/due';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import type { Action, Checkin } from '../../src/domain/schema';
import { buildPlan } from '../support/plan-fixture';

const item = (fields: Partial<Action> = {}): Action => ({
  id: 'a1',
  goal: 'g1',
  text: 'Outline the talk',
  owner: 'me',
  due: '2026-12-20',
  every: '1w',
  status: 'open',
  created: '2026-11-01',
  ...fields,
});
const checkin = (on: string): Checkin => ({ id: 'c1', on, item: 'a1', status: 'open', progress: 40 });

describe('when an item is due for a check-in', () => {
  it('is due once its cadence has passed since it was added, then since its last check-in', () => {
    expect(dueReasons(item(), undefined, '2026-11-07')).toEqual([]);
    expect(dueReasons(item(), undefined, '2026-11-08')).toEqual([{ kind: 'cadence', days: 7, since: 'added' }]);
    expect(dueReasons(item(), checkin('2026-11-10'), '2026-11-16')).toEqual([]);
    expect(dueReasons(item(), checkin('2026-11-10'), '2026-11-17')).toEqual([{ kind: 'cadence', days: 7, since: 'checkin' }]);
    expect(dueReasons(item({ every: '4w' }), checkin('2026-11-10'), '2026-12-07')).toEqual([]);
    expect(dueReasons(item({ every: '4w' }), checkin('2026-11-10'), '2026-12-08')).toEqual([{ kind: 'cadence', days: 28, since: 'checkin' }]);
  });

  it('is due when its due date is 3 days away or less, until someone checks in within those days', () => {
    const soon = item({ due: '2026-11-12', every: '4w' });
    expect(dueReasons(soon, undefined, '2026-11-08')).toEqual([]);
    expect(dueReasons(soon, undefined, '2026-11-09')).toEqual([{ kind: 'due-soon', days: 3 }]);
    expect(dueReasons(soon, undefined, '2026-11-12')).toEqual([{ kind: 'due-soon', days: 0 }]);
    expect(dueReasons(soon, checkin('2026-11-08'), '2026-11-10')).toEqual([{ kind: 'due-soon', days: 2 }]);
    expect(dueReasons(soon, checkin('2026-11-09'), '2026-11-10')).toEqual([]);
  });

  it('is overdue every day after its due date, except on a day it was checked in on', () => {
    const late = item({ due: '2026-11-20', every: '4w' });
    expect(dueReasons(late, checkin('2026-11-21'), '2026-11-21')).toEqual([]);
    expect(dueReasons(late, checkin('2026-11-21'), '2026-11-25')).toEqual([{ kind: 'overdue', days: 5 }]);
    expect(overdueDays(late, '2026-11-25')).toBe(5);
    expect(overdueDays(late, '2026-11-19')).toBe(0);
  });

  it('gives every reason that applies, and none for a done or dropped item', () => {
    expect(dueReasons(item({ due: '2026-11-20' }), undefined, '2026-11-25')).toEqual([
      { kind: 'overdue', days: 5 },
      { kind: 'cadence', days: 24, since: 'added' },
    ]);
    expect(dueReasons(item({ due: '2026-11-20', status: 'done' }), undefined, '2026-11-25')).toEqual([]);
    expect(dueReasons(item({ due: '2026-11-20', status: 'dropped' }), undefined, '2026-11-25')).toEqual([]);
  });

  it('lists the due items of a plan, earliest due date first', () => {
    const journal = emptyJournal();
    buildPlan(journal);
    const me = personToRead(journal, 'me');
    me.checkins.push({ id: 'c1', on: '2026-11-24', item: 'a3', status: 'open', progress: 10 });
    const due = dueItems(me, '2026-12-02');
    expect(due.map((d) => d.action.id)).toEqual(['a1', 'a2']);
    expect(due.map(isOverdue)).toEqual([true, false]);
    expect(due[1]!.reasons).toEqual([{ kind: 'due-soon', days: 2 }, { kind: 'cadence', days: 31, since: 'added' }]);
  });
});
