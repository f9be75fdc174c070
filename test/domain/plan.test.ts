import { describe, expect, it } from 'vitest';
import { emptyJournal, emptyPerson, personToRead } from '../../src/domain/journal';
import { addAction, addGoal, closeAction, currentMission, currentStage, ownerOfId, setGoalStage, setMission } from '../../src/domain/plan';
import { goalProgress, lastCheckin, latestCheckins } from '../../src/domain/progress';

describe('the plan', () => {
  it('keeps earlier mission statements with their dates', () => {
    const journal = emptyJournal();
    const me = personToRead(journal, 'me');
    setMission(me, 'I wake up to help people grow.', '2026-01-05');
    setMission(me, 'I wake up to help people grow.', '2026-02-01');
    setMission(me, 'I wake up to build calm teams.', '2026-11-25');
    expect(me.missions).toEqual([
      { text: 'I wake up to help people grow.', since: '2026-01-05' },
      { text: 'I wake up to build calm teams.', since: '2026-11-25' },
    ]);
    expect(currentMission(me)?.text).toBe('I wake up to build calm teams.');
  });

  it('adds goals with a stage that moves over time', () => {
    const journal = emptyJournal();
    const goal = addGoal(journal, 'me', { title: 'A calm public speaker', why: 'to share what I learn', stage: 'learning' }, '2026-11-01');
    setGoalStage(goal, 'learning', '2026-11-10');
    setGoalStage(goal, 'practising', '2026-11-25');
    expect(goal).toMatchObject({ id: 'g1', why: 'to share what I learn', created: '2026-11-01' });
    expect(goal.stages).toEqual([
      { name: 'learning', on: '2026-11-01' },
      { name: 'practising', on: '2026-11-25' },
    ]);
    expect(currentStage(goal)).toBe('practising');
  });

  it('adds action items owned by the plan’s person unless another owner is named', () => {
    const journal = emptyJournal();
    journal.people.push(emptyPerson('Sam'));
    const goal = addGoal(journal, 'Sam', { title: 'A mentor' }, '2026-11-01');
    const own = addAction(journal, 'Sam', { goal: goal.id, text: 'Pair with a new hire weekly', due: '2026-12-01' }, '2026-11-01');
    const managers = addAction(journal, 'Sam', { goal: goal.id, text: 'Find a mentoring course', owner: 'Morgan', due: '2026-12-10', every: '2w' }, '2026-11-01');
    expect(own).toMatchObject({ id: 'a1', owner: 'Sam', every: '1w', status: 'open' });
    expect(managers).toMatchObject({ id: 'a2', owner: 'Morgan', every: '2w' });
    expect(addAction(journal, 'me', { goal: goal.id, text: 'x', due: '2026-12-01' }, '2026-11-01')).toBeUndefined();
    expect(ownerOfId(journal, 'a2')?.name).toBe('Sam');
  });

  it('measures progress from the latest check-in of each item that was not dropped', () => {
    const journal = emptyJournal();
    const goal = addGoal(journal, 'me', { title: 'A writer' }, '2026-11-01');
    const [a, b, c] = ['Draft', 'Publish', 'Drop me'].map((text) => addAction(journal, 'me', { goal: goal.id, text, due: '2026-12-01' }, '2026-11-01')!);
    const me = personToRead(journal, 'me');
    expect(goalProgress(goal, me)).toBe(0);
    me.checkins.push(
      { id: 'c1', on: '2026-11-10', item: a!.id, status: 'open', progress: 60 },
      { id: 'c2', on: '2026-11-10', item: a!.id, status: 'open', progress: 40 },
      { id: 'c3', on: '2026-11-03', item: a!.id, status: 'open', progress: 90 },
    );
    closeAction(b!, 'done', '2026-11-20');
    closeAction(c!, 'dropped', '2026-11-20', 'no longer matters');
    expect(latestCheckins(me).get(a!.id)?.id).toBe('c2');
    expect(goalProgress(goal, me)).toBe(70);
    expect(lastCheckin(me)?.id).toBe('c2');
    expect(c).toMatchObject({ status: 'dropped', closed: '2026-11-20', reason: 'no longer matters' });
  });
});
