// grow undo takes back any change any command made, not only the corrections: a plan saved by
// grow init, a one-on-one, each item of a check-in round, an import, a copy merged in, a guided
// edit and a draft kept on Ctrl+C. Each undo gives the journal back byte for byte and says what
// it took back, and grow redo gives the change back byte for byte.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editActionCommand } from '../../src/commands/action-edit';
import { checkin } from '../../src/commands/checkin';
import { exportPlan } from '../../src/commands/export';
import { editGoalCommand } from '../../src/commands/goal-edit';
import { importFile } from '../../src/commands/import';
import { init } from '../../src/commands/init';
import { merge } from '../../src/commands/merge';
import { note } from '../../src/commands/note';
import { session } from '../../src/commands/session';
import { redo, undo } from '../../src/commands/undo';
import { addPerson } from '../../src/domain/people';
import { aboutAndDreams, oneGoalAndSave, wholeSession } from '../support/guided-answers';
import { jrnlExport } from '../support/jrnl-export';
import { buildPlan } from '../support/plan-fixture';
import { richJournal } from '../support/rich-journal';
import { CTRL_C } from '../support/scripted-prompter';
import { tempDir } from '../support/temp';
import { exitCodeOf, testContext, type TestContext } from '../support/test-context';

const bytes = (path: string) => (existsSync(path) ? readFileSync(path) : undefined);

/**
 * Runs `command`, then undoes every change it logged, one grow undo each, and checks the
 * journal is back byte for byte; then redoes them all and checks it is as the command left it.
 * Gives what each grow undo said, newest first.
 */
async function undoneAndRedone(ctx: TestContext, command: () => Promise<unknown>): Promise<string[]> {
  const before = bytes(ctx.store.path);
  const logged = (await ctx.store.changes()).changes.length;
  await command();
  const after = bytes(ctx.store.path);
  const made = (await ctx.store.changes()).changes.length - logged;
  expect(made).toBeGreaterThan(0);
  const said: string[] = [];
  for (let i = 0; i < made; i++) {
    const steps = testContext({ journal: ctx.store.path });
    expect(await exitCodeOf(undo(steps, {}))).toBe(0);
    said.push(steps.out.text.split('\n')[0]!);
  }
  if (before) expect(bytes(ctx.store.path)).toEqual(before);
  else expect((await ctx.journal()).people).toEqual([]);
  for (let i = 0; i < made; i++) await redo(testContext({ journal: ctx.store.path }));
  expect(bytes(ctx.store.path)).toEqual(after);
  return said;
}

describe('grow undo after a guided flow', () => {
  it('takes back the plan grow init saved, in one step', async () => {
    const ctx = testContext({ answers: [...aboutAndDreams, ...oneGoalAndSave] });
    await note(ctx, ['Before I made a plan'], { tag: [] });
    expect(await undoneAndRedone(ctx, () => init(ctx))).toEqual(['Undid: saved your plan from grow init.']);
  });

  it('takes back a one-on-one, its items and the mission statement written in it, in one step', async () => {
    const ctx = testContext({ person: 'Sam', answers: wholeSession });
    await ctx.store.update((journal) => void addPerson(journal, 'Sam'));
    expect(await undoneAndRedone(ctx, () => session(ctx, { manager: 'Alex' }, true))).toEqual(['Undid: saved a one-on-one with Sam.']);
  });

  it('takes back a check-in round one item at a time, as it saved them', async () => {
    const ctx = testContext({
      today: '2026-12-01',
      answers: [
        ['What went well since last time?', 'Spoke up in the design review'],
        ['How is it going?', 'done'],
        ['What went well?', 'Outlined it on the train'],
        ['How is it going?', 'skip'],
        ['How is it going?', 'end'],
      ],
    });
    await ctx.store.update(buildPlan);
    expect(await undoneAndRedone(ctx, () => checkin(ctx, undefined, {}))).toEqual([
      'Undid: added check-in c2; changed action item a1 "Outline the talk" (status, day closed).',
      'Undid: added check-in c1.',
    ]);
  });

  it('takes back the draft a Ctrl+C kept', async () => {
    const ctx = testContext({ answers: [...aboutAndDreams, ['Who do you want to become?', CTRL_C]] });
    expect(await undoneAndRedone(ctx, () => exitCodeOf(init(ctx)))).toEqual(['Undid: kept a draft of grow init.']);
  });

  it('takes back an item and a goal corrected by answering their questions again', async () => {
    const ctx = testContext({
      answers: [
        ['What will you do?', 'Outline the talk in three parts'],
        ['Who will do it?', 'Sam'],
        ['By when?', '2026-12-11'],
        ['How often would you like to check in on it?', '2w'],
        ['Which goal is it for?', 'g2'],
        ['Who do you want to become?', 'A mentor people seek out'],
        ['Why does that matter to you?', 'Someone once took time for me'],
        ['Where are you on that path today?', 'practising'],
      ],
    });
    await ctx.store.update(buildPlan);
    expect(await undoneAndRedone(ctx, () => editActionCommand(ctx, 'a1', {}))).toEqual(['Undid: changed action item a1 "Outline the talk in three parts" (goal, words, owner, due date, how often).']);
    expect(await undoneAndRedone(ctx, () => editGoalCommand(ctx, 'g2', {}))).toEqual(['Undid: changed goal g2 "A mentor people seek out" (title, stage, why).']);
  });
});

describe('grow undo after an import or a merge', () => {
  it('takes back a whole grow export brought in, in one step', async () => {
    const source = testContext();
    await source.store.update((empty) => Object.assign(empty, richJournal()));
    const file = join(tempDir(), 'backup.json');
    await exportPlan(source, { allPeople: true, includePrivate: true, out: file });
    const ctx = testContext();
    await note(ctx, ['Before the import'], { tag: [] });
    expect(await undoneAndRedone(ctx, () => importFile(ctx, file, {}))).toEqual(['Undid: imported backup.json.']);
  });

  it('takes back another copy of the journal merged in, in one step', async () => {
    const ctx = testContext();
    await note(ctx, ['Written on both machines'], { tag: [] });
    const copy = join(tempDir(), 'laptop.json');
    copyFileSync(ctx.store.path, copy);
    await note(testContext({ journal: copy }), ['Written on the laptop'], { tag: [] });
    await note(ctx, ['Written on the desktop'], { tag: [] });
    expect(await undoneAndRedone(ctx, () => merge(ctx, copy))).toEqual(['Undid: merged laptop.json.']);
  });

  it('takes back a jrnl export of hundreds of notes, in one step', async () => {
    const file = join(tempDir(), 'jrnl.json');
    writeFileSync(file, JSON.stringify(jrnlExport(300)));
    const ctx = testContext();
    expect(await undoneAndRedone(ctx, () => importFile(ctx, file, {}))).toEqual(['Undid: imported jrnl.json.']);
  });
});
