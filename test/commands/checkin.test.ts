// grow checkin, run in-process: one check-in from a script, a general one, the guided round
// at a terminal, and everything a script can get wrong.
import { describe, expect, it } from 'vitest';
import { checkin, type CheckinOptions } from '../../src/commands/checkin';
import { recordCheckin } from '../../src/domain/checkins';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { CTRL_C } from '../support/scripted-prompter';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';

async function withPlan(options: TestContextOptions = {}) {
  const ctx = testContext(options);
  await ctx.store.update(buildPlan);
  return ctx;
}

describe('grow checkin ID, from a script', () => {
  it('records a check-in, moves the due date and closes an item, printing the check-in id', async () => {
    const ctx = await withPlan();
    await checkin(ctx, ' A1 ', { status: 'open', progress: '60', well: 'Wrote the outline', blocker: 'No slot to rehearse', due: '2026-12-09' });
    await checkin(ctx, 'a3', { status: 'done', well: 'Paired every week' });
    expect(ctx.out.text).toBe('c1\nc2\n');
    const me = (await ctx.journal()).people[0]!;
    expect(me.checkins).toEqual([
      { id: 'c1', on: '2026-11-25', item: 'a1', status: 'open', progress: 60, well: 'Wrote the outline', blocker: 'No slot to rehearse', moved: { from: '2026-11-20', to: '2026-12-09' } },
      { id: 'c2', on: '2026-11-25', item: 'a3', status: 'done', progress: 100, well: 'Paired every week' },
    ]);
    expect(me.actions.map((a) => [a.id, a.status, a.due])).toEqual([
      ['a1', 'open', '2026-12-09'],
      ['a2', 'open', '2026-12-04'],
      ['a3', 'done', '2026-12-20'],
    ]);
    const terminal = testContext({ journal: ctx.store.path, columns: 80 });
    await checkin(terminal, 'a2', { status: 'open', progress: '10', due: '2026-12-18' });
    expect(terminal.out.text).toBe('Checked in on a2 (c3): 10%.\nDue date moved to Friday 18 December 2026.\n');
  });

  it('records a general check-in: what went well and the pulse, without an item', async () => {
    const ctx = await withPlan({ json: true });
    await checkin(ctx, undefined, { well: 'A calm week', autonomy: '4', mastery: '3', purpose: '5' });
    expect(JSON.parse(ctx.out.text)).toEqual({ id: 'c1', on: '2026-11-25', well: 'A calm week', pulse: { autonomy: 4, mastery: 3, purpose: 5 } });
  });

  it('rejects bad values with exit 2 and the reason, and leaves the journal as it was', async () => {
    const ctx = await withPlan();
    const before = await ctx.journal();
    const cases: [string | undefined, CheckinOptions, string | RegExp][] = [
      ['a1', { status: 'open', progress: '150' }, '--progress must be a whole number from 0 to 100, not "150". For example: --progress 60'],
      ['a1', { status: 'open', progress: 'half' }, '--progress must be a whole number from 0 to 100, not "half"'],
      ['a1', { progress: '10' }, '--status is needed: open, done or dropped. For example: grow checkin a1 --status open'],
      ['a9', { status: 'open' }, 'There is no action item a9 in your plan.\nSee them with grow action list --all; for example: grow checkin a1 --status open --progress 60'],
      ['g1', { status: 'open' }, '"g1" is not an action item id (like a3)'],
      ['a1', { status: 'open', autonomy: '6', mastery: '3', purpose: '5' }, '--autonomy must be a whole number from 1 to 5, not "6"'],
      ['a1', { status: 'open', autonomy: '4' }, '--autonomy, --mastery and --purpose go together; --mastery and --purpose are missing'],
      ['a1', { status: 'open', due: 'someday' }, '--due: could not read "someday" as a date'],
      ['a1', { status: 'open', due: '2026-11-01' }, '--due: Sunday 1 November 2026 has passed'],
      ['a1', { status: 'open', reason: 'tired' }, '--reason is why an item was dropped; it goes with --status dropped'],
      ['a1', { status: 'open', renegotiate: ' ' }, '--renegotiate'],
      [undefined, { status: 'done' }, 'Name the item to check in on'],
      [undefined, { blocker: 'meetings' }, 'Name the item to check in on'],
      [undefined, {}, /grow checkin asks questions, so it needs a terminal\.\nIn a script, check in on one item at a time/],
    ];
    for (const [id, options, says] of cases) expect(await exitCodeOf(checkin(ctx, id, options), says), String(says)).toBe(2);
    expect(await ctx.journal()).toEqual(before);
  });

  it('will not simply move a date that has moved three times: it asks to renegotiate, split or drop', async () => {
    const ctx = testContext({ json: true });
    await ctx.store.update((journal) => {
      buildPlan(journal);
      ['2026-11-27', '2026-12-04', '2026-12-11'].forEach((due, i) => recordCheckin(journal, 'me', { item: 'a1', status: 'open', due }, `2026-11-2${i}`));
    });
    const refused = 'The due date of a1 has moved 3 times already, so grow will not simply move it again.\nRenegotiate it (grow checkin a1 --status open --renegotiate';
    expect(await exitCodeOf(checkin(ctx, 'a1', { status: 'open', due: '2026-12-18' }), refused)).toBe(2);
    await checkin(ctx, 'a1', { status: 'open', renegotiate: 'Outline the first half', due: '2026-12-18' });
    expect(JSON.parse(ctx.out.text)).toMatchObject({ renegotiated: { text: 'Outline the talk' }, moved: { from: '2026-12-11', to: '2026-12-18' } });
  });

  it('reopens a closed item with --status open, and refuses to close it again another way', async () => {
    const ctx = await withPlan();
    await checkin(ctx, 'a1', { status: 'dropped', reason: 'no longer wanted' });
    expect(await exitCodeOf(checkin(ctx, 'a1', { status: 'done' }), 'a1 is already dropped (since Wednesday 25 November 2026); nothing changed.')).toBe(2);
    await checkin(ctx, 'a1', { status: 'open' });
    expect((await ctx.journal()).people[0]!.actions[0]).toMatchObject({ id: 'a1', status: 'open' });
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(checkin(damaged(), 'a1', { status: 'open' }), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(checkin(damaged({ answers: [] }), undefined, {}), 'is not valid JSON')).toBe(1);
  });
});

