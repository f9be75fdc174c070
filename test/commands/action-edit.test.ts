// grow action edit and grow action rm, in-process: an item corrected by flags or, at a
// terminal, by answering its questions again; an item added by mistake removed with its
// check-ins after a confirmation, and then in no export.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeActionCommand } from '../../src/commands/action';
import { editActionCommand, removeActionCommand } from '../../src/commands/action-edit';
import { exportPlan } from '../../src/commands/export';
import { recordCheckin } from '../../src/domain/checkins';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext, type TestContext, type TestContextOptions } from '../support/test-context';

/** The plan of plan-fixture (a1 due 20 Nov, a2 due 4 Dec, a3 due 20 Dec), a check-in on a2, on 25 November. */
async function withPlan(options: TestContextOptions = {}): Promise<TestContext> {
  const ctx = testContext(options);
  await ctx.store.update((journal) => {
    buildPlan(journal);
    recordCheckin(journal, 'me', { item: 'a2', status: 'open', progress: 40, well: 'Booked a room' }, '2026-11-20');
  });
  return ctx;
}

const item = async (ctx: TestContext, id: string) => (await ctx.journal()).people[0]!.actions.find((a) => a.id === id);

describe('grow action edit', () => {
  it('changes the fields given, and says each change', async () => {
    const ctx = await withPlan();
    await editActionCommand(ctx, 'a2', { text: 'Rehearse with Sam and Priya', due: '2026-12-11', every: '2w', owner: 'Sam', goal: 'g2' });
    expect(await item(ctx, 'a2')).toMatchObject({ text: 'Rehearse with Sam and Priya', due: '2026-12-11', every: '2w', owner: 'Sam', goal: 'g2', status: 'open', created: '2026-11-01' });
    expect(ctx.out.text).toBe(
      [
        'Changed action item a2:',
        '  text: "Rehearse with Sam" → "Rehearse with Sam and Priya"',
        '  owner: me → Sam',
        '  due: Friday 4 December 2026 → Friday 11 December 2026',
        '  check-ins: every 4 weeks → every 2 weeks',
        '  goal: g1 → g2',
        'grow undo takes it back.',
        '',
      ].join('\n'),
    );
    // Each field changed carries the time of the change, for merging.
    expect(Object.keys((await ctx.store.read()).people[0]!.actions[1]!.changed ?? {}).sort()).toEqual(['due', 'every', 'goal', 'owner', 'text']);
  });

  it('refuses what grow action add refuses, naming the flag, and writes nothing', async () => {
    const ctx = await withPlan();
    const before = readFileSync(ctx.store.path);
    const cases: [Parameters<typeof editActionCommand>[2], string | RegExp][] = [
      [{}, 'Say what to change: --text, --owner, --due, --every or --goal'],
      [{ due: '2026-11-01' }, /^--due: Sunday 1 November 2026 has passed/],
      [{ due: 'someday' }, '--due: could not read "someday" as a date'],
      [{ every: '3w' }, '--every must be 1w, 2w or 4w'],
      [{ goal: 'g9' }, '--goal g9: there is no such goal in your plan.'],
      [{ text: '  ' }, 'Write what you will do'],
      [{ owner: '' }, 'A name for --owner'],
    ];
    for (const [options, says] of cases) expect(await exitCodeOf(editActionCommand(ctx, 'a2', options), says), JSON.stringify(options)).toBe(2);
    expect(await exitCodeOf(editActionCommand(ctx, 'a9', { text: 'x' }), 'There is no action item a9 in your plan.')).toBe(2);
    expect(readFileSync(ctx.store.path)).toEqual(before);
  });

  it('says when nothing changed, and writes nothing', async () => {
    const ctx = await withPlan();
    const before = readFileSync(ctx.store.path);
    await editActionCommand(ctx, 'a2', { due: '2026-12-04', owner: 'me' });
    expect(ctx.out.text).toBe('Action item a2 is as it was; nothing changed.\n');
    expect(readFileSync(ctx.store.path)).toEqual(before);
  });

  it('asks every question again at a terminal, each answer ready to edit, an overdue date kept as it is', async () => {
    const ctx = await withPlan({
      answers: [
        ['What will you do?', 'Outline the talk in three parts'],
        ['Who will do it?', 'me'],
        ['By when?', '2026-11-20'],
        ['How often would you like to check in on it?', '2w'],
        ['Which goal is it for?', 'g1'],
      ],
    });
    await editActionCommand(ctx, 'a1', {});
    expect(ctx.prompts!.transcript).toContain('say:   → Friday 20 November 2026');
    expect(await item(ctx, 'a1')).toMatchObject({ text: 'Outline the talk in three parts', due: '2026-11-20', every: '2w', goal: 'g1' });
    expect(ctx.out.text).toContain('  text: "Outline the talk" → "Outline the talk in three parts"\n  check-ins: every week → every 2 weeks\n');
  });
});

describe('grow action rm', () => {
  it('asks at a terminal, shows the check-ins that go with it, and then the item is in no export', async () => {
    const ctx = await withPlan({ answers: [['Remove it? (grow undo can bring it back)', true]] });
    await removeActionCommand(ctx, 'a2', {});
    expect(ctx.prompts!.said()).toBe(
      'This removes:\n  action item a2 "Rehearse with Sam" (open), with its 1 check-in\n\nTo end an item that was real, drop it instead: it stays in the history and in exports (grow action drop a2).',
    );
    expect(ctx.out.text).toBe('Removed action item a2 and its 1 check-in. grow undo takes it back.\n');
    const me = (await ctx.journal()).people[0]!;
    expect(me.actions.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(me.checkins).toEqual([]);

    // Dropping is the way to end an item that was real: a dropped item stays in exports.
    await closeActionCommand(testContext({ journal: ctx.store.path }), 'a1', 'dropped', { reason: 'not this quarter' });
    const exported = testContext({ journal: ctx.store.path });
    await exportPlan(exported, { format: 'json' });
    expect(exported.out.text).not.toContain('Rehearse with Sam');
    const actions = (JSON.parse(exported.out.text) as { people: { actions: { id: string; status: string }[] }[] }).people[0]!.actions;
    expect(actions.map((a) => [a.id, a.status])).toEqual([
      ['a1', 'dropped'],
      ['a3', 'open'],
    ]);
  });

  it('takes the item out of the split that names it', async () => {
    const ctx = await withPlan();
    await ctx.store.update((journal) => {
      const split = [
        { text: 'Find a new hire to pair with', due: '2026-12-10' },
        { text: 'Pair for a morning', due: '2026-12-20' },
      ];
      recordCheckin(journal, 'me', { item: 'a3', status: 'dropped', split }, '2026-11-22');
    });
    const split = (await ctx.journal()).people[0]!.checkins.find((c) => c.split);
    expect(split?.split).toEqual(['a4', 'a5']);
    await removeActionCommand(ctx, 'a4', { yes: true });
    expect((await ctx.journal()).people[0]!.checkins.find((c) => c.split)?.split).toEqual(['a5']);
  });

  it('needs --yes in a script, and leaves the journal alone when the answer is no', async () => {
    const script = await withPlan();
    expect(await exitCodeOf(removeActionCommand(script, 'a2', {}), 'To remove it all the same: grow action rm a2 --yes')).toBe(2);
    const declined = await withPlan({ answers: [['Remove it?', false]] });
    const before = readFileSync(declined.store.path);
    await removeActionCommand(declined, 'a2', {});
    expect(declined.out.text).toBe('Nothing was removed.\n');
    expect(readFileSync(declined.store.path)).toEqual(before);
  });
});
