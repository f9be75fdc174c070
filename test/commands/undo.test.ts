// grow undo, grow undo --list and grow redo, in-process: each says in plain words what it took
// back or did again; the list shows time, words and what was undone; a journal that is not
// where the log left it is refused; and any run of changes made by grow's commands and domain
// functions, followed by as many undos, gives back the journal byte for byte.
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editActionCommand, removeActionCommand } from '../../src/commands/action-edit';
import { editGoalCommand, removeGoalCommand } from '../../src/commands/goal-edit';
import { editMission } from '../../src/commands/mission';
import { note } from '../../src/commands/note';
import { editNoteCommand, removeNotesCommand } from '../../src/commands/note-edit';
import { removePersonCommand, renamePersonCommand } from '../../src/commands/people-edit';
import { redo, undo } from '../../src/commands/undo';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { GrowError } from '../../src/errors';
import { lockPathOf } from '../../src/store/paths';
import { damaged } from '../support/damaged';
import { applyOp, opArbitrary, type Op } from '../support/journal-history';
import { writePlan } from '../support/plan-fixture';
import { exitCodeOf, testContext, type TestContext } from '../support/test-context';

describe('grow undo and grow redo', () => {
  it('say what they took back and gave back, one change at a time', async () => {
    const ctx = testContext();
    await note(ctx, ['Paired with Sam on the parser'], { tag: [] });
    await removeNotesCommand(ctx, ['n1'], { yes: true });
    const steps = testContext({ journal: ctx.store.path });
    await undo(steps, {});
    await undo(steps, {});
    expect(steps.out.text).toBe(
      [
        'Undid: removed note n1 "Paired with Sam on the parser".',
        'grow redo does it again; grow undo --list shows what else can be undone.',
        'Undid: added person me, note n1 "Paired with Sam on the parser".',
        'grow redo does it again; grow undo --list shows what else can be undone.',
        '',
      ].join('\n'),
    );
    expect(await exitCodeOf(undo(steps, {}), 'There is no change to undo.')).toBe(1);
    await redo(steps);
    expect(steps.out.text).toContain('Redid: added person me, note n1 "Paired with Sam on the parser".\ngrow undo takes it back again.\n');
  });

  it('lists the changes newest first, with their time, and marks those an undo took back', async () => {
    const ctx = testContext();
    await note(ctx, ['first'], { tag: [] });
    await note(ctx, ['second'], { tag: [] });
    await editNoteCommand(ctx, 'n1', { text: 'the first, corrected' });
    await undo(ctx, {});
    const list = testContext({ journal: ctx.store.path });
    await undo(list, { list: true });
    expect(list.out.text).toBe(
      [
        'Changes grow can undo, newest first',
        '',
        '2026-11-25 12:00  edited note n1 "the first, corrected"  (undone; grow redo gives it back)',
        '2026-11-25 12:00  added note n2 "second"',
        '2026-11-25 12:00  added person me, note n1 "first"',
        '',
        'grow redo gives back the newest change undone; a new change instead forgets those undone.',
        '',
      ].join('\n'),
    );
    const json = testContext({ journal: ctx.store.path, json: true });
    await undo(json, { list: true });
    const listed = JSON.parse(json.out.text) as { canStep: boolean; changes: { description: string; undone: boolean; counts: { changed: number } }[] };
    expect(listed.canStep).toBe(true);
    expect(listed.changes.map((c) => [c.description, c.undone])).toEqual([
      ['edited note n1 "the first, corrected"', true],
      ['added note n2 "second"', false],
      ['added person me, note n1 "first"', false],
    ]);
    expect(listed.changes[0]!.counts.changed).toBe(1);
  });

  it('says there is nothing yet on a new journal', async () => {
    const ctx = testContext();
    await undo(ctx, { list: true });
    expect(ctx.out.text).toMatch(/^There are no changes to undo yet/);
    expect(await exitCodeOf(undo(ctx, {}), 'There is no change to undo.')).toBe(1);
    expect(await exitCodeOf(redo(ctx), /^There is no change to redo/)).toBe(1);
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('refuses, changing nothing, when the journal is not where the log left it', async () => {
    const ctx = testContext();
    await note(ctx, ['first'], { tag: [] });
    await note(ctx, ['second'], { tag: [] });
    // As if edited by hand, or an older copy put back by git.
    writeFileSync(ctx.store.path, readFileSync(ctx.store.path, 'utf8').replace(/"clock": "[^"]+"/, '"clock": "2026-01-01T00:00:00.000Z"'));
    const edited = readFileSync(ctx.store.path);
    expect(await exitCodeOf(undo(ctx, {}), /is not where grow last left it \(it was restored from a backup, edited by hand or replaced by git\), so grow cannot undo or redo from here; nothing was changed\.\nChanges made from now on can be undone again\./)).toBe(1);
    expect(readFileSync(ctx.store.path)).toEqual(edited);
    const list = testContext({ journal: ctx.store.path });
    await undo(list, { list: true });
    expect(list.out.text).toContain('so none of these can be undone from here.');
  });
});

describe('every correction, on a damaged journal', () => {
  it('exits 1, says what is wrong, and leaves the file as it was', async () => {
    const commands = [
      () => undo(damaged(), {}),
      () => undo(damaged(), { list: true }),
      () => redo(damaged()),
      () => editNoteCommand(damaged(), 'n1', { text: 'x' }),
      () => removeNotesCommand(damaged(), ['n1'], { yes: true }),
      () => editActionCommand(damaged(), 'a1', { due: '2026-12-04' }),
      () => removeActionCommand(damaged(), 'a1', { yes: true }),
      () => editGoalCommand(damaged(), 'g1', { title: 'x' }),
      () => removeGoalCommand(damaged(), 'g1', { yes: true }),
      () => renamePersonCommand(damaged(), 'Sam', ['Sam Lee']),
      () => removePersonCommand(damaged(), ['Sam'], { yes: true }),
      () => editMission(damaged(), { text: 'x' }),
    ];
    // Each is started only when the one before has ended, as grow runs one command at a time.
    for (const command of commands) expect(await exitCodeOf(command(), 'is not valid JSON')).toBe(1);
  });
});

describe('every correction, on a journal another grow is writing to', () => {
  afterEach(() => vi.restoreAllMocks());

  it('waits its turn, then exits 1, says the journal is busy, and leaves the file as it was', async () => {
    const ctx = testContext();
    await writePlan(ctx.store.path, (journal) => {
      addNote(journal, 'me', { text: 'Paired with Sam', tags: [], at: new Date('2026-11-20T09:30:00Z') });
      addPerson(journal, 'Sam');
    });
    const before = readFileSync(ctx.store.path);
    // Another grow holds the lock and keeps it fresh: its time is always ahead of this one's.
    const lock = lockPathOf(ctx.store.path);
    mkdirSync(lock);
    const ahead = new Date(Date.now() + 3_600_000);
    utimesSync(lock, ahead, ahead);
    // The minute grow waits for it passes at once.
    let waited = 0;
    const now = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => now() + (waited += 10_000));
    const commands = [
      () => undo(ctx, {}),
      () => redo(ctx),
      () => editNoteCommand(ctx, 'n1', { text: 'x' }),
      () => removeNotesCommand(ctx, ['n1'], { yes: true }),
      () => editActionCommand(ctx, 'a1', { due: '2026-12-04' }),
      () => removeActionCommand(ctx, 'a1', { yes: true }),
      () => editGoalCommand(ctx, 'g1', { title: 'A calm speaker' }),
      () => removeGoalCommand(ctx, 'g2', { withItems: true, yes: true }),
      () => renamePersonCommand(ctx, 'Sam', ['Sam Lee']),
      () => removePersonCommand(ctx, ['Sam'], { yes: true }),
      () => editMission(ctx, { text: 'x' }),
    ];
    for (const command of commands) expect(await exitCodeOf(command(), `The journal is busy: another grow is writing to it (lock ${lock}).`)).toBe(1);
    expect(readFileSync(ctx.store.path)).toEqual(before);
    expect(existsSync(lock)).toBe(true);
  });
});

/** A change made through a grow command, with ids picked from the journal as it is then. */
type CommandOp =
  | { kind: 'domain'; op: Op }
  | { kind: 'noteEdit'; pick: number; text: string }
  | { kind: 'noteRm'; pick: number }
  | { kind: 'itemEdit'; pick: number; due: string; every: '1w' | '2w' | '4w' }
  | { kind: 'itemRm'; pick: number }
  | { kind: 'goalRm'; pick: number }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'personRm'; name: string }
  | { kind: 'mission'; text: string };

const words = fc.constantFrom('Paired with Sam #pairing', 'A calm week', 'Asked for feedback #growth');
const pick = fc.nat({ max: 9 });
const names = fc.constantFrom('Sam', 'Priya', 'Alex');
const commandOp: fc.Arbitrary<CommandOp> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('domain' as const), op: opArbitrary }), weight: 6 },
  fc.record({ kind: fc.constant('noteEdit' as const), pick, text: words }),
  fc.record({ kind: fc.constant('noteRm' as const), pick }),
  fc.record({ kind: fc.constant('itemEdit' as const), pick, due: fc.constantFrom('2027-01-04', '2027-02-01'), every: fc.constantFrom('1w' as const, '2w' as const, '4w' as const) }),
  fc.record({ kind: fc.constant('itemRm' as const), pick }),
  fc.record({ kind: fc.constant('goalRm' as const), pick }),
  fc.record({ kind: fc.constant('rename' as const), from: names, to: names }),
  fc.record({ kind: fc.constant('personRm' as const), name: names }),
  fc.record({ kind: fc.constant('mission' as const), text: words }),
);

