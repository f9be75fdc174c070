// `grow --help`, `grow COMMAND --help` and `grow help COMMAND` print help rendered when grow
// was built (src/cli/help-texts.ts), without loading commander. It must be what commander
// prints for the declarations as they are; a terminal narrower than the help still gets it
// folded to fit, by commander itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpTexts } from '../../src/cli/help-texts';
import { createProgram } from '../../src/cli/program';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { startGrow } from './support/pty';

const stored = () => JSON.parse(readFileSync(new URL('../../dist/help.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('help rendered when grow is built', () => {
  it('is what commander says of every command as declared now', () => {
    const texts = stored();
    expect(texts).toEqual(helpTexts(createProgram()));
    expect(Object.keys(texts)).toEqual(expect.arrayContaining(['', 'action add', 'sessions show']));
  });

  it('is printed for each way of asking, the same as commander prints it on a longer line', async () => {
    const journal = tempJournal();
    const texts = stored();
    const cases: [string[], string][] = [
      [['--help'], ''],
      [['-h'], ''],
      [['help'], ''],
      [['action', 'add', '--help'], 'action add'],
      [['help', 'Action', 'ADD'], 'action add'],
      [['sessions', 'show', '-h'], 'sessions show'],
    ];
    for (const [args, words] of cases) expect(await runGrow(args, { journal }), args.join(' ')).toEqual({ code: 0, signal: null, stdout: texts[words], stderr: '' });
    // --no-color takes the line past the fast path, to commander.
    expect((await runGrow(['--no-color', 'action', 'add', '--help'], { journal })).stdout).toBe(texts['action add']);
  });

  it('is folded to a terminal narrower than it', async () => {
    const session = startGrow(['action', 'add', '--help'], { journal: tempJournal(), cols: 70 });
    await session.waitFor('--owner Morgan --every 2w');
    expect(await session.exited).toBe(0);
    const lines = session.text().trimEnd().split('\n');
    expect(lines[0]).toBe('Usage: grow action add [options] <text...>');
    expect(lines.filter((line) => !/^ {2}grow /.test(line)).every((line) => line.length <= 70)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('--due <date> by when: 2027-03-01, "next friday", "in 3 weeks", "end of march"');
  });
});
