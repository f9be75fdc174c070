// Calendar dates are stored as ISO strings (YYYY-MM-DD) in the person's local time.
// Dates in words are understood by chrono-node, loaded only when words must be read
// because it costs more to load than the rest of a command.
import { addDays, differenceInCalendarDays, formatISO, lastDayOfMonth, lastDayOfYear } from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Local midnight of an ISO date. */
export function fromIsoDate(value: IsoDate): Date {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

export function toIsoDate(date: Date): IsoDate {
  return formatISO(date, { representation: 'date' });
}

/** Local date and time with its offset, as notes store it: 2026-11-25T14:03:00+01:00. */
export function toIsoDateTime(date: Date): string {
  return formatISO(date);
}

/** The local calendar date of a stored date-time. */
export function dateOf(isoDateTime: string): IsoDate {
  return toIsoDate(new Date(isoDateTime));
}

export function addDaysTo(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDays(fromIsoDate(date), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(fromIsoDate(to), fromIsoDate(from));
}

export type DateDirection = 'future' | 'past';

const LEADING_WORDS = /^(by|on|until|before|from|since)\s+/i;

/**
 * Reads `2027-03-01` or words such as `next friday`, `in 3 weeks`, `end of march`,
 * `2 weeks ago`. Ambiguous words lean to the future for due dates and to the past for
 * `--since`/`--until`. Returns undefined when the whole text is not a date.
 */
export async function parseDate(input: string, today: IsoDate, direction: DateDirection): Promise<IsoDate | undefined> {
  const text = input.trim().replace(LEADING_WORDS, '').trim();
  if (ISO_DATE.test(text)) return isIsoDate(text) ? text : undefined;
  if (text === '') return undefined;

  const endOf = endOfPeriod(text, today);
  if (endOf) return endOf;

  const { casual } = await import('chrono-node/en');
  const reference = fromIsoDate(today);
  reference.setHours(12);
  const [result] = casual.parse(text, reference, { forwardDate: direction === 'future' });
  if (!result || result.text.trim().length !== text.length) return undefined;

  const parsed = toIsoDate(result.start.date());
  const yearGiven = result.start.isCertain('year');
  if (direction === 'past' && !yearGiven && parsed > today) {
    const lastYear = result.start.date();
    lastYear.setFullYear(lastYear.getFullYear() - 1);
    return toIsoDate(lastYear);
  }
  return parsed;
}

/** chrono-node does not know "end of year"; "end of month" it reads, but only for this month. */
function endOfPeriod(text: string, today: IsoDate): IsoDate | undefined {
  const m = /^(?:the\s+)?end\s+of\s+(?:the\s+)?(this\s+|next\s+)?(year|month)$/i.exec(text);
  if (!m) return undefined;
  const next = (m[1] ?? '').trim().toLowerCase() === 'next';
  const base = fromIsoDate(today);
  if (m[2]!.toLowerCase() === 'year') {
    if (next) base.setFullYear(base.getFullYear() + 1);
    return toIsoDate(lastDayOfYear(base));
  }
  if (next) {
    base.setDate(1);
    base.setMonth(base.getMonth() + 1);
  }
  return toIsoDate(lastDayOfMonth(base));
}
