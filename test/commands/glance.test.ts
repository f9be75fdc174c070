// grow (the dashboard), grow pulse and grow remind, run in-process.
import { describe, expect, it } from 'vitest';
import { checkin } from '../../src/commands/checkin';
import { asksAtOnce, dashboard } from '../../src/commands/dashboard';
import { pulse } from '../../src/commands/pulse';
import { remind } from '../../src/commands/remind';
import { addNote } from '../../src/domain/notes';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { CTRL_C } from '../support/scripted-prompter';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';

// On 1 December a1 is overdue, a2 is due in 3 days and a3 has waited 4 weeks.
const today = '2026-12-01';

async function withPlan(options: TestContextOptions = {}) {
  const ctx = testContext({ today, ...options });
  await ctx.store.update(buildPlan);
  return ctx;
}

describe('grow, the dashboard', () => {
  it('shows the plan at a glance from a script, asking nothing, and the same as JSON', async () => {
    const ctx = await withPlan();
    await dashboard(ctx);
    expect(ctx.out.text).toContain('Mission\n  I wake up to help people find their voice.');
    expect(ctx.out.text).toMatch(/a1 {4}Outline the talk {22}overdue by 11 days\n/);
    const json = testContext({ journal: ctx.store.path, today, json: true });
    await dashboard(json);
    expect(JSON.parse(json.out.text)).toMatchObject({ person: 'me', empty: false, goals: [{ id: 'g1' }, { id: 'g2' }] });
  });

  it('offers the check-in at a terminal when items are due, and runs it there and then', async () => {
    const ctx = await withPlan({
      answers: [
        ['3 items are due for a check-in. Check in now?', true],
        ['What went well since last time?', 'A calm week'],
        ['How is it going?', 'end'],
      ],
    });
    expect(await exitCodeOf(dashboard(ctx))).toBe(0);
    expect((await ctx.journal()).people[0]!.checkins).toEqual([{ id: 'c1', on: today, well: 'A calm week' }]);

    const declined = await withPlan({ answers: [['Check in now?', false]] });
    await dashboard(declined);
    expect(declined.out.text).toContain('Whenever you are ready: grow checkin\n');
  });

  it('welcomes a new person: a script is told how to start, a terminal is offered grow init', async () => {
    const script = testContext();
    await dashboard(script);
    expect(script.out.text).toContain('Welcome to grow.');
    expect(script.out.text).toContain('Start with: grow init');

    const declined = testContext({ answers: [['with grow init?', false]] });
    await dashboard(declined);
    expect(declined.out.text).toContain('Start with: grow init\n');
    const started = testContext({ answers: [['with grow init?', true], ['What are you planning for yourself', CTRL_C]] });
    expect(await exitCodeOf(dashboard(started), 'nothing was written yet')).toBe(130);
  });

  it('refuses someone not in the journal, and fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(dashboard(testContext({ person: 'Sam' })), 'There is no one called "Sam"')).toBe(2);
    expect(await exitCodeOf(dashboard(damaged()), 'is not valid JSON')).toBe(1);
  });
});

describe('grow pulse', () => {
  it('shows autonomy, mastery and purpose over time, by week or month, as text and JSON', async () => {
    const ctx = await withPlan({ today: '2026-11-25' });
    await checkin(ctx, undefined, { well: 'A calm week', autonomy: '4', mastery: '3', purpose: '5' });
    const json = testContext({ journal: ctx.store.path, json: true });
    await pulse(json, { by: 'week' });
    expect(JSON.parse(json.out.text)).toEqual({
      by: 'week',
      since: '2026-11-23',
      periods: [{ start: '2026-11-23', count: 1, average: { autonomy: 4, mastery: 3, purpose: 5 } }],
      latest: { autonomy: 4, mastery: 3, purpose: 5, on: '2026-11-25' },
    });
    const text = testContext({ journal: ctx.store.path });
    await pulse(text, { by: 'month', since: '2026-10-01' });
    expect(text.out.text).toContain('Autonomy: a sense of control over what you do and how\n');
  });

  it('refuses a bad --since with exit 2, and fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(pulse(testContext(), { by: 'week', since: 'someday' }), '--since: could not read "someday" as a date')).toBe(2);
    expect(await exitCodeOf(pulse(damaged(), { by: 'week' }), 'is not valid JSON')).toBe(1);
  });
});

/** grow remind, and what it said. */
async function reminded(options: { today?: string; person?: string; journal?: string } = {}) {
  const said = { out: '', err: '' };
  const env = { GROW_TODAY: options.today ?? today };
  await remind({ journal: options.journal, person: options.person }, env, { out: (t) => (said.out += t), err: (t) => (said.err += t) });
  return said;
}

describe('grow remind', () => {
  it('says one line when check-ins are due, nothing otherwise, and never fails', async () => {
    const ctx = await withPlan();
    const journal = ctx.store.path;
    expect(await reminded({ journal })).toEqual({ out: '3 check-ins due, 1 overdue - run grow checkin\n', err: '' });
    expect(await reminded({ journal, today: '2026-11-05' })).toEqual({ out: '', err: '' });
    expect(await reminded({ journal: `${journal}.none` })).toEqual({ out: '', err: '' });
    expect(await reminded({ journal, person: 'Sam' })).toEqual({ out: '', err: 'grow: There is no one called "Sam" in this journal.\n' });
    expect(await reminded({ journal: damaged().store.path })).toEqual({ out: '', err: 'grow could not read its journal - run grow doctor to see why\n' });
  });
});

describe('the dashboard at a terminal, before the journal is read', () => {
  const env = { GROW_TODAY: today };
  const asks = (journal: string, globals: { json?: boolean; person?: string } = {}, interactive = true, given = env) =>
    asksAtOnce({ journal, person: 'me', ...globals }, given, interactive);

  it('is known to ask when the facts grow remind keeps for this very file say check-ins are due', async () => {
    const journal = (await withPlan()).store.path;
    // No facts kept yet: it is not known, so the dashboard finds out as it runs.
    expect(asks(journal)).toBe(false);
    await reminded({ journal });
    expect(asks(journal)).toBe(true);
    // Nothing due that day, or nothing to ask: in a script, as JSON, or for someone not in the journal.
    expect(asks(journal, {}, true, { GROW_TODAY: '2026-11-05' })).toBe(false);
    expect(asks(journal, {}, false)).toBe(false);
    expect(asks(journal, { json: true })).toBe(false);
    expect(asks(journal, { person: 'Sam' })).toBe(false);
    // A day grow cannot read is for the dashboard to say.
    expect(asks(journal, {}, true, { GROW_TODAY: 'someday' })).toBe(false);
  });

  it('is not known once the journal has changed since the facts were kept, and always asks where there is no journal', async () => {
    const ctx = await withPlan();
    await reminded({ journal: ctx.store.path });
    await ctx.store.update((journal) => void addNote(journal, 'me', { text: 'A new note', tags: [], at: new Date('2026-12-01T09:00:00Z') }));
    expect(asks(ctx.store.path)).toBe(false);
    expect(asks(`${ctx.store.path}.none`)).toBe(true);
  });
});