describe('grow checkin at a terminal', () => {
  // On 1 December a1 is overdue, a2 is due in 3 days and a3 has waited 4 weeks.
  const today = '2026-12-01';

  it('goes through the items due, strengths first, saving each as it is answered', async () => {
    const ctx = await withPlan({
      today,
      answers: [
        ['What went well since last time?', 'Spoke up in the design review'],
        ['How is it going?', 'done'],
        ['What went well?', 'Outlined it on the train'],
        ['How is it going?', 'skip'],
        ['How is it going?', 'end'],
      ],
    });
    expect(await exitCodeOf(checkin(ctx, undefined, {}))).toBe(0);
    expect((await ctx.journal()).people[0]!.checkins).toEqual([
      { id: 'c1', on: today, well: 'Spoke up in the design review' },
      { id: 'c2', on: today, item: 'a1', status: 'done', progress: 100, well: 'Outlined it on the train' },
    ]);
  });

  it('asks about one item when it is named, and saves nothing unfinished on Ctrl+C', async () => {
    const ctx = await withPlan({
      today,
      answers: [
        ['How is it going?', 'open'],
        ['How far along', CTRL_C],
      ],
    });
    expect(await exitCodeOf(checkin(ctx, 'a2', {}))).toBe(130);
    expect((await ctx.journal()).people[0]!.checkins).toEqual([]);
  });
});
