import { existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalText } from '../../src/store/journal-text';
import { lintProblems } from '../support/markdown';
import { richJournal } from '../support/rich-journal';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

function richJournalFile(): string {
  const journal = tempJournal();
  mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
  writeFileSync(journal, journalText(richJournal()), { mode: 0o600 });
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

});
