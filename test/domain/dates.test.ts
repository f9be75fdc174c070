import { describe, expect, it } from 'vitest';
import { addDaysTo, daysBetween, fromIsoDate, isIsoDate, parseDate, readDate, toIsoDate } from '../../src/domain/dates';
import { dateOrderFrom } from '../../src/domain/numeric-dates';

const today = '2026-11-25'; // a Wednesday

describe('parseDate', () => {
  it('reads ISO dates and refuses impossible ones', async () => {
    expect(await parseDate('2027-03-01', today, 'future')).toBe('2027-03-01');
    expect(await parseDate('2027-02-30', today, 'future')).toBeUndefined();
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });

  it.each([
    ['tomorrow', '2026-11-26'],
    ['friday', '2026-11-27'],
    ['next friday', '2026-12-04'],
    ['in 3 weeks', '2026-12-16'],
    ['in 2 days', '2026-11-27'],
    ['end of march', '2027-03-31'],
    ['end of month', '2026-11-30'],
    ['end of next month', '2026-12-31'],
    ['end of year', '2026-12-31'],
    ['by march 3', '2027-03-03'],
    ['Dec 1', '2026-12-01'],
  ])('reads "%s" as a due date: %s', async (words, expected) => {
    expect(await parseDate(words, today, 'future')).toBe(expected);
  });

  it.each([
    ['last week', '2026-11-18'],
    ['2 weeks ago', '2026-11-11'],
    ['yesterday', '2026-11-24'],
    ['march 3', '2026-03-03'],
    ['since 1 nov', '2026-11-01'],
  ])('reads "%s" looking back: %s', async (words, expected) => {
    expect(await parseDate(words, today, 'past')).toBe(expected);
  });

  it.each(['banana', 'soon', 'friday maybe later', '', '   ', '2026-13-01'])('does not guess at "%s"', async (words) => {
    expect(await parseDate(words, today, 'future')).toBeUndefined();
  });
});

describe('date arithmetic', () => {
  it('counts calendar days across month and year ends', () => {
    expect(addDaysTo('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-25', '2026-12-02')).toBe(7);
    expect(daysBetween('2026-12-02', '2026-11-25')).toBe(-7);
  });

  // Where a clock change, or a day skipped (Samoa left out 2011-12-30), falls between two dates.
  it.each(['UTC', 'Europe/London', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Apia'])('counts calendar days and writes dates alike in %s', (zone) => {
    const was = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
      expect(daysBetween('2011-12-29', '2011-12-31')).toBe(2);
      expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
      expect(daysBetween('1999-12-31', '9999-12-31')).toBe(2_921_940);
      for (const day of ['2026-03-29', '2026-10-25', '2011-12-31', '0999-01-05', '9999-12-31']) expect(toIsoDate(fromIsoDate(day))).toBe(day);
      // A note written just after midnight UTC is on the day before in St John's.
      expect(toIsoDate(new Date('2026-11-25T01:00:00Z'))).toBe(zone === 'America/St_Johns' ? '2026-11-24' : '2026-11-25');
    } finally {
      process.env.TZ = was;
    }
  });
});

describe('a day the words place in the past', () => {
  it.each([
    ['last friday', '2026-12-07', '2026-12-04'],
    ['past friday', '2026-12-07', '2026-12-04'],
    ['previous friday', '2026-12-07', '2026-12-04'],
    ['by last monday', '2027-01-18', '2027-01-11'],
    ['last week', '2026-12-07', '2026-11-30'],
  ])('"%s" on %s is %s, never moved forward to the next one', async (words, on, expected) => {
    expect(await parseDate(words, on, 'future')).toBe(expected);
  });

  it('still reads the days ahead as ahead', async () => {
    expect(await parseDate('friday', '2026-12-07', 'future')).toBe('2026-12-11');
    expect(await parseDate('next monday', '2027-01-18', 'future')).toBe('2027-01-25');
    expect(await parseDate('last day of march', '2026-12-07', 'future')).toBe('2027-03-31');
  });
});

