// grow goal add, grow goal list and grow goal stage, run in-process.
import { describe, expect, it } from 'vitest';
import { addGoalCommand, listGoals, setStage } from '../../src/commands/goal';
import { addPerson } from '../../src/domain/people';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext } from '../support/test-context';

describe('grow goal', () => {
  it('adds goals, printing the id for a script and a next step at a terminal', async () => {
    const script = testContext();
    await addGoalCommand(script, ['A calm public speaker'], { why: ' to share what I learn ', stage: 'learning' });
    expect(script.out.text).toBe('g1\n');
    const terminal = testContext({ journal: script.store.path, columns: 80 });
    await addGoalCommand(terminal, ['A', 'mentor', 'people', 'seek', 'out'], {});
    expect(terminal.out.text).toBe('Added goal g2. Give it an action item: grow action add "..." --goal g2 --due "in 2 weeks"\n');
    expect((await script.journal()).people[0]!.goals).toEqual([
      { id: 'g1', title: 'A calm public speaker', why: 'to share what I learn', stages: [{ name: 'learning', on: '2026-11-25' }], created: '2026-11-25' },
      { id: 'g2', title: 'A mentor people seek out', stages: [], created: '2026-11-25' },
    ]);
  });

  it('moves a goal through the stages of mastery, and says when it is there already', async () => {
    const ctx = testContext();
    await ctx.store.update(buildPlan);
    await setStage(ctx, 'G1', ['teaching', 'others']);
    await setStage(ctx, 'g1', ['teaching others']);
    expect(ctx.out.text).toBe('Goal g1 is now at the stage: teaching others.\nGoal g1 is already at the stage: teaching others.\n');
    expect((await ctx.journal()).people[0]!.goals[0]!.stages.map((s) => s.name)).toEqual(['learning', 'teaching others']);
  });

  it('lists the stages a goal went through, each from the day it began', async () => {
    const ctx = testContext();
    await addGoalCommand(ctx, ['A calm public speaker'], { stage: 'learning' });
    const later = testContext({ journal: ctx.store.path, today: '2027-01-04' });
    await setStage(later, 'g1', ['practising']);
    const list = testContext({ journal: ctx.store.path, today: '2027-01-05' });
    await listGoals(list);
    expect(list.out.text).toContain('g1  A calm public speaker  · practising · 0 open items\n    stages: learning from Wed 25 Nov 2026 → practising from Mon 4 Jan\n');
  });

  it('lists goals with their stage, progress and open items, as text and as JSON', async () => {
    const ctx = testContext();
    await ctx.store.update(buildPlan);
    await listGoals(ctx);
    expect(ctx.out.text).toContain('Who you want to become\n\ng1  A calm public speaker  · learning · 0% · 2 open items\n');
    const json = testContext({ journal: ctx.store.path, json: true });
    await listGoals(json);
    expect(JSON.parse(json.out.text)).toMatchObject([
      { id: 'g1', stage: 'learning', progress: 0, openItems: 2 },
      { id: 'g2', progress: 0, openItems: 1 },
    ]);
    const empty = testContext();
    await listGoals(empty);
    expect(empty.out.text).toBe('There are no goals in your plan yet. Add one with grow init, or: grow goal add "A calm public speaker" --stage learning\n');
  });

  it("works on someone else's plan with --person, in any case", async () => {
    const ctx = testContext({ person: 'sam' });
    await ctx.store.update((journal) => addPerson(journal, 'Sam'));
    await addGoalCommand(ctx, ['A confident reviewer'], {});
    const journal = await ctx.journal();
    expect(journal.people.map((p) => [p.name, p.goals.map((g) => g.title)])).toEqual([['Sam', ['A confident reviewer']]]);
  });

  it('refuses bad input with exit 2 and a message naming what to fix, changing nothing', async () => {
    const ctx = testContext();
    await ctx.store.update(buildPlan);
    const before = await ctx.journal();
    const cases: [() => Promise<void>, string][] = [
      [() => addGoalCommand(ctx, [' '], { stage: 'learning' }), 'Write who you want to become after the command'],
      [() => addGoalCommand(ctx, ['A mentor'], { stage: ' ' }), '--stage: a stage is a few words'],
      [() => addGoalCommand(ctx, ['A mentor'], { stage: 'x'.repeat(61) }), '--stage: a stage is a few words'],
      [() => setStage(ctx, 'g4', ['fluent']), 'There is no goal g4 in your plan.'],
      [() => setStage(ctx, 'a1', ['fluent']), '"a1" is not a goal id (like g1).'],
      [() => setStage(ctx, 'g1', [' ']), 'STAGE: a stage is a few words'],
      [() => listGoals(testContext({ journal: ctx.store.path, person: 'Sam' })), 'There is no one called "Sam" in this journal.'],
    ];
    for (const [command, says] of cases) expect(await exitCodeOf(command(), says), says).toBe(2);
    expect(await ctx.journal()).toEqual(before);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(addGoalCommand(damaged(), ['A mentor'], {}), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(listGoals(damaged()), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(setStage(damaged(), 'g1', ['fluent']), 'is not valid JSON')).toBe(1);
  });
});
