// Calendar dates are stored as ISO strings (YYYY-MM-DD) in the person's local time.
// Dates in words are understood by chrono-node, loaded only when words must be read
// because it costs more to load than the rest of a command.
import { addDays, formatISO } from 'date-fns';
import { inWeeks, readDateWords } from './date-words';
import { readNumericDate, type DateOrder } from './numeric-dates';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/**
 * Whether a date read from words ("tomorrow", when today is 9999-12-31) is one grow keeps:
 * from year 10000 on an ISO date has five digits, and dates would no longer sort as text.
 */
export function isWithinYear9999(date: IsoDate): boolean {
  return ISO_DATE.test(date);
}

/** Local midnight of an ISO date. */
export function fromIsoDate(value: IsoDate): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The local calendar date of `date`, as formatISO writes it (the year in four digits). */
export function toIsoDate(date: Date): IsoDate {
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** Local date and time with its offset, as notes store it: 2026-11-25T14:03:00+01:00. */
export function toIsoDateTime(date: Date): string {
  return formatISO(date);
}

/**
 * Earlier first, for sorting calendar dates (2026-11-25): ISO dates sort as plain text.
 * Faster than localeCompare, whose first call alone costs more than a whole start of grow.
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The local calendar date of a stored date-time. */
export function dateOf(isoDateTime: string): IsoDate {
  return toIsoDate(new Date(isoDateTime));
}

export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(date), days));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The days since 1970-01-01 of a calendar date: counted in UTC, where every day is as long. */
const dayNumber = (value: IsoDate) => {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export type DateDirection = 'future' | 'past';

export type { DateOrder } from './numeric-dates';

/** What a typed date means: a day, or two days when its numbers could be read either way. */
export type DateReading =
  | { kind: 'date'; date: IsoDate }
  | { kind: 'ambiguous'; dayFirst: IsoDate; monthFirst: IsoDate }
  | { kind: 'unreadable' };

const LEADING_WORDS = /^(by|on|until|before|from|since)\s+/i;
/** Words that name a day already gone: "last friday" is never moved ahead to the next one. */
const PAST_WORDS = /\b(last|past|previous)\b/i;

/**
 * Reads `2027-03-01` or words such as `next friday`, `in 3 weeks`, `end of march`,
 * `2 weeks ago`. Ambiguous words lean to the future for due dates and to the past for
 * `--since`/`--until`, but a day the words place in the past ("last friday") stays there.
 * Numbers such as 01/02/2027 are read in the order `order` gives, and are ambiguous without one.
 */
export async function readDate(input: string, today: IsoDate, direction: DateDirection, order?: DateOrder): Promise<DateReading> {
  const unreadable = { kind: 'unreadable' } as const;
  const text = inWeeks(input.trim().replace(LEADING_WORDS, '').trim().replace(/\s+/g, ' ')).replace(/\bprevious\b/i, 'last');
  if (ISO_DATE.test(text)) return isIsoDate(text) ? { kind: 'date', date: text } : unreadable;
  if (text === '') return unreadable;
  const numeric = readNumericDate(text, today, direction, order);
  if (numeric) return numeric;
  const words = readDateWords(text, today, direction);
  if (words) return { kind: 'date', date: words };

  const { casual } = await import('chrono-node/en');
  const reference = fromIsoDate(today);
  reference.setHours(12);
  const read = (forwardDate: boolean) => casual.parse(text, reference, { forwardDate })[0];
  let result = read(direction === 'future');
  if (!result || result.text.trim().length !== text.length) return unreadable;
  const onlyWeekday = result.start.isCertain('weekday') && !result.start.isCertain('day');
  if (direction === 'future' && PAST_WORDS.test(text) && onlyWeekday) result = read(false)!;

  const parsed = toIsoDate(result.start.date());
  const yearGiven = result.start.isCertain('year');
  if (direction === 'past' && !yearGiven && parsed > today) {
    const lastYear = result.start.date();
    lastYear.setFullYear(lastYear.getFullYear() - 1);
    return { kind: 'date', date: toIsoDate(lastYear) };
  }
  return { kind: 'date', date: parsed };
}

/** The day the text means, or undefined when it is not a date or could be two. */
export async function parseDate(input: string, today: IsoDate, direction: DateDirection, order?: DateOrder): Promise<IsoDate | undefined> {
  const reading = await readDate(input, today, direction, order);
  return reading.kind === 'date' ? reading.date : undefined;
}
