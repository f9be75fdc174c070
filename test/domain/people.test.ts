import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { emptyJournal } from '../../src/domain/journal';
import { addPerson, checkName, peopleRows } from '../../src/domain/people';
import { addAction, addGoal } from '../../src/domain/plan';
import { applySession, emptySessionAnswers } from '../../src/domain/session';

describe('people', () => {
  it('are added once, whatever the case they are typed in', () => {
    const journal = emptyJournal();
    expect(addPerson(journal, 'Sam')).toMatchObject({ person: { name: 'Sam' }, added: true });
    expect(addPerson(journal, 'sam')).toMatchObject({ person: { name: 'Sam' }, added: false });
    expect(addPerson(journal, 'ME')).toMatchObject({ person: { name: 'me' }, added: true });
    expect(journal.people.map((p) => p.name)).toEqual(['Sam', 'me']);
  });

  it('have names of one plain line', () => {
    expect(checkName('  Sam Lee ')).toBe('Sam Lee');
    expect(checkName('   ')).toBeUndefined();
    expect(checkName('Sam\u001b[31m')).toBeUndefined();
    expect(checkName('x'.repeat(81))).toBeUndefined();
  });

  it('are listed with the open item due soonest (and why it is due for a check-in) and their last one-on-one', () => {
    const journal = emptyJournal();
    addPerson(journal, 'Sam');
    addPerson(journal, 'Kim');
    addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
    addAction(journal, 'Sam', { goal: 'g1', text: 'Rehearse', due: '2026-12-20', every: '4w' }, '2026-11-01');
    addAction(journal, 'Sam', { goal: 'g1', text: 'Outline the talk', due: '2026-11-20', every: '4w' }, '2026-11-01');
    addAction(journal, 'Sam', { goal: 'g1', text: 'Book a room', due: '2026-11-10', every: '4w' }, '2026-11-01');
    recordCheckin(journal, 'Sam', { item: 'a3', status: 'done' }, '2026-11-09');
    applySession(journal, 'Sam', emptySessionAnswers('Alex'), '2026-11-18');

    const [sam, kim] = peopleRows(journal, '2026-11-25');
    expect(sam).toMatchObject({ name: 'Sam', openItems: 2, next: { action: { id: 'a2' }, reasons: [{ kind: 'overdue', days: 5 }] }, lastSession: { id: 's1', manager: 'Alex' } });
    expect(kim).toEqual({ name: 'Kim', openItems: 0 });
    // Checked in today: still the next item, but not due for another check-in.
    recordCheckin(journal, 'Sam', { item: 'a2', status: 'open', progress: 50 }, '2026-11-25');
    expect(peopleRows(journal, '2026-11-25')[0]!.next).toMatchObject({ action: { id: 'a2' }, reasons: [] });
  });
});
