import { describe, expect, it } from 'vitest';
import { addDaysTo, daysBetween, isIsoDate, parseDate } from '../../src/domain/dates';

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
});
