// Dates as a new user types them: a past day named in words stays past (and is refused as a
// due date), dates in numbers follow the locale or are refused with both readings, and the
// phrases people use (a fortnight, end of next week, christmas) are read and shown back.
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow } from './support/pty';

/** No locale says which comes first in 01/02/2027, unless a test says so. */
const NO_LOCALE = { LANG: 'C.UTF-8', LC_ALL: undefined, LC_TIME: undefined };
const MONDAY = '2026-12-07';

async function planWithGoal(today = MONDAY): Promise<string> {
  const journal = tempJournal();
  await runGrow(['goal', 'add', 'A calm public speaker'], { journal, today });
  return journal;
}

async function addItem(journal: string, due: string, env: Record<string, string | undefined> = NO_LOCALE, today = MONDAY) {
  return runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', due, '--json'], { journal, today, env });
}

describe('due dates given in a script', () => {
  it('reads "last friday" as the Friday gone by, and refuses it as past', async () => {
    const journal = await planWithGoal();
    const result = await addItem(journal, 'last friday');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('--due: Friday 4 December 2026 has passed.');
    expect((await addItem(journal, 'last monday', NO_LOCALE, '2027-01-18')).stderr).toContain('Monday 11 January 2027 has passed.');
  });

  it('refuses 01/02/2027 with both readings and the ISO forms when no locale settles it', async () => {
    const journal = await planWithGoal();
    const result = await addItem(journal, '01/02/2027');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'grow: --due: "01/02/2027" could be Monday 1 February 2027 (day first) or Saturday 2 January 2027 (month first). Write it as 2027-02-01 or 2027-01-02.\n' +
        'Your locale does not say which comes first: with LC_TIME=en_GB.UTF-8 grow reads the day first, with en_US.UTF-8 the month. See: grow help dates\n',
    );
    expect(JSON.parse((await runGrow(['action', 'list', '--json'], { journal })).stdout)).toEqual([]);
  });

  it('reads 01/02/2027 in the order of the locale: LC_ALL, else LC_TIME, else LANG', async () => {
    const journal = await planWithGoal();
    const due = async (env: Record<string, string | undefined>) => JSON.parse((await addItem(journal, '01/02/2027', { ...NO_LOCALE, ...env })).stdout).due;
    expect(await due({ LANG: 'en_GB.UTF-8' })).toBe('2027-02-01');
    expect(await due({ LANG: 'en_US.UTF-8' })).toBe('2027-01-02');
    expect(await due({ LANG: 'en_GB.UTF-8', LC_TIME: 'en_US.UTF-8' })).toBe('2027-01-02');
    expect(await due({ LC_TIME: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' })).toBe('2027-02-01');
    // Numbers that can be read only one way need no locale.
    expect(JSON.parse((await addItem(journal, '31/01/2027')).stdout).due).toBe('2027-01-31');
  });

  it.each([
    ['in a fortnight', '2026-12-21'],
    ['end of next week', '2026-12-18'],
    ['eow', '2026-12-11'],
    ['end of quarter', '2026-12-31'],
    ['christmas', '2026-12-25'],
    ['new year', '2027-01-01'],
  ])('reads "%s" on Monday 7 December 2026 as %s', async (words, date) => {
    const result = await addItem(await planWithGoal(), words);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).due).toBe(date);
  });

  it('grow help dates lists the new phrases and says how the locale reads dates in numbers', async () => {
    const journal = tempJournal();
    const help = await runGrow(['help', 'dates'], { journal, today: MONDAY, env: NO_LOCALE });
    expect(help.stdout).toMatch(/^ {2}in a fortnight +Monday 21 December 2026$/m);
    expect(help.stdout).toMatch(/^ {2}christmas +Friday 25 December 2026$/m);
    expect(help.stdout).toContain('no locale says which comes first, grow does not guess');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('Your locale (C.UTF-8) does not say whether the day or the month comes first, so 01/02/2027 is refused.');
    const british = await runGrow(['help', 'dates'], { journal, today: MONDAY, env: { ...NO_LOCALE, LANG: 'en_GB.UTF-8' } });
    expect(british.stdout.replace(/\s+/g, ' ')).toContain('Your locale (en_GB.UTF-8) reads 01/02/2027 as Monday 1 February 2027.');
  });
});

describe('a due date typed at a terminal', () => {
  it('refuses a past day named in words and an ambiguous date, then shows back a phrase as the day it means', async () => {
    const journal = await planWithGoal();
    await runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', 'friday'], { journal, today: MONDAY });
    const grow = startGrow(['checkin', 'a1'], { journal, today: MONDAY, env: NO_LOCALE });
    await pick(grow, 'How is it going?');
    await ask(grow, 'How far along is it', '20');
    await ask(grow, 'What went well?', 'An outline');
    await ask(grow, 'What is in the way?', '');
    await ask(grow, 'Move the due date?', 'y');
    await ask(grow, 'New due date:', 'last friday');
    await grow.waitForRefusal('Friday 4 December 2026 has passed.');
    grow.write(KEY.ctrlU);
    grow.answer('01/02/2027');
    await grow.waitForRefusal('"01/02/2027" could be Monday 1 February 2027 (day first) or Saturday 2 January 2027 (month first). Write it as 2027-02-01 or 2027-01-02.');
    grow.write(KEY.ctrlU);
    grow.answer('christmas');
    await grow.waitFor('→ Friday 25 December 2026');
    expect(await grow.exited).toBe(0);
    expect(JSON.parse((await runGrow(['action', 'list', '--json'], { journal })).stdout)[0].due).toBe('2026-12-25');
  });
});
