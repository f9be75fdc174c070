// grow action add, list, done and drop, run in-process.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addActionCommand, closeActionCommand, listActions } from '../../src/commands/action';
import { recordCheckin } from '../../src/domain/checkins';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal } from '../../src/domain/plan';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext } from '../support/test-context';

/** A context on a journal with one goal, g1. */
async function withGoal(options: Parameters<typeof testContext>[0] = {}) {
  const ctx = testContext(options);
  await ctx.store.update((journal) => void addGoal(journal, 'me', { title: 'A calm public speaker' }, '2026-11-01'));
  return ctx;
}

describe('grow action add', () => {
  it('adds an item with its owner, due date and cadence, printing its id for a script', async () => {
    const ctx = await withGoal();
    await addActionCommand(ctx, ['Give a 5-minute talk'], { goal: 'g1', due: '2026-12-04' });
    await addActionCommand(ctx, ['Find a speaking course'], { goal: 'G1', due: ' 2027-03-01 ', owner: ' Morgan ', every: '2W' });
    expect(ctx.out.text).toBe('a1\na2\n');
    expect((await ctx.journal()).people[0]!.actions).toEqual([
      { id: 'a1', goal: 'g1', text: 'Give a 5-minute talk', owner: 'me', due: '2026-12-04', every: '1w', status: 'open', created: '2026-11-25' },
      { id: 'a2', goal: 'g1', text: 'Find a speaking course', owner: 'Morgan', due: '2027-03-01', every: '2w', status: 'open', created: '2026-11-25' },
    ]);
    const terminal = testContext({ journal: ctx.store.path, columns: 80 });
    await addActionCommand(terminal, ['Rehearse'], { goal: 'g1', due: 'in 2 weeks' });
    expect(terminal.out.text).toBe('Added action item a3, due Wednesday 9 December 2026.\n');
  });

  it('refuses a missing or bad flag with exit 2 and an example, changing nothing', async () => {
    const ctx = await withGoal();
    const before = await ctx.journal();
    const cases: [() => Promise<void>, string][] = [
      [() => addActionCommand(ctx, ['x'], { due: '2026-12-04' }), 'Name the goal this item serves with --goal, for example: --goal g1'],
      [() => addActionCommand(ctx, ['x'], { goal: 'g1' }), 'Say by when with --due, for example: --due "next friday"'],
      [() => addActionCommand(ctx, [' '], { goal: 'g1', due: '2026-12-04' }), 'Write what you will do after the command'],
      [() => addActionCommand(ctx, ['x'], { goal: 'g7', due: '2026-12-04' }), '--goal g7: there is no such goal in your plan.\nSee them with grow goal list; for example: --goal g1'],
      [() => addActionCommand(ctx, ['x'], { goal: 'seven', due: '2026-12-04' }), '--goal: "seven" is not a goal id (like g1).'],
      [() => addActionCommand(ctx, ['x'], { goal: 'g1', due: '2026-11-24' }), '--due: Tuesday 24 November 2026 has passed. Pick a day from today on'],
      [() => addActionCommand(ctx, ['x'], { goal: 'g1', due: 'someday' }), '--due: could not read "someday" as a date. For example: --due "next friday"'],
      [() => addActionCommand(ctx, ['x'], { goal: 'g1', due: '2026-12-04', every: 'daily' }), '--every must be 1w, 2w or 4w (how often to check in), not "daily"'],
      [() => addActionCommand(ctx, ['x'], { goal: 'g1', due: '2026-12-04', owner: ' ' }), 'A name for --owner, for example: --owner Morgan'],
      [() => addActionCommand(ctx, ['x'.repeat(100_001)], { goal: 'g1', due: '2026-12-04' }), 'The action item is 100001 characters long'],
    ];
    for (const [command, says] of cases) expect(await exitCodeOf(command(), says), says).toBe(2);
    expect(await ctx.journal()).toEqual(before);
  });
});

describe('grow action list', () => {
  it('lists open items grouped by goal, soonest first, and closed ones too with --all', async () => {
    const ctx = testContext({ today: '2026-12-01' });
    await ctx.store.update(buildPlan);
    await closeActionCommand(ctx, 'a3', 'done');
    const list = async (options: { all?: boolean; due?: boolean }) => {
      const listing = testContext({ journal: ctx.store.path, today: '2026-12-01' });
      await listActions(listing, options);
      return listing.out.text;
    };
    expect(await list({})).toBe(
      'Open action items\n\ng1  A calm public speaker\n    a1   Fri 20 Nov       Outline the talk  · overdue by 11 days · me · every week\n    a2   Fri 4 Dec        Rehearse with Sam  · me · every 4 weeks\n',
    );
    expect(await list({ all: true })).toContain('g2  A mentor others seek out\n    a3   Sun 20 Dec       Pair with a new hire  · me · every 2 weeks · done Tue 1 Dec\n');

    const json = testContext({ journal: ctx.store.path, json: true });
    await listActions(json, { all: true });
    expect(JSON.parse(json.out.text)).toMatchObject([
      { id: 'a1', status: 'open', moves: 0 },
      { id: 'a2', status: 'open', moves: 0 },
      { id: 'a3', status: 'done', closed: '2026-12-01', moves: 0 },
    ]);
  });

  it('says when there is nothing to list, without creating the journal', async () => {
    const empty = testContext();
    await listActions(empty, {});
    expect(empty.out.text).toBe('There are no action items in your plan yet. Add one with: grow action add "..." --goal g1 --due "next friday"\n');
    expect(existsSync(empty.store.path)).toBe(false);
  });
});

