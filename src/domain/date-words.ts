// Phrases people type for a date that chrono-node does not read, or reads differently from
// how people mean them: the end of a week (its Friday), month, quarter or year; Christmas and
// New Year; a fortnight. Read here without loading chrono-node.
import { addDays, lastDayOfMonth, lastDayOfYear } from 'date-fns';
import { fromIsoDate, toIsoDate, type DateDirection, type IsoDate } from './dates';

/** The text with a fortnight said as the two weeks chrono-node reads: "in a fortnight" is "in 2 weeks". */
export function inWeeks(text: string): string {
  return text.replace(/\b(a|one|two|three|four|\d+)\s+fortnights?\b/gi, (_, count: string) => `${2 * countOf(count)} weeks`);
}

const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4 };
const countOf = (word: string) => COUNTS[word.toLowerCase()] ?? Number(word);

const PERIOD = /^(?:the\s+)?end\s+of\s+(?:the\s+)?(this\s+|next\s+|last\s+)?(week|month|quarter|year)$/i;
const SHORT = new Map([
  ['eow', 'week'],
  ['eom', 'month'],
  ['eoq', 'quarter'],
  ['eoy', 'year'],
]);
const HOLIDAY = /^(christmas(?:\s+day)?|xmas|christmas\s+eve|new\s+year(?:'?s)?(?:\s+day)?|new\s+year'?s\s+eve)(?:\s+(\d{4}))?$/i;

/** The day a phrase of this kind names; undefined when the text is not one of them. */
export function readDateWords(text: string, today: IsoDate, direction: DateDirection): IsoDate | undefined {
  const short = SHORT.get(text.toLowerCase());
  if (short) return endOf(short, 0, today);
  const period = PERIOD.exec(text);
  if (period) {
    const which = (period[1] ?? '').trim().toLowerCase();
    return endOf(period[2]!.toLowerCase(), which === 'next' ? 1 : which === 'last' ? -1 : 0, today);
  }
  const holiday = HOLIDAY.exec(text);
  if (holiday) return holidayDate(holiday[1]!.toLowerCase().replace(/\s+/g, ' '), holiday[2], today, direction);
  return undefined;
}

/**
 * The last day of this (0), the next (1) or the last (-1) period. A week ends on its Friday,
 * the end of a working week: on a weekend, the coming one.
 */
function endOf(period: string, shift: number, today: IsoDate): IsoDate {
  const date = fromIsoDate(today);
  if (period === 'week') return toIsoDate(addDays(date, ((5 - date.getDay() + 7) % 7) + 7 * shift));
  if (period === 'year') {
    date.setFullYear(date.getFullYear() + shift);
    return toIsoDate(lastDayOfYear(date));
  }
  const months = period === 'quarter' ? 3 : 1;
  const first = new Date(date.getFullYear(), Math.floor(date.getMonth() / months) * months + shift * months, 1);
  return toIsoDate(lastDayOfMonth(new Date(first.getFullYear(), first.getMonth() + months - 1, 1)));
}

function holidayDate(name: string, year: string | undefined, today: IsoDate, direction: DateDirection): IsoDate {
  const [month, day] = name.endsWith('eve') ? (name.startsWith('christmas') ? [12, 24] : [12, 31]) : name.startsWith('new') ? [1, 1] : [12, 25];
  const on = (y: number) => toIsoDate(new Date(y, month - 1, day));
  if (year !== undefined) return on(Number(year));
  const thisYear = Number(today.slice(0, 4));
  if (direction === 'future') return on(thisYear) >= today ? on(thisYear) : on(thisYear + 1);
  return on(thisYear) <= today ? on(thisYear) : on(thisYear - 1);
}
