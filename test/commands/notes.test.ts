// grow note and grow notes, run in-process.
import { existsSync, readdirSync, readFileSync, truncateSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { note } from '../../src/commands/note';
import { notes } from '../../src/commands/notes';
import { addPerson } from '../../src/domain/people';
import { damaged } from '../support/damaged';
import { exitCodeOf, testContext, type TestContext } from '../support/test-context';

const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('../e2e/fixtures/fake-editor.mjs', import.meta.url))}`;

async function listed(ctx: TestContext, options: Partial<Parameters<typeof notes>[1]> = {}): Promise<string> {
  const reader = testContext({ journal: ctx.store.path, json: ctx.json });
  await notes(reader, { tag: [], ...options });
  return reader.out.text;
}

describe('grow note', () => {
  it('saves a note with its #tags and --tag, private when asked, printing its id for a script', async () => {
    const ctx = testContext();
    await note(ctx, ['hello', '#focus'], { tag: ['Weekly'] });
    await note(testContext({ journal: ctx.store.path, today: '2026-11-26' }), ['just for me'], { tag: [], private: true });
    expect(ctx.out.text).toBe('n1\n');
    expect(JSON.parse(await listed(testContext({ journal: ctx.store.path, json: true })))).toEqual([
      { id: 'n2', at: '2026-11-26T12:00:00Z', text: 'just for me', tags: [], private: true },
      { id: 'n1', at: '2026-11-25T12:00:00Z', text: 'hello #focus', tags: ['weekly', 'focus'] },
    ]);
  });

  it('opens the editor at a terminal when no text is given, and saves nothing when it is left empty', async () => {
    const written = testContext({ answers: [], env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'A long week.\n\nLearned to say no. #boundaries\n' } });
    await note(written, [], { tag: ['weekly'] });
    expect(written.out.text).toContain('n1');
    expect((await written.journal()).people[0]!.notes[0]).toMatchObject({ text: 'A long week.\n\nLearned to say no. #boundaries', tags: ['weekly', 'boundaries'] });

    const empty = testContext({ answers: [], env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: '\n  \n' } });
    await note(empty, [], { tag: [] });
    expect(empty.err.text).toContain('Nothing was written');
    expect(existsSync(empty.store.path)).toBe(false);
  });

  it('keeps a note written in the editor when the journal cannot take it, and says how to save it later', async () => {
    const ctx = testContext({ answers: [], person: 'Sam', env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Worth keeping.\n' } });
    await ctx.store.update((journal) => addPerson(journal, 'Sam'));
    // The journal is damaged while the note is being written.
    ctx.env.FAKE_EDITOR_TRUNCATE = ctx.store.path;
    expect(await exitCodeOf(note(ctx, [], { tag: ['week'], private: true }))).toBe(1);
    const [kept] = readdirSync(dirname(ctx.store.path)).filter((name) => name.startsWith('unsaved-note-'));
    expect(readFileSync(`${dirname(ctx.store.path)}/${kept}`, 'utf8')).toBe('Worth keeping.\n');
    expect(ctx.err.text).toContain(`grow note - --journal '${ctx.store.path}' --person 'Sam' --tag 'week' --private < '${dirname(ctx.store.path)}/${kept}'`);
    truncateSync(ctx.store.path, 0);
  });

  it('refuses bad input with exit 2, and writes nothing', async () => {
    const ctx = testContext();
    expect(await exitCodeOf(note(ctx, [], { tag: [] }), 'Write the note after the command')).toBe(2);
    expect(await exitCodeOf(note(ctx, ['x'], { tag: ['two words'] }), '--tag: "two words" cannot be a tag')).toBe(2);
    expect(await exitCodeOf(note(testContext({ person: 'Sam' }), ['x'], { tag: [] }), 'There is no one called "Sam"')).toBe(2);
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('fails with exit 1 on a journal it cannot read, before the editor opens', async () => {
    const ctx = damaged({ answers: [], env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'never written' } });
    expect(await exitCodeOf(note(ctx, [], { tag: [] }), 'is not valid JSON')).toBe(1);
    expect(readdirSync(dirname(ctx.store.path)).filter((name) => name.startsWith('unsaved-note-'))).toEqual([]);
  });
});

describe('grow notes', () => {
  it('lists notes newest first, filtered by dates in words, tags, words and a limit', async () => {
    const ctx = testContext();
    await note(testContext({ journal: ctx.store.path, today: '2026-11-01' }), ['old one about feedback'], { tag: [] });
    await note(testContext({ journal: ctx.store.path, today: '2026-11-20' }), ['recent #work one'], { tag: [] });
    await note(testContext({ journal: ctx.store.path, today: '2026-11-24' }), ['newest', 'feedback', 'retro'], { tag: ['Work'] });
    expect(await listed(ctx, { since: 'last week' })).toBe('n3     2026-11-24 12:00  #work\n      newest feedback retro\n\nn2     2026-11-20 12:00  #work\n      recent #work one\n');
    const ids = async (options: Partial<Parameters<typeof notes>[1]>) => JSON.parse(await listed(testContext({ journal: ctx.store.path, json: true }), options)).map((n: { id: string }) => n.id);
    expect(await ids({})).toEqual(['n3', 'n2', 'n1']);
    expect(await ids({ tag: ['WORK'] })).toEqual(['n3', 'n2']);
    expect(await ids({ search: 'FEEDBACK' })).toEqual(['n3', 'n1']);
    expect(await ids({ until: '2026-11-20', limit: '1' })).toEqual(['n2']);
    expect(await listed(ctx, { tag: ['nothing'] })).toBe('No notes match.\n');
  });

  it('says there are none yet, without creating the journal', async () => {
    const ctx = testContext();
    await notes(ctx, { tag: [] });
    expect(ctx.out.text).toContain('No notes yet');
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('refuses a bad filter with exit 2 and a message naming the flag', async () => {
    const ctx = testContext();
    const cases: [Partial<Parameters<typeof notes>[1]>, string][] = [
      [{ limit: 'ten' }, '--limit must be a whole number of at least 1, not "ten". For example: --limit 10'],
      [{ limit: '0' }, '--limit must be a whole number'],
      [{ since: 'someday' }, '--since: could not read "someday" as a date'],
      [{ tag: ['two words'] }, '--tag: "two words" cannot be a tag'],
    ];
    for (const [options, says] of cases) expect(await exitCodeOf(notes(ctx, { tag: [], ...options }), says), says).toBe(2);
    expect(await exitCodeOf(notes(testContext({ person: 'Sam' }), { tag: [] }), 'There is no one called "Sam"')).toBe(2);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(notes(damaged(), { tag: [] }), 'is not valid JSON')).toBe(1);
  });
});
