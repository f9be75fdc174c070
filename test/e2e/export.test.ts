import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { serializeJournal } from '../../src/store/serialize';
import { schemaProblems } from '../support/json-schema';
import { lintProblems } from '../support/markdown';
import { richJournal } from '../support/rich-journal';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

function richJournalFile(): string {
  const journal = tempJournal();
  mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
  writeFileSync(journal, serializeJournal(richJournal()), { mode: 0o600 });
  return journal;
}

describe('grow export, run as a script would', () => {
  it('prints markdown to standard output, the same bytes every time', async () => {
    const journal = richJournalFile();
    const first = await runGrow(['export'], { journal });
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout.startsWith('# My development plan, Wednesday 25 November 2026\n')).toBe(true);
    expect(first.stdout).not.toContain('\u001b[');
    expect(lintProblems(first.stdout)).toEqual([]);
    expect((await runGrow(['export'], { journal })).stdout).toBe(first.stdout);
  });

  it('writes to --out in one step, private to its owner, says so on stderr, and picks the format from the extension', async () => {
    const journal = richJournalFile();
    const dir = tempDir();
    const markdown = (await runGrow(['export'], { journal })).stdout;

    const md = await runGrow(['export', '--out', join(dir, 'plan.md')], { journal });
    expect(md).toMatchObject({ code: 0, stdout: '' });
    expect(md.stderr).toMatch(new RegExp(`^Wrote the markdown export to ${join(dir, 'plan.md')} \\(\\d+\\.\\d KiB\\)\\.\\n$`));
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toBe(markdown);
    expect(statSync(join(dir, 'plan.md')).mode & 0o777).toBe(0o600);
    // A file replaced keeps the mode it had (one shared on purpose stays shared); - is standard output.
    chmodSync(join(dir, 'plan.md'), 0o640);
    await runGrow(['export', '--out', join(dir, 'plan.md')], { journal });
    expect(statSync(join(dir, 'plan.md')).mode & 0o777).toBe(0o640);
    expect(await runGrow(['export', '--out', '-'], { journal })).toMatchObject({ code: 0, stdout: markdown, stderr: '' });

    const ics = await runGrow(['export', '--person', 'Sam', '--out', join(dir, 'sam.ics')], { journal });
    expect(ics.stderr).toContain('Wrote the iCalendar export');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dir, 'sam.ics'), 'utf8')));
    expect(calendar.getAllSubcomponents('vtodo').map((t) => t.getFirstPropertyValue('summary'))).toEqual(['Shadow two incidents', 'Find an incident-command course']);

    await runGrow(['export', '--all-people', '--out', join(dir, 'all.json')], { journal });
    const all = JSON.parse(readFileSync(join(dir, 'all.json'), 'utf8'));
    expect(schemaProblems(all)).toEqual([]);
    expect(all.people).toHaveLength(2);
  });

  it('lets --format win over the extension, and --json ask for JSON', async () => {
    const journal = richJournalFile();
    const dir = tempDir();
    await runGrow(['export', '--format', 'ics', '--out', join(dir, 'plan.txt')], { journal });
    expect(readFileSync(join(dir, 'plan.txt'), 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const json = await runGrow(['export', '--json'], { journal });
    expect(schemaProblems(JSON.parse(json.stdout))).toEqual([]);
  });

  it('leaves private notes out unless --include-private is given', async () => {
    const journal = richJournalFile();
    expect((await runGrow(['export'], { journal })).stdout).not.toContain('Felt stuck today');
    expect((await runGrow(['export', '--include-private'], { journal })).stdout).toContain('Felt stuck today');
  });

  it('rejects bad flags with exit 2, a message naming the flag, and an untouched journal', async () => {
    const journal = richJournalFile();
    const before = readFileSync(journal);
    const cases: [string[], RegExp][] = [
      [['export', '--format', 'xml'], /^grow: --format: "xml" is not a format grow exports; use md, json or ics, for example: --format ics\n$/],
      [['export', '--since', 'someday'], /--since: could not read "someday" as a date/],
      [['export', '--person', 'Nobody'], /There is no one called "Nobody"/],
      [['export', '--out', journal], /^grow: --out: the export would replace the journal itself; choose another file/],
      [['export', '--out', `${journal}.lock`], /^grow: --out: the export would replace the journal's lock/],
      [['export', '--out', join(`${journal}.backups`, 'journal-2026-11-25.json')], /^grow: --out: the export would go among the journal's backups/],
      [['export', '--out', ''], /^grow: --out needs a file name, for example: --out plan\.md\n$/],
      [['export', '--out', dirname(journal)], /^grow: --out: .* is a folder; give a file in it, for example: --out .*\/plan\.md\n$/],
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
    expect(readFileSync(journal).equals(before)).toBe(true);
  });

  it('writes through a link to the file it points at, and makes no folder for --out', async () => {
    const journal = richJournalFile();
    const dir = tempDir();
    writeFileSync(join(dir, 'real.md'), 'old');
    symlinkSync('real.md', join(dir, 'plan.md'));
    expect(await runGrow(['export', '--out', join(dir, 'plan.md')], { journal })).toMatchObject({ code: 0, stdout: '' });
    expect(lstatSync(join(dir, 'plan.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.md'), 'utf8')).toContain('# My development plan');

    const missing = await runGrow(['export', '--out', join(dir, 'new', 'plan.md')], { journal });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`grow: Cannot write ${join(dir, 'new', 'plan.md')}: the folder ${join(dir, 'new')} does not exist.\n`);
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('writes no calendar for a plan without action items, since an empty one is not valid iCalendar', async () => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm speaker'], { journal });
    const out = join(tempDir(), 'plan.ics');
    for (const args of [['--out', out], ['--format', 'ics'], ['--all-people', '--format', 'ics']]) {
      const result = await runGrow(['export', ...args], { journal });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^grow: (Your plan has|No one in the journal has) no action items yet, so there is nothing to put in a calendar\.\nAdd one with grow action add/);
    }
    expect(existsSync(out)).toBe(false);
    await runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', '2026-12-01'], { journal });
    expect((await runGrow(['export', '--out', out], { journal })).code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')));
    expect(calendar.getAllSubcomponents('vtodo')).toHaveLength(1);
  });

  it('exports an empty journal without creating it', async () => {
    const journal = tempJournal();
    const result = await runGrow(['export'], { journal });
    expect(result.stdout).toContain('Nothing written yet.');
    expect(existsSync(journal)).toBe(false);
  });
});
