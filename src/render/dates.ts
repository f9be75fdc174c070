// Calendar dates in words, the same on every machine (no locale data): Friday 4 December 2026.
import { fromIsoDate, type IsoDate } from '../domain/dates';
import { dates as messagesDates } from '../messages/dates';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function longDate(date: IsoDate): string {
  const d = fromIsoDate(date);
  return `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** Tuesday 8 December: for a day in a year the reader already knows. */
export function dayAndMonth(date: IsoDate): string {
  return longDate(date).replace(/ \d+$/, '');
}

export function shortDate(date: IsoDate): string {
  const d = fromIsoDate(date);
  return `${DAYS[d.getDay()]!.slice(0, 3)} ${d.getDate()} ${MONTHS[d.getMonth()]!.slice(0, 3)}`;
}

/** November 2026 */
export function monthYear(date: IsoDate): string {
  const d = fromIsoDate(date);
  return `${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

/** Why a date in numbers was refused: both days it could be, in words and as ISO dates. */
export function ambiguousDateText(value: string, reading: { dayFirst: IsoDate; monthFirst: IsoDate }): string {
  const both = (date: IsoDate) => ({ words: longDate(date), iso: date });
  return messagesDates.ambiguous(value, both(reading.dayFirst), both(reading.monthFirst));
}
