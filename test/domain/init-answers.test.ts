import { describe, expect, it } from 'vitest';
import { keepDraft } from '../../src/domain/drafts';
import { answersFromPlan, applyInit, emptyAnswers, initDraft, type InitAnswers } from '../../src/domain/init-answers';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { addAction, addGoal, setMission } from '../../src/domain/plan';

const firstPlan: InitAnswers = {
  reflections: { plans: 'A half marathon in spring', strengths: 'Explaining things simply', love: 'Pairing on hard bugs' },
  mission: 'I wake up to help people find their own way.',
  goals: [
    {
      title: 'A calm public speaker',
      why: 'to share what I learn',
      stage: 'learning',
      actions: [
        { text: 'Give a 5-minute talk at the team meeting', owner: 'me', due: '2026-12-04', every: '1w' },
        { text: 'Find a speaking course', owner: 'Morgan', due: '2027-01-31', every: '2w' },
      ],
    },
  ],
  done: ['about', 'dreams', 'plan'],
};

describe('applyInit', () => {
  it('saves reflections with their question, the mission, goals and action items', () => {
    const journal = emptyJournal();
    applyInit(journal, 'me', structuredClone(firstPlan), '2026-11-25');
    const me = personToRead(journal, 'me');
    expect(me.reflections).toEqual([
      { id: 'r1', kind: 'about', question: 'plans', text: 'A half marathon in spring', on: '2026-11-25' },
      { id: 'r2', kind: 'strength', question: 'strengths', text: 'Explaining things simply', on: '2026-11-25' },
      { id: 'r3', kind: 'passion', question: 'love', text: 'Pairing on hard bugs', on: '2026-11-25' },
    ]);
    expect(me.missions).toEqual([{ text: 'I wake up to help people find their own way.', since: '2026-11-25' }]);
    expect(me.goals).toEqual([{ id: 'g1', title: 'A calm public speaker', why: 'to share what I learn', stages: [{ name: 'learning', on: '2026-11-25' }], created: '2026-11-25' }]);
    expect(me.actions).toMatchObject([
      { id: 'a1', goal: 'g1', owner: 'me', due: '2026-12-04', every: '1w', status: 'open' },
      { id: 'a2', goal: 'g1', owner: 'Morgan', due: '2027-01-31', every: '2w', status: 'open' },
    ]);
  });

  it('revises a plan: changed answers are added beside the old, items are changed or dropped, and the draft goes', () => {
    const journal = emptyJournal();
    applyInit(journal, 'me', structuredClone(firstPlan), '2026-11-25');
    const me = personToRead(journal, 'me');
    keepDraft(journal, 'me', 'init', emptyAnswers(), new Date('2026-12-01T09:00:00Z'));

    const revision = answersFromPlan(me);
    expect(revision).toEqual({ ...firstPlan, goals: [{ ...firstPlan.goals[0], id: 'g1', actions: firstPlan.goals[0]!.actions.map((a, i) => ({ ...a, id: `a${i + 1}` })) }], done: [] });
    revision.reflections.plans = 'A full marathon next autumn';
    revision.mission = 'I wake up to build calm, curious teams.';
    revision.goals[0]!.stage = 'practising';
    revision.goals[0]!.actions[0]!.due = '2026-12-11';
    revision.goals[0]!.actions[1]!.dropped = true;
    revision.goals.push({ title: 'A mentor people seek out', actions: [{ text: 'Pair with a new hire weekly', owner: 'me', due: '2026-12-15', every: '1w' }] });
    applyInit(journal, 'me', revision, '2026-12-01');

    expect(me.reflections.filter((r) => r.question === 'plans').map((r) => r.text)).toEqual(['A half marathon in spring', 'A full marathon next autumn']);
    expect(me.reflections).toHaveLength(4);
    expect(me.missions.map((v) => v.text)).toEqual(['I wake up to help people find their own way.', 'I wake up to build calm, curious teams.']);
    expect(me.goals[0]!.stages.map((s) => s.name)).toEqual(['learning', 'practising']);
    expect(me.actions).toMatchObject([
      { id: 'a1', due: '2026-12-11', status: 'open' },
      { id: 'a2', status: 'dropped', closed: '2026-12-01' },
      { id: 'a3', goal: 'g2', text: 'Pair with a new hire weekly' },
    ]);
    expect(me.drafts).toEqual([]);
    // Items already closed are history, not part of the plan to revise.
    expect(answersFromPlan(me).goals[0]!.actions.map((a) => a.id)).toEqual(['a1']);
  });
});

describe('init drafts', () => {
  it('keep the answers so far, replacing an earlier draft, and read them back', () => {
    const journal = emptyJournal();
    keepDraft(journal, 'me', 'init', { ...emptyAnswers(), reflections: { plans: 'first try' } }, new Date('2026-11-25T10:00:00Z'));
    keepDraft(journal, 'me', 'init', { ...emptyAnswers(), reflections: { plans: 'second try' }, done: ['about'] }, new Date('2026-11-25T11:00:00Z'));
    const me = personToRead(journal, 'me');
    expect(me.drafts).toHaveLength(1);
    expect(me.missions).toEqual([]);
    expect(initDraft(me)).toEqual({ saved: '2026-11-25T11:00:00Z', answers: { reflections: { plans: 'second try' }, goals: [], done: ['about'] } });
  });

  it('ignore a draft that is not in the shape grow init writes', () => {
    const journal = emptyJournal();
    const me = personToRead(journal, 'me');
    me.drafts.push({ flow: 'init', saved: '2026-11-25T10:00:00Z', answers: { reflections: 'not a record', goals: [], done: [] } });
    expect(initDraft(me)).toBeUndefined();
  });

  it('leave a goal id that no longer exists to be added as a new goal', () => {
    const journal = emptyJournal();
    addGoal(journal, 'me', { title: 'Kept' }, '2026-11-01');
    const me = personToRead(journal, 'me');
    setMission(me, 'Mine.', '2026-11-01');
    addAction(journal, 'me', { goal: 'g1', text: 'Old', due: '2026-12-01' }, '2026-11-01');
    applyInit(journal, 'me', { reflections: {}, goals: [{ id: 'g9', title: 'Gone meanwhile', actions: [{ id: 'a9', text: 'Still wanted', owner: 'me', due: '2026-12-20', every: '4w' }] }], done: [] }, '2026-11-25');
    expect(me.goals.map((g) => [g.id, g.title])).toEqual([
      ['g1', 'Kept'],
      ['g2', 'Gone meanwhile'],
    ]);
    expect(me.actions.at(-1)).toMatchObject({ id: 'a2', goal: 'g2', text: 'Still wanted', every: '4w' });
  });
});
