// grow init, run in-process: a new plan saved in one change, a revision declined, and every
// way of stopping with Ctrl+C, each with words that say truly what was kept.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keepDraft } from '../../src/domain/drafts';
import { applyInit, emptyAnswers, type InitAnswers } from '../../src/domain/init-answers';
import { init } from '../../src/commands/init';
import { addPerson } from '../../src/domain/people';
import { aboutAndDreams, oneGoalAndSave } from '../support/guided-answers';
import { damaged } from '../support/damaged';
import { CTRL_C, type Step } from '../support/scripted-prompter';
import { exitCodeOf, testContext } from '../support/test-context';

const DRAFT_SAVED_AT = '2026-11-20T10:00:00Z';

/** A context whose journal holds a grow init draft with part 1 answered (after `plan`, if given). */
async function withDraft(answers: Step[], plan?: InitAnswers) {
  const ctx = testContext({ answers });
  await ctx.store.update((journal) => {
    if (plan) applyInit(journal, 'me', plan, '2026-11-01');
    keepDraft(journal, 'me', 'init', { ...emptyAnswers(), reflections: { plans: 'A marathon' }, done: ['about'] }, new Date(DRAFT_SAVED_AT));
  });
  return ctx;
}

describe('grow init', () => {
  it('takes a new person from an empty journal to a saved plan', async () => {
    const ctx = testContext({ answers: [...aboutAndDreams, ...oneGoalAndSave] });
    expect(await exitCodeOf(init(ctx))).toBe(0);
    expect(ctx.out.text).toContain('Your plan is saved.');
    const [me] = (await ctx.journal()).people;
    expect(me!.missions.map((m) => m.text)).toEqual(['What gets me up in the morning is seeing people grow. I love pairing on hard bugs, and one day I see myself leading a small team.']);
    expect(me!.goals.map((g) => g.title)).toEqual(['A calm public speaker']);
    expect(me!.actions).toMatchObject([{ id: 'a1', goal: 'g1', text: 'Give a 5-minute talk at the team meeting', owner: 'me', due: '2026-12-04', every: '1w', created: '2026-11-25' }]);
    expect(me!.drafts).toEqual([]);
  });

  it('needs a terminal: from a script it exits 2, names the commands to use instead, and writes nothing', async () => {
    const ctx = testContext();
    expect(await exitCodeOf(init(ctx), /needs a terminal\.\nIn a script, build the plan with: grow mission set TEXT/)).toBe(2);
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('fails with exit 1 on a journal it cannot read, before asking anything', async () => {
    expect(await exitCodeOf(init(damaged({ answers: [] })), 'is not valid JSON')).toBe(1);
  });

  it('refuses a person who is not in the journal', async () => {
    const ctx = testContext({ answers: [], person: 'Sam' });
    expect(await exitCodeOf(init(ctx), 'There is no one called "Sam"')).toBe(2);
  });

  it('writes nothing on a Ctrl+C at the first question, and says there is nothing to keep', async () => {
    const ctx = testContext({ answers: [['What are you planning for yourself', CTRL_C]] });
    expect(await exitCodeOf(init(ctx), 'Stopped: nothing was written yet, so there is nothing to keep.\nWhenever you like: grow init')).toBe(130);
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('keeps the answers so far as a draft on a later Ctrl+C, and nothing in the plan', async () => {
    const ctx = testContext({ answers: [...aboutAndDreams, ['Who do you want to become?', CTRL_C]] });
    expect(await exitCodeOf(init(ctx), 'Nothing was added to the plan; the answers so far are kept as a draft.\nTo pick up where you left off: grow init')).toBe(130);
    const [me] = (await ctx.journal()).people;
    expect(me!.missions).toEqual([]);
    expect(me!.drafts).toMatchObject([{ flow: 'init', saved: '2026-11-25T12:00:00Z', answers: { reflections: { plans: 'A half marathon in spring' }, done: ['about', 'dreams'] } }]);
  });

  it('picks a draft up where it stopped, and removes it once the plan is saved', async () => {
    const ctx = await withDraft([['Pick up where you left off?', 'resume'], ...aboutAndDreams.slice(5), ...oneGoalAndSave]);
    expect(await exitCodeOf(init(ctx))).toBe(0);
    expect(ctx.prompts!.said()).toContain('So far:\n  Plans: A marathon');
    const [me] = (await ctx.journal()).people;
    expect(me!.reflections.map((r) => r.text)).toEqual(['A marathon', 'Pairing on hard bugs', 'Leading a small team', 'Seeing people grow']);
    expect(me!.drafts).toEqual([]);
  });

  it('leaves a draft as it was on a Ctrl+C at the offer, or before anything new is said', async () => {
    for (const answers of [[['Pick up where you left off?', CTRL_C]], [['Pick up where you left off?', 'resume'], ['What do you love doing', CTRL_C]]] as Step[][]) {
      const ctx = await withDraft(answers);
      expect(await exitCodeOf(init(ctx), 'the answers so far are kept as a draft')).toBe(130);
      expect((await ctx.journal()).people[0]!.drafts).toMatchObject([{ saved: DRAFT_SAVED_AT, answers: { reflections: { plans: 'A marathon' } } }]);
    }
  });

  it('discards a draft set aside at once: a Ctrl+C at the next question does not bring it back', async () => {
    const ctx = await withDraft([
      ['Pick up where you left off?', 'over'],
      ['What are you planning for yourself', CTRL_C],
    ]);
    expect(await exitCodeOf(init(ctx), 'Stopped: the draft is discarded, and nothing was written yet')).toBe(130);
    expect((await ctx.journal()).people[0]!.drafts).toEqual([]);
  });

  it('leaves a plan as it is when the person does not want to revise it, and says when a draft went too', async () => {
    const plan = { ...emptyAnswers(), mission: 'I wake up to see people grow.' };
    const declined = testContext({ answers: [['Revise it', false]] });
    await declined.store.update((journal) => applyInit(journal, 'me', plan, '2026-11-01'));
    expect(await exitCodeOf(init(declined))).toBe(0);
    expect(declined.out.text).toBe('Nothing changed. Your plan is as it was: grow goal list, grow action list.\n');

    const setAside = await withDraft(
      [
        ['Pick up where you left off?', 'over'],
        ['Revise it', false],
      ],
      plan,
    );
    expect(await exitCodeOf(init(setAside))).toBe(0);
    expect(setAside.out.text).toBe('The draft is discarded, and your plan is as it was: grow goal list, grow action list.\n');
  });

  it("walks someone else through their own plan, saved under their name", async () => {
    const ctx = testContext({ person: 'sam', answers: [...aboutAndDreams, ...oneGoalAndSave] });
    await ctx.store.update((journal) => addPerson(journal, 'Sam'));
    expect(await exitCodeOf(init(ctx))).toBe(0);
    expect(ctx.prompts!.said()).toMatch(/^Welcome\. This is Sam's plan\./);
    expect(ctx.out.text).toContain("Sam's plan is saved.");
    expect((await ctx.journal()).people.map((p) => [p.name, p.goals.length])).toEqual([['Sam', 1]]);
  });
});
