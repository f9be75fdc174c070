// grow export, run in-process: to standard output or to --out, in each format.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlan, type ExportOptions } from '../../src/commands/export';
import { addGoal } from '../../src/domain/plan';
import { journalText } from '../../src/store/journal-text';
import { damaged } from '../support/damaged';
import { richJournal } from '../support/rich-journal';
import { tempDir } from '../support/temp';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';

/** A context on the rich journal, written as grow writes it. */
function withRichJournal(options: TestContextOptions = {}) {
  const ctx = testContext(options);
  mkdirSync(dirname(ctx.store.path), { recursive: true, mode: 0o700 });
  writeFileSync(ctx.store.path, journalText(richJournal()), { mode: 0o600 });
  return ctx;
}

describe('grow export', () => {
  it('prints markdown to standard output, leaving private words out unless asked', async () => {
    const ctx = withRichJournal();
    await exportPlan(ctx, {});
    expect(ctx.out.text).toMatch(/^# My development plan/);
    expect(ctx.out.text).not.toContain('Felt stuck today');
    const all = withRichJournal();
    await exportPlan(all, { includePrivate: true, out: '-' });
    expect(all.out.text).toContain('Felt stuck today');
  });

  it('writes --out in one step, private to its owner, in the format its extension names, and says so on stderr', async () => {
    const ctx = withRichJournal();
    const out = join(tempDir(), 'plan.ics');
    await exportPlan(ctx, { out });
    expect(ctx.out.text).toBe('');
    expect(ctx.err.text).toMatch(new RegExp(`^Wrote the iCalendar export to ${out} \\(\\d+(\\.\\d)? KiB\\)\\.\\n$`));
    expect(readFileSync(out, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(statSync(out).mode & 0o777).toBe(0o600);

    const json = withRichJournal({ json: true });
    await exportPlan(json, {});
    expect(JSON.parse(json.out.text)).toMatchObject({ version: expect.any(Number) });
    const formatWins = withRichJournal();
    await exportPlan(formatWins, { format: 'md', out: join(tempDir(), 'plan.json') });
    expect(formatWins.err.text).toContain('Wrote the markdown export');
  });

  it('rejects bad flags with exit 2, a message naming the flag, and writes nothing', async () => {
    const ctx = withRichJournal();
    const before = readFileSync(ctx.store.path);
    const cases: [ExportOptions, string | RegExp][] = [
      [{ format: 'xml' }, '--format: "xml" is not a format grow exports; use md, json or ics, for example: --format ics'],
      [{ since: 'someday' }, '--since: could not read "someday" as a date'],
      [{ out: ctx.store.path }, '--out: the export would replace the journal itself; choose another file'],
      [{ out: `${ctx.store.path}.lock` }, "--out: the export would replace the journal's lock"],
      [{ out: '' }, '--out needs a file name, for example: --out plan.md'],
      [{ out: dirname(ctx.store.path) }, /--out: .* is a folder; give a file in it/],
    ];
    for (const [options, says] of cases) expect(await exitCodeOf(exportPlan(ctx, options), says), String(says)).toBe(2);
    expect(await exitCodeOf(exportPlan(withRichJournal({ person: 'Nobody' }), {}), 'There is no one called "Nobody"')).toBe(2);
    expect(ctx.out.text).toBe('');
    expect(readFileSync(ctx.store.path).equals(before)).toBe(true);
  });

  it('fails with exit 1 when there is nothing to put in a calendar, or no folder to write in', async () => {
    const ctx = testContext();
    await ctx.store.update((journal) => void addGoal(journal, 'me', { title: 'A calm speaker' }, '2026-11-01'));
    const out = join(tempDir(), 'plan.ics');
    expect(await exitCodeOf(exportPlan(ctx, { out }), 'Your plan has no action items yet, so there is nothing to put in a calendar.\nAdd one with grow action add')).toBe(1);
    expect(await exitCodeOf(exportPlan(ctx, { format: 'ics', allPeople: true }), 'There are no action items in any plan yet, so there is nothing to put in a calendar.')).toBe(1);
    expect(existsSync(out)).toBe(false);
    const missing = join(tempDir(), 'new', 'plan.md');
    expect(await exitCodeOf(exportPlan(ctx, { out: missing }), `Cannot write ${missing}: the folder ${dirname(missing)} does not exist.`)).toBe(1);
    expect(await exitCodeOf(exportPlan(damaged(), {}), 'is not valid JSON')).toBe(1);
  });

  it('exports an empty journal without creating it', async () => {
    const ctx = testContext();
    await exportPlan(ctx, {});
    expect(ctx.out.text).toContain('Nothing written yet.');
    expect(existsSync(ctx.store.path)).toBe(false);
  });
});