describe('phrases people type', () => {
  it.each([
    // Monday 7 December 2026
    ['in a fortnight', '2026-12-21'],
    ['a fortnight from now', '2026-12-21'],
    ['in 2 fortnights', '2027-01-04'],
    ['end of next week', '2026-12-18'],
    ['end of the week', '2026-12-11'],
    ['eow', '2026-12-11'],
    ['EOW', '2026-12-11'],
    ['end of quarter', '2026-12-31'],
    ['end of next quarter', '2027-03-31'],
    ['eoq', '2026-12-31'],
    ['christmas', '2026-12-25'],
    ['Christmas Day', '2026-12-25'],
    ['xmas', '2026-12-25'],
    ['christmas eve', '2026-12-24'],
    ['new year', '2027-01-01'],
    ["new year's day", '2027-01-01'],
    ["new year's eve", '2026-12-31'],
    ['by christmas 2027', '2027-12-25'],
  ])('"%s" on Monday 7 December 2026 is %s', async (words, expected) => {
    expect(await parseDate(words, '2026-12-07', 'future')).toBe(expected);
  });

  it('reads them on other days too: a weekend, after Christmas, and looking back', async () => {
    expect(await parseDate('eow', '2026-12-12', 'future')).toBe('2026-12-18'); // a Saturday: the coming Friday
    expect(await parseDate('end of week', '2026-12-11', 'future')).toBe('2026-12-11'); // a Friday: today
    expect(await parseDate('christmas', '2026-12-27', 'future')).toBe('2027-12-25');
    expect(await parseDate('end of quarter', '2027-05-10', 'future')).toBe('2027-06-30');
    expect(await parseDate('christmas', '2027-03-01', 'past')).toBe('2026-12-25');
    expect(await parseDate('new year', '2027-03-01', 'past')).toBe('2027-01-01');
    expect(await parseDate('a fortnight ago', '2026-12-07', 'past')).toBe('2026-11-23');
    expect(await parseDate('end of last week', '2026-12-07', 'past')).toBe('2026-12-04');
  });
});

describe('dates in numbers', () => {
  it('reads a date whose numbers can only be read one way, whatever the locale', async () => {
    expect(await readDate('31/01/2027', today, 'future')).toEqual({ kind: 'date', date: '2027-01-31' });
    expect(await readDate('1/31/2027', today, 'future')).toEqual({ kind: 'date', date: '2027-01-31' });
    expect(await readDate('05/05/2027', today, 'future')).toEqual({ kind: 'date', date: '2027-05-05' });
    expect(await readDate('31.1.27', today, 'future', 'month-first')).toEqual({ kind: 'date', date: '2027-01-31' });
  });

  it('gives both readings of an ambiguous one when no order is known, and the locale\'s when it is', async () => {
    expect(await readDate('01/02/2027', today, 'future')).toEqual({ kind: 'ambiguous', dayFirst: '2027-02-01', monthFirst: '2027-01-02' });
    expect(await readDate('01/02/2027', today, 'future', 'day-first')).toEqual({ kind: 'date', date: '2027-02-01' });
    expect(await readDate('01/02/2027', today, 'future', 'month-first')).toEqual({ kind: 'date', date: '2027-01-02' });
    expect(await parseDate('01/02/2027', today, 'future')).toBeUndefined();
  });

  it('without a year, takes the next such day (or the last one, looking back)', async () => {
    expect(await readDate('3/1', today, 'future', 'day-first')).toEqual({ kind: 'date', date: '2027-01-03' });
    expect(await readDate('3/1', today, 'past', 'day-first')).toEqual({ kind: 'date', date: '2026-01-03' });
    expect(await readDate('29/02', today, 'future')).toEqual({ kind: 'date', date: '2028-02-29' });
  });

  it('refuses days that do not exist', async () => {
    for (const text of ['13/13/2027', '31/02/2027', '0/5/2027', '32/1']) expect(await readDate(text, today, 'future', 'day-first')).toEqual({ kind: 'unreadable' });
  });
});

describe('the order of day and month, from the locale', () => {
  it.each([
    [{ LANG: 'en_GB.UTF-8' }, 'day-first'],
    [{ LANG: 'de_DE.UTF-8' }, 'day-first'],
    [{ LANG: 'fr_FR' }, 'day-first'],
    [{ LANG: 'en_US.UTF-8' }, 'month-first'],
    [{ LANG: 'en_GB.UTF-8', LC_TIME: 'en_US.UTF-8' }, 'month-first'],
    [{ LANG: 'en_US.UTF-8', LC_TIME: 'en_US.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'day-first'],
    [{ LANG: 'en_GB.UTF-8', LC_ALL: '' }, 'day-first'],
    [{ LANG: 'de_DE.UTF-8@euro' }, 'day-first'],
  ] as const)('%j reads the %s', (env, order) => {
    expect(dateOrderFrom(env)).toBe(order);
  });

  it.each([{}, { LANG: 'C.UTF-8' }, { LANG: 'C' }, { LC_ALL: 'POSIX' }, { LANG: 'en_CA.UTF-8' }, { LANG: 'sv_SE.UTF-8' }, { LANG: 'xx_YY.UTF-8' }, { LANG: '../../etc' }])('%j does not settle it', (env) => {
    expect(dateOrderFrom(env)).toBeUndefined();
  });
});
