import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { keepDraft } from '../../src/domain/drafts';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal, setMission } from '../../src/domain/plan';
import { JournalSchema, type Journal } from '../../src/domain/schema';
import { applySession, emptySessionAnswers, itemsToReview, sessionDraft, type SessionAnswers } from '../../src/domain/session';
import { lastSession, sessionView } from '../../src/domain/session-view';

const FIRST = '2026-11-25';
const SECOND = '2026-12-09';
const sam = (journal: Journal) => personToRead(journal, 'Sam');

/** Sam, with one goal of their own and the first one-on-one with Alex: two items agreed. */
function afterFirstSession(): Journal {
  const journal = emptyJournal();
  addPerson(journal, 'Sam');
  addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
  addAction(journal, 'Sam', { goal: 'g1', text: 'Outline the talk', due: '2026-12-01' }, '2026-11-01');
  const answers: SessionAnswers = {
    ...emptySessionAnswers('Alex'),
    notes: [{ part: 'opening', speaker: 'manager', topic: 'strength', text: 'Explains things simply' }],
    parked: [{ part: 'yourself', speaker: 'report', text: 'The sprint is late' }],
    mission: 'I wake up to see people grow.',
    items: [
      { goal: 'g1', text: 'Give a 5-minute talk', owner: 'Sam', due: '2026-12-04', every: '1w' },
      { newGoal: 'A mentor people seek out', newGoalStage: 'learning', text: 'Find a mentoring course', owner: 'Alex', due: '2026-12-18', every: '2w' },
      { newGoal: 'A mentor people seek out', newGoalStage: 'learning', text: 'Pair with a new hire', owner: 'Sam', due: '2026-12-11', every: '1w' },
    ],
  };
  keepDraft(journal, 'Sam', 'session', answers, new Date('2026-11-25T10:00:00Z'));
  applySession(journal, 'Sam', answers, FIRST);
  return journal;
}

describe('saving a one-on-one', () => {
  it('keeps it as one record, with the items agreed carrying its id, new goals made once, and the manager remembered as the journal owner', () => {
    const journal = afterFirstSession();
    const person = sam(journal);
    expect(person.sessions).toEqual([
      {
        id: 's1',
        on: FIRST,
        manager: 'Alex',
        notes: [{ part: 'opening', speaker: 'manager', topic: 'strength', text: 'Explains things simply' }],
        parked: [{ part: 'yourself', speaker: 'report', text: 'The sprint is late' }],
        items: [
          { item: 'a2', text: 'Give a 5-minute talk', owner: 'Sam', due: '2026-12-04' },
          { item: 'a3', text: 'Find a mentoring course', owner: 'Alex', due: '2026-12-18' },
          { item: 'a4', text: 'Pair with a new hire', owner: 'Sam', due: '2026-12-11' },
        ],
        next: '2026-12-09',
      },
    ]);
    expect(person.goals.map((g) => [g.id, g.title, g.stages])).toEqual([
      ['g1', 'A calm public speaker', []],
      ['g2', 'A mentor people seek out', [{ name: 'learning', on: FIRST }]],
    ]);
    expect(person.actions.map((a) => [a.id, a.goal, a.owner, a.due, a.session])).toEqual([
      ['a1', 'g1', 'Sam', '2026-12-01', undefined],
      ['a2', 'g1', 'Sam', '2026-12-04', 's1'],
      ['a3', 'g2', 'Alex', '2026-12-18', 's1'],
      ['a4', 'g2', 'Sam', '2026-12-11', 's1'],
    ]);
    expect(person.missions).toEqual([{ text: 'I wake up to see people grow.', since: FIRST }]);
    expect(person.drafts).toEqual([]);
    expect(journal.owner).toBe('Alex');
    expect(JournalSchema.safeParse(journal).success).toBe(true);
  });

  it('records the review as check-ins through the check-in rules: done, carried over to a new date, let go', () => {
    const journal = afterFirstSession();
    recordCheckin(journal, 'Sam', { item: 'a4', status: 'done', well: 'Paired twice' }, '2026-12-02');
    const review = itemsToReview(sam(journal));
    expect(review.open.map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(review.closedSince.map((a) => a.id)).toEqual(['a4']);

    const answers: SessionAnswers = {
      ...emptySessionAnswers('Morgan'),
      reviews: [
        { item: 'a2', status: 'open', blocker: 'No team meeting this month', due: '2027-01-08' },
        { item: 'a3', status: 'dropped', reason: 'The course was cancelled' },
      ],
    };
    const second = applySession(journal, 'Sam', answers, SECOND);
    const person = sam(journal);
    expect(person.checkins.filter((c) => c.session === second.id)).toEqual([
      { id: 'c2', on: SECOND, item: 'a2', status: 'open', progress: 0, blocker: 'No team meeting this month', moved: { from: '2026-12-04', to: '2027-01-08' }, session: 's2' },
      { id: 'c3', on: SECOND, item: 'a3', status: 'dropped', progress: 0, session: 's2' },
    ]);
    expect(person.actions.find((a) => a.id === 'a3')).toMatchObject({ status: 'dropped', reason: 'The course was cancelled', closed: SECOND });
    // Another manager's name is used for the session, the remembered one stays.
    expect(journal.owner).toBe('Alex');
    expect(lastSession(person)?.id).toBe('s2');
    // The item carried over in s2 is reviewed again in the next one; the one let go in s2 is not.
    expect(itemsToReview(person)).toMatchObject({ open: [{ id: 'a2' }], closedSince: [] });
  });

  it('shows a session with what was reviewed and agreed in it, and the mission statement as it stood', () => {
    const journal = afterFirstSession();
    applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), reviews: [{ item: 'a2', status: 'done', well: 'It went fine' }] }, SECOND);
    setMission(sam(journal), 'A later statement.', '2027-01-01');
    const [first, second] = sam(journal).sessions;
    const firstView = sessionView(sam(journal), first!);
    expect(firstView.agreed.map((a) => [a.action.id, a.goal])).toEqual([
      ['a2', 'A calm public speaker'],
      ['a3', 'A mentor people seek out'],
      ['a4', 'A mentor people seek out'],
    ]);
    expect(firstView.mission).toMatchObject({ version: { text: 'I wake up to see people grow.' }, written: true });
    const secondView = sessionView(sam(journal), second!);
    expect(secondView.reviewed.map((r) => [r.action.id, r.checkin.status, r.checkin.well])).toEqual([['a2', 'done', 'It went fine']]);
    expect(secondView.mission).toMatchObject({ version: { since: FIRST }, written: false });
  });
});

describe('a session draft', () => {
  it('keeps the answers so far, and is read back only when it is whole', () => {
    const journal = emptyJournal();
    addPerson(journal, 'Sam');
    const answers = { ...emptySessionAnswers('Alex'), asked: ['strength-1'], notes: [{ part: 'opening' as const, speaker: 'manager' as const, topic: 'strength', text: 'Kind' }] };
    keepDraft(journal, 'Sam', 'session', answers, new Date('2026-11-25T10:00:00Z'));
    expect(sessionDraft(sam(journal))).toEqual({ saved: '2026-11-25T10:00:00Z', answers });
    sam(journal).drafts[0]!.answers = { manager: 'Alex' };
    expect(sessionDraft(sam(journal))).toBeUndefined();
  });
});