async function run(ctx: TestContext, op: CommandOp): Promise<void> {
  const me = (await ctx.journal()).people.find((p) => p.name === 'me');
  const id = (records: readonly { id: string }[] | undefined, i: number) => (records?.length ? records[i % records.length]!.id : 'n999');
  const command = {
    domain: () => ctx.store.update((journal) => applyOp(journal, (op as { op: Op }).op)),
    noteEdit: () => op.kind === 'noteEdit' && editNoteCommand(ctx, id(me?.notes, op.pick), { text: op.text }),
    noteRm: () => op.kind === 'noteRm' && removeNotesCommand(ctx, [id(me?.notes, op.pick)], { yes: true }),
    itemEdit: () => op.kind === 'itemEdit' && editActionCommand(ctx, id(me?.actions, op.pick), { due: op.due, every: op.every }),
    itemRm: () => op.kind === 'itemRm' && removeActionCommand(ctx, id(me?.actions, op.pick), { yes: true }),
    goalRm: () => op.kind === 'goalRm' && removeGoalCommand(ctx, id(me?.goals, op.pick), { withItems: true, yes: true }),
    rename: () => op.kind === 'rename' && renamePersonCommand(ctx, op.from, [op.to]),
    personRm: () => op.kind === 'personRm' && removePersonCommand(ctx, [op.name], { yes: true }),
    mission: () => op.kind === 'mission' && editMission(ctx, { text: op.text }),
  }[op.kind];
  try {
    await command();
  } catch (error) {
    // A refusal (an id that is not there, a name taken) changes nothing: that is part of the property.
    if (!(error instanceof GrowError)) throw error;
  }
}

