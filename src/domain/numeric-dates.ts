// Dates written in numbers with slashes or dots (31/01/2027, 1.2.27). Which number is the day
// depends on where the writer is from, so grow never guesses: a date whose two numbers could
// both be months is read in the order of the person's locale (LC_ALL, else LC_TIME, else
// LANG), and where no locale settles it, it is refused with both readings.
import type { DateDirection, IsoDate } from './dates';

export type DateOrder = 'day-first' | 'month-first';

export type NumericReading =
  | { kind: 'date'; date: IsoDate }
  /** Both numbers could be the month, and no locale says which comes first. */
  | { kind: 'ambiguous'; dayFirst: IsoDate; monthFirst: IsoDate }
  | { kind: 'unreadable' };

const NUMERIC = /^(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/;

/** Undefined when the text is not a date in numbers (words are read elsewhere). */
export function readNumericDate(text: string, today: IsoDate, direction: DateDirection, order: DateOrder | undefined): NumericReading | undefined {
  const m = NUMERIC.exec(text);
  if (!m) return undefined;
  const [first, second] = [Number(m[1]), Number(m[3])];
  const year = m[4] === undefined ? undefined : m[4].length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
  const dayFirst = calendarDate(year, second, first, today, direction);
  const monthFirst = calendarDate(year, first, second, today, direction);
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    if (order === undefined) return { kind: 'ambiguous', dayFirst, monthFirst };
    return { kind: 'date', date: order === 'day-first' ? dayFirst : monthFirst };
  }
  const date = dayFirst ?? monthFirst;
  return date ? { kind: 'date', date } : { kind: 'unreadable' };
}

/** A real day of that month; without a year, the next one from today (or the last one, looking back). */
function calendarDate(year: number | undefined, month: number, day: number, today: IsoDate, direction: DateDirection): IsoDate | undefined {
  const iso = (y: number) => `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const valid = (y: number) => month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(y, month);
  if (year !== undefined) return valid(year) ? iso(year) : undefined;
  const thisYear = Number(today.slice(0, 4));
  // 29/02 without a year is the next (or last) 29 February there is.
  const years = direction === 'future' ? [0, 1, 2, 3, 4].map((n) => thisYear + n) : [0, 1, 2, 3, 4].map((n) => thisYear - n);
  return years.map((y) => (valid(y) ? iso(y) : undefined)).find((date) => date !== undefined && (direction === 'future' ? date >= today : date <= today));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Environment = Readonly<Record<string, string | undefined>>;

/** The locale that dates follow: LC_ALL, else LC_TIME, else LANG, as the C library picks it. */
export function localeFrom(env: Environment): string | undefined {
  return [env.LC_ALL, env.LC_TIME, env.LANG].find((value) => value !== undefined && value.trim() !== '')?.trim();
}

/**
 * The order of day and month in the person's locale: LC_ALL, else LC_TIME, else LANG (as
 * the C library reads them). Undefined for C and POSIX, for a locale this Node does not
 * know, and for one whose dates begin with the year (en_CA, sv_SE), where a slash date
 * could be either.
 */
export function dateOrderFrom(env: Environment): DateOrder | undefined {
  const tag = localeFrom(env)?.replace(/[.@].*$/, '').replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(tag)) return undefined;
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) return undefined;
    const parts = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(2027, 1, 1));
    const order = parts.map((part) => part.type).filter((type) => type === 'day' || type === 'month' || type === 'year');
    if (order[0] === 'year') return undefined;
    return order[0] === 'day' ? 'day-first' : 'month-first';
  } catch {
    return undefined;
  }
}
