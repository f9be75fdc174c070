import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { dueFacts, dueItems, dueReasons, isOverdue, overdueDays, type DueFact } from '../../src/domain/due';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { closeAction, findAction } from '../../src/domain/plan';
import { buildPlan } from '../support/plan-fixture';

const item = (fields: Partial<DueFact> = {}): DueFact => ({ due: '2026-12-20', every: '1w', created: '2026-11-01', ...fields });

describe('when an item is due for a check-in', () => {
  it('is due once its cadence has passed since it was added, then since its last check-in', () => {
    expect(dueReasons(item(), '2026-11-07')).toEqual([]);
    expect(dueReasons(item(), '2026-11-08')).toEqual([{ kind: 'cadence', days: 7, since: 'added' }]);
    expect(dueReasons(item({ checkedIn: '2026-11-10' }), '2026-11-16')).toEqual([]);
    expect(dueReasons(item({ checkedIn: '2026-11-10' }), '2026-11-17')).toEqual([{ kind: 'cadence', days: 7, since: 'checkin' }]);
    expect(dueReasons(item({ every: '4w', checkedIn: '2026-11-10' }), '2026-12-07')).toEqual([]);
    expect(dueReasons(item({ every: '4w', checkedIn: '2026-11-10' }), '2026-12-08')).toEqual([{ kind: 'cadence', days: 28, since: 'checkin' }]);
  });

  it('is due when its due date is 3 days away or less, until someone checks in within those days', () => {
    const soon = item({ due: '2026-11-12', every: '4w' });
    expect(dueReasons(soon, '2026-11-08')).toEqual([]);
    expect(dueReasons(soon, '2026-11-09')).toEqual([{ kind: 'due-soon', days: 3 }]);
    expect(dueReasons(soon, '2026-11-12')).toEqual([{ kind: 'due-soon', days: 0 }]);
    expect(dueReasons({ ...soon, checkedIn: '2026-11-08' }, '2026-11-10')).toEqual([{ kind: 'due-soon', days: 2 }]);
    expect(dueReasons({ ...soon, checkedIn: '2026-11-09' }, '2026-11-10')).toEqual([]);
  });

  it('is due at once when it is added inside those days: adding an item is not a check-in', () => {
    const friday = item({ due: '2026-12-04', every: '4w', created: '2026-12-01' });
    expect(dueReasons(friday, '2026-12-01')).toEqual([{ kind: 'due-soon', days: 3 }]);
    expect(dueReasons(friday, '2026-12-04')).toEqual([{ kind: 'due-soon', days: 0 }]);
    expect(dueReasons(friday, '2026-12-05')).toEqual([{ kind: 'overdue', days: 1 }]);
    expect(dueReasons(item({ due: '2026-11-26', created: '2026-11-25' }), '2026-11-25')).toEqual([{ kind: 'due-soon', days: 1 }]);
  });

  it('asks again on the due date after a check-in inside the window, once a day', () => {
    const soon = item({ due: '2026-11-12', every: '4w', checkedIn: '2026-11-10' });
    expect(dueReasons(soon, '2026-11-11')).toEqual([]);
    expect(dueReasons(soon, '2026-11-12')).toEqual([{ kind: 'due-soon', days: 0 }]);
    expect(dueReasons({ ...soon, checkedIn: '2026-11-12' }, '2026-11-12')).toEqual([]);
    expect(dueReasons({ ...soon, checkedIn: '2026-11-12' }, '2026-11-13')).toEqual([{ kind: 'overdue', days: 1 }]);
  });

  it('counts a check-in that carries a day before the item was added (made in a time zone behind) as made the day it was added', () => {
    const added = item({ due: '2026-11-12', created: '2026-11-10' });
    expect(dueReasons(added, '2026-11-11')).toEqual([{ kind: 'due-soon', days: 1 }]);
    expect(dueReasons({ ...added, checkedIn: '2026-11-09' }, '2026-11-11')).toEqual([]);
    expect(dueReasons({ ...added, checkedIn: '2026-11-08' }, '2026-11-12')).toEqual([{ kind: 'due-soon', days: 0 }]);
    // The cadence counts from the day the item was added, as for a check-in that day.
    expect(dueReasons(item({ due: '2027-01-20', created: '2026-11-10', checkedIn: '2026-11-09' }), '2026-11-17')).toEqual([{ kind: 'cadence', days: 7, since: 'checkin' }]);
  });

  it('is overdue every day after its due date, except on a day it was checked in on', () => {
    const late = item({ due: '2026-11-20', every: '4w', checkedIn: '2026-11-21' });
    expect(dueReasons(late, '2026-11-21')).toEqual([]);
    expect(dueReasons(late, '2026-11-25')).toEqual([{ kind: 'overdue', days: 5 }]);
  });

  it('gives every reason that applies', () => {
    expect(dueReasons(item({ due: '2026-11-20' }), '2026-11-25')).toEqual([
      { kind: 'overdue', days: 5 },
      { kind: 'cadence', days: 24, since: 'added' },
    ]);
  });

  it('lists the due items of a plan, earliest due date first, never a done or dropped one', () => {
    const journal = emptyJournal();
    buildPlan(journal);
    recordCheckin(journal, 'me', { item: 'a3', status: 'open', progress: 10 }, '2026-11-24');
    const me = personToRead(journal, 'me');
    const due = dueItems(me, '2026-12-02');
    expect(due.map((d) => d.action.id)).toEqual(['a1', 'a2']);
    expect(due.map((d) => isOverdue(d.reasons))).toEqual([true, false]);
    expect(due[1]!.reasons).toEqual([{ kind: 'due-soon', days: 2 }, { kind: 'cadence', days: 31, since: 'added' }]);
    expect(overdueDays(due[0]!.action, '2026-12-02')).toBe(12);
    expect(overdueDays(due[1]!.action, '2026-12-02')).toBe(0);

    closeAction(findAction(me, 'a1')!, 'done', '2026-12-02');
    expect(dueItems(me, '2026-12-02').map((d) => d.action.id)).toEqual(['a2']);
  });

  it('keeps, for each person, just the facts that decide it', () => {
    const journal = emptyJournal();
    buildPlan(journal);
    recordCheckin(journal, 'me', { item: 'a3', status: 'open', progress: 10 }, '2026-11-24');
    recordCheckin(journal, 'me', { item: 'a2', status: 'done' }, '2026-11-24');
    expect(dueFacts(journal)).toEqual(
      new Map([
        [
          'me',
          [
            { due: '2026-11-20', every: '1w', created: '2026-11-01' },
            { due: '2026-12-20', every: '2w', created: '2026-11-01', checkedIn: '2026-11-24' },
          ],
        ],
      ]),
    );
  });
});