describe('grow undo, after any run of changes', () => {
  it('returns the journal byte for byte to where it started, one undo per change, and grow redo back again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(commandOp, { maxLength: 6 }), fc.array(commandOp, { minLength: 1, maxLength: 10 }), async (setup, ops) => {
        const ctx = testContext({ today: '2026-12-07' });
        for (const op of setup) await run(ctx, op);
        const start = existsSync(ctx.store.path) ? readFileSync(ctx.store.path) : undefined;
        let changes = 0;
        for (const op of ops) {
          const before = existsSync(ctx.store.path) ? readFileSync(ctx.store.path) : undefined;
          await run(ctx, op);
          const after = existsSync(ctx.store.path) ? readFileSync(ctx.store.path) : undefined;
          if (after && !(before && after.equals(before))) changes++;
        }
        const end = existsSync(ctx.store.path) ? readFileSync(ctx.store.path) : undefined;
        for (let i = 0; i < changes; i++) await undo(ctx, {});
        if (start) expect(readFileSync(ctx.store.path)).toEqual(start);
        else expect((await ctx.journal()).people).toEqual([]);
        // And as many redos give back where the changes had taken it.
        for (let i = 0; i < changes; i++) await redo(ctx);
        if (end) expect(readFileSync(ctx.store.path)).toEqual(end);
      }),
      { numRuns: Number(process.env.GROW_PROPERTY_RUNS ?? 15) },
    );
  }, 180_000);
});
