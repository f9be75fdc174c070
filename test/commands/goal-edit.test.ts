// grow goal edit and grow goal rm, in-process: a goal's title, reason and stage corrected by
// flags or at a terminal; a goal removed only with its open items when that is asked for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editGoalCommand, removeGoalCommand } from '../../src/commands/goal-edit';
import { closeAction } from '../../src/domain/plan';
import { recordCheckin } from '../../src/domain/checkins';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext, type TestContext, type TestContextOptions } from '../support/test-context';

/** g1 "A calm public speaker" (learning) with a1 and a2, g2 "A mentor others seek out" with a3. */
async function withPlan(options: TestContextOptions = {}): Promise<TestContext> {
  const ctx = testContext(options);
  await ctx.store.update(buildPlan);
  return ctx;
}

const goal = async (ctx: TestContext, id: string) => (await ctx.journal()).people[0]!.goals.find((g) => g.id === id);

describe('grow goal edit', () => {
  it('changes the title, the reason and the stage, and says each change', async () => {
    const ctx = await withPlan();
    await editGoalCommand(ctx, 'g1', { title: 'A calm, clear public speaker', why: 'I have ideas worth hearing', stage: 'practising' });
    expect(await goal(ctx, 'g1')).toMatchObject({
      title: 'A calm, clear public speaker',
      why: 'I have ideas worth hearing',
      stages: [
        { name: 'learning', on: '2026-11-01' },
        { name: 'practising', on: '2026-11-25' },
      ],
    });
    expect(ctx.out.text).toBe(
      'Changed goal g1:\n  title: "A calm public speaker" → "A calm, clear public speaker"\n  why: (none) → "I have ideas worth hearing"\n  stage: "learning" → "practising"\ngrow undo takes it back.\n',
    );
    await editGoalCommand(ctx, 'g1', { why: '' });
    expect((await goal(ctx, 'g1'))!.why).toBeUndefined();
  });

  it('refuses an empty title, a missing goal, and nothing to change in a script', async () => {
    const ctx = await withPlan();
    expect(await exitCodeOf(editGoalCommand(ctx, 'g1', {}), 'Say what to change: --title, --why or --stage')).toBe(2);
    expect(await exitCodeOf(editGoalCommand(ctx, 'g1', { title: ' ' }), /^Write who you want to become/)).toBe(2);
    expect(await exitCodeOf(editGoalCommand(ctx, 'g7', { title: 'x' }), 'There is no goal g7 in your plan.')).toBe(2);
    expect(await exitCodeOf(editGoalCommand(ctx, 'g1', { stage: ' ' }), /^--stage: a stage is a few words/)).toBe(2);
  });

  it('asks at a terminal, each answer ready to edit', async () => {
    const ctx = await withPlan({
      answers: [
        ['Who do you want to become?', 'A mentor people seek out'],
        ['Why does that matter to you?', 'I grew most when someone took time for me'],
        ['Where are you on that path today?', 'learning'],
      ],
    });
    await editGoalCommand(ctx, 'g2', {});
    expect(await goal(ctx, 'g2')).toMatchObject({ title: 'A mentor people seek out', why: 'I grew most when someone took time for me', stages: [{ name: 'learning' }] });
  });
});

describe('grow goal rm', () => {
  it('refuses while the goal has open items, and says how many and what to do', async () => {
    const ctx = await withPlan();
    expect(
      await exitCodeOf(
        removeGoalCommand(ctx, 'g1', { yes: true }),
        'Goal g1 has 2 open action items, so it was not removed.\nTo remove the items too: grow goal rm g1 --with-items. To keep them, move them to another goal first: grow action edit ID --goal g2',
      ),
    ).toBe(2);
  });

  it('removes a goal with its items and their check-ins when asked to, after showing them', async () => {
    const ctx = await withPlan({ answers: [['Remove it?', true]] });
    await ctx.store.update((journal) => void recordCheckin(journal, 'me', { item: 'a1', status: 'open', progress: 50 }, '2026-11-10'));
    await removeGoalCommand(ctx, 'g1', { withItems: true });
    expect(ctx.prompts!.said()).toBe(
      [
        'This removes:',
        '  goal g1 "A calm public speaker", with its 2 action items and 1 check-in on them',
        '    action item a1 "Outline the talk" (open), with its 1 check-in',
        '    action item a2 "Rehearse with Sam" (open)',
      ].join('\n'),
    );
    expect(ctx.out.text).toBe('Removed goal g1 and its 2 action items. grow undo takes it back.\n');
    const me = (await ctx.journal()).people[0]!;
    expect(me.goals.map((g) => g.id)).toEqual(['g2']);
    expect(me.actions.map((a) => a.id)).toEqual(['a3']);
    expect(me.checkins).toEqual([]);
  });

  it('removes a goal whose items are all closed without --with-items', async () => {
    const ctx = await withPlan();
    await ctx.store.update((journal) => void closeAction(journal.people[0]!.actions[2]!, 'done', '2026-11-20'));
    await removeGoalCommand(ctx, 'g2', { yes: true });
    expect((await ctx.journal()).people[0]!.goals.map((g) => g.id)).toEqual(['g1']);
  });

  it('needs --yes in a script', async () => {
    const ctx = await withPlan();
    const before = readFileSync(ctx.store.path);
    expect(await exitCodeOf(removeGoalCommand(ctx, 'g1', { withItems: true }), 'To remove it all the same: grow goal rm g1 --with-items --yes')).toBe(2);
    expect(readFileSync(ctx.store.path)).toEqual(before);
  });
});
