import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { startGrow } from './support/pty';

const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;

describe('grow note and grow notes, run as a script would', () => {

  it('prints plain text when piped, with filters that read dates in words', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'old one'], { journal, today: '2026-11-01' });
    await runGrow(['note', '--tag', 'Work', 'recent one'], { journal, today: '2026-11-24' });
    const listed = await runGrow(['notes', '--since', 'last week'], { journal });
    expect(listed.stdout).toBe('n2     2026-11-24 12:00  #work\n      recent one\n');
    expect(listed.stdout).not.toContain('\u001b[');
  });

  it('reads a note from standard input with -', async () => {
    const journal = tempJournal();
    const saved = await runGrow(['note', '-', '--tag', 'commit'], { journal, input: 'Fixed the flaky test\n\nIt was the clock.\n' });
    expect(saved.code).toBe(0);
    const listed = await runGrow(['notes', '--json'], { journal });
    expect(JSON.parse(listed.stdout)[0]).toMatchObject({ text: 'Fixed the flaky test\n\nIt was the clock.', tags: ['commit'] });
  });

  it('rejects bad input with exit 2 and a message naming the flag', async () => {
    const journal = tempJournal();
    const cases: [string[], RegExp][] = [
      [['note'], /Write the note after the command/],
      [['nots'], /^grow: unknown command 'nots'\n\(Did you mean one of note, notes\?\)\n$/],
      [['notes', '--colour'], /^grow: --colour is not an option of grow notes\.\nSee: grow notes --help\n$/],
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(journal)).toBe(false);
  });

  it('refuses a bad GROW_TODAY', async () => {
    const result = await runGrow(['notes'], { journal: tempJournal(), today: '25/11/2026' });
    expect(result).toMatchObject({ code: 2, stderr: 'grow: GROW_TODAY must be a date like 2026-11-25, not "25/11/2026".\n' });
  });

  it('leaves a damaged journal byte for byte as it was, with a two-line error', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true });
    writeFileSync(journal, '{"version": 1, "people": [}');
    const result = await runGrow(['note', 'will not be saved'], { journal });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `grow: The journal ${journal} is not valid JSON (at line 1, column 27: Unexpected token '}'), so grow will not write over it.`,
      `There is no backup of it yet; fix ${journal} by hand (grow doctor shows what is wrong).`,
    ]);
    expect(readFileSync(journal, 'utf8')).toBe('{"version": 1, "people": [}');
  });

  it('shows a stack trace only with GROW_DEBUG=1', async () => {
    const journal = join(tempDir(), 'journal.json');
    mkdirSync(journal);
    const quiet = await runGrow(['notes'], { journal });
    expect(quiet.stderr).toBe(`grow: The journal ${journal} is a folder, not a file.\n`);
    const debug = await runGrow(['notes'], { journal, env: { GROW_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('prints the version and help with examples', async () => {
    const journal = tempJournal();
    expect((await runGrow(['--version'], { journal })).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const help = await runGrow(['notes', '--help'], { journal });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('list journal notes, newest first');
    expect(help.stdout).toContain('grow notes --tag focus --since "2 weeks ago"');
    expect(help.stdout).toContain('--journal <path>');
  });
});

describe('grow note and grow notes in a terminal', () => {
  it('lists notes in colour, and without colour when NO_COLOR or --no-color is set', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'hello #focus'], { journal });

    const coloured = startGrow(['notes'], { journal });
    expect(await coloured.exited).toBe(0);
    expect(coloured.raw()).toMatch(/\u001b\[\d+m/);
    expect(coloured.text()).toContain('hello #focus');

    for (const [args, env] of [[['notes'], { NO_COLOR: '1' }], [['notes', '--no-color'], {}]] as const) {
      const plainRun = startGrow([...args], { journal, env });
      expect(await plainRun.exited).toBe(0);
      expect(plainRun.raw()).not.toMatch(/\u001b\[\d+m/);
    }
  });

  it('opens $EDITOR for a longer note when no text is given', async () => {
    const journal = tempJournal();
    const written = startGrow(['note', '--tag', 'weekly'], { journal, env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'A long week.\n\nLearned to say no. #boundaries\n' } });
    expect(await written.exited).toBe(0);
    expect(written.text()).toContain('Noted n1  #weekly #boundaries');
    const listed = await runGrow(['notes', '--json'], { journal });
    expect(JSON.parse(listed.stdout)[0]).toMatchObject({ text: 'A long week.\n\nLearned to say no. #boundaries', tags: ['weekly', 'boundaries'] });
  });

});
