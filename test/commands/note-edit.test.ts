// grow note edit, grow note rm and grow notes --ids, in-process: a note corrected keeps its id
// and date and shows when it was edited; a removal asks at a terminal and needs --yes in a
// script; a note that reads like a command is asked about, or refused in a script.
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/commands/export';
import { editNoteCommand, removeNotesCommand } from '../../src/commands/note-edit';
import { note } from '../../src/commands/note';
import { notes } from '../../src/commands/notes';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { exitCodeOf, testContext, type TestContext, type TestContextOptions } from '../support/test-context';

const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('../e2e/fixtures/fake-editor.mjs', import.meta.url))}`;
const WRITTEN = new Date('2026-11-20T09:30:00Z');

/** A journal with n1 "Paired with Sam #pairing" (tagged also "work") and n2 "A calm week", written on 20 November. */
async function withNotes(options: TestContextOptions = {}): Promise<TestContext> {
  const ctx = testContext({ today: '2026-12-08', ...options });
  await ctx.store.update((journal) => {
    addNote(journal, 'me', { text: 'Paired with Sam #pairing', tags: ['work'], at: WRITTEN });
    addNote(journal, 'me', { text: 'A calm week', tags: [], at: WRITTEN });
  });
  return ctx;
}

const noteOf = async (ctx: TestContext, id: string) => (await ctx.journal()).people[0]!.notes.find((n) => n.id === id);

describe('grow note edit', () => {
  it('changes the words, keeps the id and date, reads the #tags again, and says what changed', async () => {
    const ctx = await withNotes();
    expect(await exitCodeOf(editNoteCommand(ctx, 'N1', { text: 'Paired with Sam on the parser #parser' }))).toBe(0);
    expect(ctx.out.text).toBe('Changed note n1:\n  text: "Paired with Sam #pairing" → "Paired with Sam on the parser #parser"\n  tags: #work #pairing → #work #parser\ngrow undo takes it back.\n');
    expect(await noteOf(ctx, 'n1')).toMatchObject({ id: 'n1', at: '2026-11-20T09:30:00Z', text: 'Paired with Sam on the parser #parser', tags: ['work', 'parser'] });
  });

  it('shows when a note was edited, in grow notes, its JSON and the markdown export', async () => {
    const ctx = await withNotes();
    await editNoteCommand(ctx, 'n2', { text: 'A calm, good week' });
    const listing = testContext({ journal: ctx.store.path, today: '2026-12-08' });
    await notes(listing, { tag: [] });
    expect(listing.out.text).toContain('n2     2026-11-20 09:30  (edited Tuesday 8 December)\n      A calm, good week\n');
    expect(listing.out.text).not.toMatch(/n1 .*edited/);

    const json = testContext({ journal: ctx.store.path, json: true });
    await notes(json, { tag: [] });
    const [n2, n1] = JSON.parse(json.out.text) as Record<string, unknown>[];
    expect(n2!.edited).toMatch(/^2026-12-08T/);
    expect(n1!.edited).toBeUndefined();

    const exported = testContext({ journal: ctx.store.path, today: '2026-12-08' });
    await exportPlan(exported, {});
    expect(exported.out.text).toContain('- 2026-11-20 09:30 (n2) (edited Tuesday 8 December)\n');
  });

  it('adds tags, and puts the private mark on or takes it off, without touching the words', async () => {
    const ctx = await withNotes();
    await editNoteCommand(ctx, 'n2', { shared: undefined }, { tag: ['#Retro'], private: true });
    expect(await noteOf(ctx, 'n2')).toMatchObject({ text: 'A calm week', tags: ['retro'], private: true });
    expect(ctx.out.text).toContain('  private: no → yes\n');
    await editNoteCommand(ctx, 'n2', { shared: true });
    expect((await noteOf(ctx, 'n2'))!.private).toBeUndefined();
    // Only the words count as an edit.
    expect((await ctx.store.read()).people[0]!.notes[1]!.changed).toMatchObject({ tags: expect.any(String), private: expect.any(String) });
    expect((await ctx.store.read()).people[0]!.notes[1]!.changed?.text).toBeUndefined();
  });

  it('says so, and writes nothing, when nothing changes', async () => {
    const ctx = await withNotes();
    const before = readFileSync(ctx.store.path);
    await editNoteCommand(ctx, 'n2', { text: '  A calm week ' });
    expect(ctx.out.text).toBe('Note n2 is as it was; nothing changed.\n');
    expect(readFileSync(ctx.store.path)).toEqual(before);
  });

  it('opens the editor on the note at a terminal, and leaves it as it was when it comes back empty', async () => {
    const edited = await withNotes({ answers: [], env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Paired with Sam, who taught me the parser\n' } });
    await editNoteCommand(edited, 'n1', {});
    expect((await noteOf(edited, 'n1'))!.text).toBe('Paired with Sam, who taught me the parser');
    expect(edited.err.text).toBe('Opening note n1 in your editor; save and close it when you are done.\n');

    const emptied = await withNotes({ answers: [], env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: '\n' } });
    const before = readFileSync(emptied.store.path);
    expect(await exitCodeOf(editNoteCommand(emptied, 'n1', {}))).toBe(0);
    expect(emptied.err.text).toContain('The note would be empty, so it was left as it was. To remove it: grow note rm ID');
    expect(readFileSync(emptied.store.path)).toEqual(before);
  });

  it('needs --text (or another flag) in a script, and a note that is there', async () => {
    const ctx = await withNotes();
    expect(await exitCodeOf(editNoteCommand(ctx, 'n1', {}), /^Say what to change with --text, --tag, --private or --shared/)).toBe(2);
    expect(await exitCodeOf(editNoteCommand(ctx, 'n9', { text: 'x' }), 'There is no note n9 in your plan.\nSee them with grow notes')).toBe(2);
    expect(await exitCodeOf(editNoteCommand(ctx, 'a1', { text: 'x' }), '"a1" is not a note id (like n12).')).toBe(2);
    expect(await exitCodeOf(editNoteCommand(ctx, 'n1', { text: ' ' }), 'The note would be empty')).toBe(2);
    expect(await exitCodeOf(editNoteCommand(ctx, 'n1', { shared: true }, { tag: [], private: true }), 'A note is either --private or --shared, not both.')).toBe(2);
  });

  it('points at the plan a note is in', async () => {
    const ctx = await withNotes();
    await ctx.store.update((journal) => {
      addPerson(journal, 'Sam');
      addNote(journal, 'Sam', { text: 'Sam likes pairing', tags: [], at: WRITTEN });
    });
    expect(await exitCodeOf(editNoteCommand(ctx, 'n3', { text: 'x' }), 'There is no note n3 in your plan.\nn3 is in Sam\'s plan. Add --person "Sam" to work on it.')).toBe(2);
  });
});

describe('grow note rm', () => {
  it('asks at a terminal, showing each note that goes, and removes them', async () => {
    const ctx = await withNotes({ answers: [['Remove them? (grow undo can bring it back)', true]] });
    await removeNotesCommand(ctx, ['n2', 'n1', 'n2'], {});
    expect(ctx.prompts!.said()).toBe('This removes:\n  note n2  2026-11-20 09:30  "A calm week"\n  note n1  2026-11-20 09:30  "Paired with Sam #pairing"');
    expect(ctx.out.text).toBe('Removed notes n2, n1. grow undo takes it back.\n');
    expect((await ctx.journal()).people[0]!.notes).toEqual([]);
    // Each leaves a tombstone, so that an older copy of the journal cannot bring it back.
    expect((await ctx.store.read()).removed).toHaveLength(2);
  });

  it('removes nothing when the answer is no', async () => {
    const ctx = await withNotes({ answers: [['Remove it?', false]] });
    const before = readFileSync(ctx.store.path);
    expect(await exitCodeOf(removeNotesCommand(ctx, ['n1'], {}))).toBe(0);
    expect(ctx.out.text).toBe('Nothing was removed.\n');
    expect(readFileSync(ctx.store.path)).toEqual(before);
  });

  it('needs --yes in a script, and refuses every id if one is wrong', async () => {
    const ctx = await withNotes();
    const before = readFileSync(ctx.store.path);
    expect(await exitCodeOf(removeNotesCommand(ctx, ['n1'], {}), 'grow note rm n1 asks before it removes anything, and there is no terminal to ask at.\nTo remove it all the same: grow note rm n1 --yes')).toBe(2);
    expect(await exitCodeOf(removeNotesCommand(ctx, ['n1', 'n2'], {}), 'To remove them all the same: grow note rm n1 n2 --yes')).toBe(2);
    expect(await exitCodeOf(removeNotesCommand(ctx, ['n1', 'n7'], { yes: true }), 'There is no note n7')).toBe(2);
    expect(readFileSync(ctx.store.path)).toEqual(before);
    await removeNotesCommand(ctx, ['n1'], { yes: true });
    expect((await ctx.journal()).people[0]!.notes.map((n) => n.id)).toEqual(['n2']);
  });

  it('takes the ids grow notes --ids prints', async () => {
    const ctx = await withNotes();
    const listing = testContext({ journal: ctx.store.path });
    await notes(listing, { tag: ['work'], ids: true });
    expect(listing.out.text).toBe('n1\n');
    await removeNotesCommand(ctx, listing.out.text.split('\n').filter(Boolean), { yes: true });
    expect((await ctx.journal()).people[0]!.notes.map((n) => n.id)).toEqual(['n2']);
    const json = testContext({ journal: ctx.store.path, json: true });
    await notes(json, { tag: [], ids: true });
    expect(JSON.parse(json.out.text)).toEqual(['n2']);
  });
});

describe('grow note, when its words read like a command', () => {
  it('stops a script with exit 2, the command to run, and the way to write such a note', async () => {
    const ctx = testContext();
    expect(await exitCodeOf(note(ctx, ['done', 'a2'], { tag: [] }), '"done a2" reads like the command grow action done a2, so it was not saved as a note.\nTo run the command: grow action done a2. To save the note as written: grow note -- \'done a2\'')).toBe(2);
    expect(await exitCodeOf(note(ctx, ['edit n1'], { tag: [] }), /grow note edit n1/)).toBe(2);
    expect(await exitCodeOf(note(ctx, ['rm', 'G3'], { tag: [] }), /grow goal rm g3/)).toBe(2);
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('saves it when the words came after --, and any note that only starts with such a word', async () => {
    const ctx = testContext();
    await note(ctx, ['done', 'a2'], { tag: [] }, true);
    await note(ctx, ['done', 'with', 'the', 'reviews'], { tag: [] });
    expect((await ctx.journal()).people[0]!.notes.map((n) => n.text)).toEqual(['done a2', 'done with the reviews']);
  });

  it('asks at a terminal, and saves it only when told to', async () => {
    const declined = testContext({ answers: [['"done a2" reads like the command grow action done a2. Save it as a note all the same?', false]] });
    await note(declined, ['done', 'a2'], { tag: [] });
    expect(declined.out.text).toBe('Nothing was saved. To run the command: grow action done a2\n');
    expect(existsSync(declined.store.path)).toBe(false);

    const saved = testContext({ answers: [['Save it as a note all the same?', true]] });
    await note(saved, ['drop', 'a2'], { tag: [] });
    expect((await saved.journal()).people[0]!.notes.map((n) => n.text)).toEqual(['drop a2']);
  });
});