describe('grow action done and drop', () => {
  it('closes an item, with a reason for dropping it; closing it the same way again is a quiet success', async () => {
    const ctx = testContext({ columns: 80 });
    await ctx.store.update(buildPlan);
    await closeActionCommand(ctx, 'a1', 'done');
    await closeActionCommand(ctx, 'A2', 'dropped', { reason: ' the course was cancelled ' });
    await closeActionCommand(ctx, 'a1', 'done');
    expect(ctx.out.text).toBe(
      'Well done: a1 is done.\nDropped a2. It stays in the history.\na1 is already done (since Wednesday 25 November 2026); nothing changed.\n',
    );
    expect((await ctx.journal()).people[0]!.actions.slice(0, 2)).toMatchObject([
      { id: 'a1', status: 'done', closed: '2026-11-25' },
      { id: 'a2', status: 'dropped', closed: '2026-11-25', reason: 'the course was cancelled' },
    ]);
  });

  it('refuses to close an item the other way, an unknown id, and an item in another plan, with exit 2', async () => {
    const ctx = testContext();
    await ctx.store.update((journal) => {
      buildPlan(journal);
      addPerson(journal, 'Sam');
      const goal = addGoal(journal, 'Sam', { title: 'A confident reviewer' }, '2026-11-01');
      addAction(journal, 'Sam', { goal: goal.id, text: 'Review one PR a day', due: '2026-12-01' }, '2026-11-01');
    });
    await closeActionCommand(ctx, 'a1', 'dropped');
    const before = await ctx.journal();
    const cases: [() => Promise<void>, string][] = [
      [() => closeActionCommand(ctx, 'a1', 'done'), 'a1 is already dropped (since Wednesday 25 November 2026); nothing changed.\nSee it with grow action list --all. To change that, reopen it first: grow checkin a1 --status open'],
      [() => closeActionCommand(ctx, 'a9', 'done'), 'There is no action item a9 in your plan.\nSee them with grow action list --all; for example: grow action done a1'],
      [() => closeActionCommand(ctx, 'g1', 'dropped'), '"g1" is not an action item id (like a3).'],
      [() => closeActionCommand(ctx, 'a4', 'done'), 'There is no action item a4 in your plan.\na4 is in Sam\'s plan. Add --person "Sam" to work on it.'],
    ];
    for (const [command, says] of cases) expect(await exitCodeOf(command(), says), says).toBe(2);
    expect(await ctx.journal()).toEqual(before);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(closeActionCommand(damaged(), 'a1', 'done'), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(listActions(damaged(), {}), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(addActionCommand(damaged(), ['x'], { goal: 'g1', due: '2026-12-04' }), 'is not valid JSON')).toBe(1);
  });
});

describe('grow action list --due', () => {
  it('lists the items due for a check-in with the reasons, and shows how often a due date moved', async () => {
    const ctx = testContext({ today: '2026-12-01' });
    await ctx.store.update((journal) => {
      buildPlan(journal);
      ['2026-11-27', '2026-12-04'].forEach((due, i) => recordCheckin(journal, 'me', { item: 'a1', status: 'open', due }, `2026-11-2${i}`));
    });
    await listActions(ctx, { due: true });
    expect(ctx.out.text).toBe(
      [
        'Due for a check-in',
        '',
        'g1  A calm public speaker',
        '    a1   Fri 4 Dec        Outline the talk  · me · every week · due in 3 days, last check-in 10 days ago · moved twice',
        '    a2   Fri 4 Dec        Rehearse with Sam  · me · every 4 weeks · due in 3 days, no check-in since it was added 4 weeks ago',
        '',
        'g2  A mentor others seek out',
        '    a3   Sun 20 Dec       Pair with a new hire  · me · every 2 weeks · no check-in since it was added 4 weeks ago',
        '',
      ].join('\n'),
    );
    const json = testContext({ journal: ctx.store.path, today: '2026-12-01', json: true });
    await listActions(json, { due: true });
    expect(JSON.parse(json.out.text)[0]).toMatchObject({ id: 'a1', moves: 2, reasons: [{ kind: 'due-soon', days: 3 }, { kind: 'cadence', days: 10, since: 'checkin' }] });
    const open = testContext({ journal: ctx.store.path, today: '2026-12-01' });
    await listActions(open, {});
    expect(open.out.text).toContain('Outline the talk  · me · every week · moved twice\n');

    const fresh = testContext({ today: '2026-11-05' });
    await fresh.store.update(buildPlan);
    await listActions(fresh, { due: true });
    expect(fresh.out.text).toBe('Nothing is due for a check-in right now.\n');
    expect(await exitCodeOf(listActions(fresh, { all: true, due: true }), 'Choose --all or --due, not both. For example: grow action list --due')).toBe(2);
  });
});
