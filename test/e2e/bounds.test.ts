// The edges of what grow accepts: check-ins made in another time zone than their item, dates
// past the year 9999, names holding control characters, and an empty --journal.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

async function expectUsageError(args: string[], options: Parameters<typeof runGrow>[1], words: string): Promise<void> {
  const result = await runGrow(args, options);
  expect(result.code, `grow ${args.join(' ')}: ${result.stderr}`).toBe(2);
  expect(result.stderr).toContain(words);
}

describe('a check-in made in a time zone behind the one its item was added in', () => {
  it('answers the item, though the day it carries is before the day the item was added', async () => {
    const journal = tempJournal();
    // The same moment is a day or two later at UTC+14 than at UTC-12, whenever the test runs.
    const ahead = { GROW_TODAY: undefined, TZ: 'Etc/GMT-14' };
    const behind = { GROW_TODAY: undefined, TZ: 'Etc/GMT+12' };
    expect((await runGrow(['goal', 'add', 'A patient listener'], { journal, env: ahead })).code).toBe(0);
    expect((await runGrow(['action', 'add', 'Ask before advising', '--goal', 'g1', '--due', 'tomorrow'], { journal, env: ahead })).code).toBe(0);
    expect(JSON.parse((await runGrow(['action', 'list', '--due', '--json'], { journal, env: behind })).stdout)).toHaveLength(1);

    const checkin = await runGrow(['checkin', 'a1', '--status', 'open', '--progress', '20'], { journal, env: behind });
    expect(checkin.code, checkin.stderr).toBe(0);
    expect(JSON.parse((await runGrow(['action', 'list', '--due', '--json'], { journal, env: behind })).stdout)).toEqual([]);
    expect((await runGrow(['remind'], { journal, env: behind })).stdout).toBe('');
  });
});

describe('dates past the year 9999', () => {
  const today = '9999-12-31';

  it('are refused in words that say so, wherever a date is read', async () => {
    const journal = tempJournal();
    expect((await runGrow(['goal', 'add', 'A patient listener'], { journal, today })).code).toBe(0);
    await expectUsageError(['action', 'add', 'Listen', '--goal', 'g1', '--due', 'tomorrow'], { journal, today }, '--due: "tomorrow" falls after 31 December 9999, the last day grow keeps.');
    await expectUsageError(['notes', '--since', 'in 2 days'], { journal, today }, '--since: "in 2 days" falls after 31 December 9999');
    await expectUsageError(['notes', '--until', 'next week'], { journal, today }, '--until: "next week" falls after 31 December 9999');
    expect((await runGrow(['action', 'add', 'Listen', '--goal', 'g1', '--due', today], { journal, today })).code).toBe(0);
    await expectUsageError(['checkin', 'a1', '--status', 'open', '--due', 'next friday'], { journal, today }, '--due: "next friday" falls after 31 December 9999');
  });
});

describe('control characters in names', () => {
  for (const [what, control] of [
    ['an escape', '\x1b'],
    ['DEL', '\x7f'],
    ['a C1 next line', '\u0085'],
    ['a C1 control sequence introducer', '\u009b'],
  ]) {
    it(`(${what}) are a usage error for --owner and grow people add, as for any name`, async () => {
      const journal = tempJournal();
      expect((await runGrow(['goal', 'add', 'A patient listener'], { journal })).code).toBe(0);
      await expectUsageError(['action', 'add', 'Listen', '--goal', 'g1', '--due', '2027-01-01', '--owner', `Sam${control}`], { journal }, 'A name for --owner');
      await expectUsageError(['people', 'add', `Sam${control}`], { journal }, 'A name of at most 80 characters, on one line.');
    });
  }
});

describe('an empty --journal', () => {
  it('is a usage error, never the default journal', async () => {
    const dataHome = tempDir();
    const env = { GROW_JOURNAL: undefined, XDG_DATA_HOME: dataHome };
    for (const args of [['--journal', '', 'note', 'where does this go?'], ['note', 'where does this go?', '--journal=']]) {
      await expectUsageError(args, { journal: '', env }, '--journal needs the path of a journal file');
    }
    expect(existsSync(join(dataHome, 'grow'))).toBe(false);
    // grow remind never fails a shell, but says what is wrong.
    const remind = await runGrow(['remind', '--journal', ''], { journal: '', env });
    expect(remind.code).toBe(0);
    expect(remind.stderr).toContain('--journal needs the path of a journal file');
  });
});
