// grow people rename and grow people rm, in-process: a report renamed keeps their plan and
// the items they own everywhere; a person removed goes with everything in their plan, after
// a confirmation that names it all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { removePersonCommand, renamePersonCommand } from '../../src/commands/people-edit';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal, setMission } from '../../src/domain/plan';
import { applySession, emptySessionAnswers } from '../../src/domain/session';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext, type TestContext, type TestContextOptions } from '../support/test-context';

/** My plan, with a3 owned by Sam; Sam's plan: a mission, g3 with a4, a note, a one-on-one with Alex. */
async function withSam(options: TestContextOptions = {}): Promise<TestContext> {
  const ctx = testContext(options);
  await ctx.store.update((journal) => {
    buildPlan(journal);
    journal.people[0]!.actions[2]!.owner = 'Sam';
    const { person } = addPerson(journal, 'Sam');
    setMission(person, 'I wake up to make hard things simple.', '2026-11-02');
    addGoal(journal, 'Sam', { title: 'A clear writer' }, '2026-11-02');
    addAction(journal, 'Sam', { goal: 'g3', text: 'Write a design note', due: '2026-12-20' }, '2026-11-02');
    addNote(journal, 'Sam', { text: 'Sam asked for reviews', tags: [], at: new Date('2026-11-03T10:00:00Z') });
    applySession(journal, 'Sam', emptySessionAnswers('Alex'), '2026-11-04');
  });
  return ctx;
}

describe('grow people rename', () => {
  it('renames a person, and the items they own in every plan follow', async () => {
    const ctx = await withSam();
    await renamePersonCommand(ctx, 'sam', ['Sam', 'Lee']);
    expect(ctx.out.text).toBe('Renamed Sam to Sam Lee; their plan, one-on-ones and items stay with them. grow undo takes it back.\n');
    const [me, sam] = (await ctx.journal()).people;
    expect(sam).toMatchObject({ name: 'Sam Lee', goals: [{ id: 'g3' }], actions: [{ id: 'a4', owner: 'Sam Lee' }], sessions: [{ id: 's1', on: '2026-11-04', manager: 'Alex' }] });
    expect(me!.actions.map((a) => a.owner)).toEqual(['me', 'me', 'Sam Lee']);
  });

  it('refuses "me", a name taken, and a person who is not there', async () => {
    const ctx = await withSam();
    await ctx.store.update((journal) => void addPerson(journal, 'Priya'));
    const before = readFileSync(ctx.store.path);
    expect(await exitCodeOf(renamePersonCommand(ctx, 'me', ['Alex']), /^The person "me" is you/)).toBe(2);
    expect(await exitCodeOf(renamePersonCommand(ctx, 'Sam', ['ME']), '"me" is the journal\'s owner; pick another name.')).toBe(2);
    expect(await exitCodeOf(renamePersonCommand(ctx, 'Sam', ['priya']), 'There is someone called "Priya" in this journal already')).toBe(2);
    expect(await exitCodeOf(renamePersonCommand(ctx, 'Kim', ['Kimberly']), 'There is no one called "Kim" in this journal.\nSee who is in it: grow people')).toBe(2);
    expect(await exitCodeOf(renamePersonCommand(ctx, 'Sam', []), 'Give the new name too')).toBe(2);
    expect(readFileSync(ctx.store.path)).toEqual(before);
  });

  it('takes a change of case as a rename, and the same name as nothing to do', async () => {
    const ctx = await withSam();
    await renamePersonCommand(ctx, 'Sam', ['SAM']);
    expect((await ctx.journal()).people[1]!.name).toBe('SAM');
    await renamePersonCommand(ctx, 'sam', ['SAM']);
    expect(ctx.out.text).toContain('SAM is already called that; nothing changed.\n');
  });
});

describe('grow people rm', () => {
  it('shows everything in the plan that goes, asks, and removes the person', async () => {
    const ctx = await withSam({ answers: [['Remove it?', true]] });
    await removePersonCommand(ctx, ['sam'], {});
    expect(ctx.prompts!.said()).toBe('This removes:\n  Sam, and everything in their plan:\n    1 mission statement\n    1 goal\n    1 action item\n    1 note\n    1 one-on-one');
    expect(ctx.out.text).toBe('Removed Sam and their plan. grow undo takes it back.\n');
    expect((await ctx.journal()).people.map((p) => p.name)).toEqual(['me']);
  });

  it('keeps "me", and needs --yes in a script', async () => {
    const ctx = await withSam();
    expect(await exitCodeOf(removePersonCommand(ctx, ['me'], { yes: true }), /^The person "me" is your own plan/)).toBe(2);
    expect(await exitCodeOf(removePersonCommand(ctx, ['Sam'], {}), 'To remove it all the same: grow people rm "Sam" --yes')).toBe(2);
    await removePersonCommand(ctx, ['Sam'], { yes: true });
    expect((await ctx.journal()).people.map((p) => p.name)).toEqual(['me']);
  });
});
