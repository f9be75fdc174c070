// Correcting and removing what was written, and undoing it, with the built grow: the guided
// edit of an item and of a goal at a terminal, the questions before a removal, the editor on a
// note, a note that reads like a command, refusals from a script, and undo on an encrypted
// journal that never writes plain text.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { addGoal } from '../../src/domain/plan';
import { writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow } from './support/pty';

const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;

/** The plan of plan-fixture, with a note n1 and Sam's plan (g3). */
async function journalWithPlan(): Promise<string> {
  const journal = tempJournal();
  await writePlan(journal, (j) => {
    addNote(j, 'me', { text: 'Paired with Sam #pairing', tags: [], at: new Date('2026-11-20T09:30:00Z') });
    addPerson(j, 'Sam');
    addGoal(j, 'Sam', { title: 'A clear writer' }, '2026-11-02');
  });
  return journal;
}

const json = async (journal: string, ...args: string[]) => JSON.parse((await runGrow([...args, '--json'], { journal })).stdout) as Record<string, unknown>[];

describe('correcting at a terminal', () => {
  it('asks every question of an item again, each answer ready to edit, and grow undo takes the change back', async () => {
    const journal = await journalWithPlan();
    const before = readFileSync(journal);
    const grow = startGrow(['action', 'edit', 'a1'], { journal });
    await grow.waitFor('What will you do?');
    grow.write(KEY.ctrlU);
    grow.answer('Outline the talk in three parts');
    // Enter keeps what is in the line: the owner, and the due date even though it has passed.
    await pick(grow, 'Who will do it?');
    await pick(grow, 'By when?');
    await grow.waitFor('→ Friday 20 November 2026');
    await pick(grow, 'How often would you like to check in on it?', KEY.down);
    await pick(grow, 'Which goal is it for?');
    await grow.waitFor('Changed action item a1:');
    await grow.waitFor('check-ins: every week → every 2 weeks');
    expect(await grow.exited).toBe(0);
    expect((await json(journal, 'action', 'list'))[0]).toMatchObject({ id: 'a1', text: 'Outline the talk in three parts', due: '2026-11-20', every: '2w' });

    const undone = await runGrow(['undo'], { journal });
    expect(undone.stdout).toBe('Undid: changed action item a1 "Outline the talk in three parts" (words, how often).\ngrow redo does it again; grow undo --list shows what else can be undone.\n');
    expect(readFileSync(journal)).toEqual(before);
  });

  it('opens the editor on a note, and shows when it was edited', async () => {
    const journal = await journalWithPlan();
    const grow = startGrow(['note', 'edit', 'n1'], { journal, today: '2026-12-08', env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Paired with Sam on the parser #parser\n' } });
    await grow.waitFor('Changed note n1:');
    expect(await grow.exited).toBe(0);
    const listed = await runGrow(['notes'], { journal });
    expect(listed.stdout).toBe('n1     2026-11-20 09:30  #parser  (edited Tuesday 8 December)\n      Paired with Sam on the parser #parser\n');
  });

  it('leaves the note as it was when the editor cannot be started, and says nothing was saved', async () => {
    const journal = await journalWithPlan();
    const before = readFileSync(journal);
    const grow = startGrow(['note', 'edit', 'n1'], { journal, env: { EDITOR: 'no-such-editor-for-grow' } });
    await grow.waitFor('The editor "no-such-editor-for-grow" did not finish (spawn no-such-editor-for-grow ENOENT), so nothing was saved.');
    expect(await grow.exited).toBe(1);
    expect(readFileSync(journal)).toEqual(before);
  });

  it('asks before removing, shows what goes with it, and keeps everything on no', async () => {
    const journal = await journalWithPlan();
    expect((await runGrow(['checkin', 'a2', '--status', 'open', '--progress', '30'], { journal })).code).toBe(0);
    const before = readFileSync(journal);
    const declined = startGrow(['action', 'rm', 'a2'], { journal });
    await declined.waitFor('action item a2 "Rehearse with Sam" (open), with its 1 check-in');
    await ask(declined, 'Remove it? (grow undo can bring it back)', 'n');
    await declined.waitFor('Nothing was removed.');
    expect(await declined.exited).toBe(0);
    expect(readFileSync(journal)).toEqual(before);

    const removed = startGrow(['people', 'rm', 'Sam'], { journal });
    await removed.waitFor('Sam, and everything in their plan:');
    await removed.waitFor('1 goal');
    await ask(removed, 'Remove it?', 'y');
    await removed.waitFor('Removed Sam and their plan. grow undo takes it back.');
    expect(await removed.exited).toBe(0);
    expect((await json(journal, 'people')).map((p) => p.name)).toEqual(['me']);
  });

  it('asks the questions of a goal again, then removes it and several notes once the answer is yes', async () => {
    const journal = await journalWithPlan();
    expect((await runGrow(['note', 'A calm week'], { journal })).code).toBe(0);
    const edit = startGrow(['goal', 'edit', 'g2'], { journal });
    await edit.waitFor('Who do you want to become?');
    edit.write(KEY.ctrlU);
    edit.answer('A mentor people seek out');
    await ask(edit, 'Why does that matter to you?', 'Someone once took time for me');
    await pick(edit, 'Where are you on that path today?', KEY.down);
    await edit.waitFor('Changed goal g2:');
    expect(await edit.exited).toBe(0);
    expect((await json(journal, 'goal', 'list'))[1]).toMatchObject({ id: 'g2', title: 'A mentor people seek out', why: 'Someone once took time for me', stage: 'learning' });

    const goal = startGrow(['goal', 'rm', 'g2', '--with-items'], { journal });
    await goal.waitFor('goal g2 "A mentor people seek out"');
    await ask(goal, 'Remove it? (grow undo can bring it back)', 'y');
    await goal.waitFor('Removed goal g2 and its 1 action item. grow undo takes it back.');
    expect(await goal.exited).toBe(0);

    const notes = startGrow(['note', 'rm', 'n1', 'n2'], { journal });
    await notes.waitFor('note n2');
    await ask(notes, 'Remove them? (grow undo can bring it back)', 'y');
    await notes.waitFor('Removed notes n1, n2. grow undo takes it back.');
    expect(await notes.exited).toBe(0);
    expect(await json(journal, 'notes')).toEqual([]);
    expect((await json(journal, 'goal', 'list')).map((g) => g.id)).toEqual(['g1']);
  });

  it('asks whether a note that reads like a command was meant as one', async () => {
    const journal = await journalWithPlan();
    const grow = startGrow(['note', 'done', 'a1'], { journal });
    await ask(grow, '"done a1" reads like the command grow action done a1. Save it as a note all the same?', 'n');
    await grow.waitFor('Nothing was saved. To run the command: grow action done a1');
    expect(await grow.exited).toBe(0);
    expect(await json(journal, 'notes')).toHaveLength(1);
  });
});

describe('correcting from a script', () => {
  it('needs --yes to remove, and writes a note that reads like a command only after --', async () => {
    const journal = await journalWithPlan();
    const refused = await runGrow(['note', 'rm', 'n1'], { journal });
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe('grow: grow note rm n1 asks before it removes anything, and there is no terminal to ask at.\nTo remove it all the same: grow note rm n1 --yes\n');

    const command = await runGrow(['note', 'edit n1'], { journal });
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("To save the note as written: grow note -- 'edit n1'");
    expect((await runGrow(['note', '--', 'edit', 'n1', 'went', 'well'], { journal })).stdout).toBe('n2\n');
    expect((await runGrow(['note', '--tag', 'x', '--', 'rm', 'n1'], { journal })).stdout).toBe('n3\n');
    expect((await json(journal, 'notes')).map((n) => [n.text, n.tags])).toEqual([
      ['rm n1', ['x']],
      ['edit n1 went well', []],
      ['Paired with Sam #pairing', ['pairing']],
    ]);

    const removed = await runGrow(['note', 'rm', ...(await runGrow(['notes', '--tag', 'x', '--ids'], { journal })).stdout.split('\n').filter(Boolean), '--yes'], { journal });
    expect(removed.stdout).toBe('Removed note n3. grow undo takes it back.\n');
  });

  it('refuses a bad id or flag with exit 2, saying what is wrong and where to look, and change nothing', async () => {
    const journal = await journalWithPlan();
    const before = readFileSync(journal);
    const cases: [string[], string][] = [
      [['note', 'edit', 'n9', '--text', 'x'], 'grow: There is no note n9 in your plan.\nSee them with grow notes'],
      [['note', 'edit', 'n1', '--txt', 'x'], 'grow: --txt is not an option of grow note edit.\n(Did you mean --text?)'],
      [['note', 'rm', 'n1', 'n9', '--yes'], 'grow: There is no note n9 in your plan.'],
      [['action', 'edit', 'a9', '--text', 'x'], 'grow: There is no action item a9 in your plan.'],
      [['action', 'edit', 'a1', '--every', '3w'], 'grow: --every must be 1w, 2w or 4w (how often to check in), not "3w".'],
      [['action', 'edit', 'a1', '--goal', 'g9'], 'grow: --goal g9: there is no such goal in your plan.'],
      [['action', 'rm', 'a9', '--yes'], 'grow: There is no action item a9 in your plan.'],
      [['goal', 'edit', 'g9', '--title', 'x'], 'grow: There is no goal g9 in your plan.'],
      [['goal', 'rm', 'g1', '--yes'], 'grow: Goal g1 has 2 open action items, so it was not removed.\nTo remove the items too: grow goal rm g1 --with-items'],
      [['people', 'rename', 'Kim', 'Kimberly'], 'grow: There is no one called "Kim" in this journal.\nSee who is in it: grow people'],
      [['people', 'rm', 'me', '--yes'], 'grow: The person "me" is your own plan, and stays in the journal.'],
      [['mission', 'edit', '--text', ' '], 'grow: Give the new statement with --text'],
      [['mission', 'history', '--dif'], 'grow: --dif is not an option of grow mission history.\n(Did you mean --diff?)'],
      [['undo', '3'], 'grow: Too many words: grow undo takes none after it.\nSee: grow undo --help'],
      [['redo', '--list'], 'grow: --list is not an option of grow redo.'],
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(readFileSync(journal)).toEqual(before);
  });

  it('undoes and redoes on an encrypted journal, and never writes its words in plain text', async () => {
    const journal = tempJournal();
    const env = { GROW_PASSPHRASE: 'river stones and tea' };
    expect((await runGrow(['note', 'my manager worries me'], { journal, env })).code).toBe(0);
    expect((await runGrow(['encrypt'], { journal, env })).code).toBe(0);
    expect((await runGrow(['note', 'edit', 'n1', '--text', 'I want to lead'], { journal, env })).code).toBe(0);
    expect((await runGrow(['undo'], { journal, env })).stdout).toMatch(/^Undid: edited note n1 "I want to lead"\./);
    expect(JSON.parse((await runGrow(['notes', '--json'], { journal, env })).stdout)[0].text).toBe('my manager worries me');
    expect((await runGrow(['redo'], { journal, env })).code).toBe(0);
    expect((await runGrow(['note', 'rm', 'n1', '--yes'], { journal, env })).code).toBe(0);
    expect((await runGrow(['undo'], { journal, env })).stdout).toMatch(/^Undid: removed note n1 "I want to lead"\./);
    const listed = await runGrow(['undo', '--list'], { journal, env });
    expect(listed.stdout).toContain('edited note n1 "I want to lead"');

    const folder = dirname(journal);
    const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name).not.toMatch(/manager|lead/);
  });
});
