// The pulse: how much autonomy, mastery and purpose a person says they feel, 1 to 5, given
// at the end of a check-in. It describes the work as the person lives it, never the person,
// so it is only ever shown back to them as a trend: averages per week or per month.
import { addDaysTo, fromIsoDate, toIsoDate, type IsoDate } from './dates';
import { isLater } from './progress';
import type { Checkin, Person, Pulse } from './schema';
import type { PulsePeriodKind } from './vocabulary';

export const PULSE_DIMENSIONS = ['autonomy', 'mastery', 'purpose'] as const;
export type PulseDimension = (typeof PULSE_DIMENSIONS)[number];


export const PULSE_MIN = 1;
export const PULSE_MAX = 5;

/** How many periods a trend shows when no start is given. */
const DEFAULT_SPAN: Record<PulsePeriodKind, number> = { week: 16, month: 12 };

export interface PulsePeriod {
  /** The Monday of the week, or the first of the month. */
  start: IsoDate;
  /** How many pulses were given in it. */
  count: number;
  /** Averages to one decimal; absent when no pulse was given in the period. */
  average?: Record<PulseDimension, number>;
}

export function periodStart(date: IsoDate, by: PulsePeriodKind): IsoDate {
  if (by === 'month') return `${date.slice(0, 7)}-01`;
  const daysSinceMonday = (fromIsoDate(date).getDay() + 6) % 7;
  return addDaysTo(date, -daysSinceMonday);
}

function nextPeriod(start: IsoDate, by: PulsePeriodKind, step = 1): IsoDate {
  if (by === 'week') return addDaysTo(start, 7 * step);
  const date = fromIsoDate(start);
  date.setMonth(date.getMonth() + step);
  return toIsoDate(date);
}

/** The earliest the default trend starts: 16 weeks or 12 months before today's. */
export function defaultSpanStart(by: PulsePeriodKind, today: IsoDate): IsoDate {
  return nextPeriod(periodStart(today, by), by, 1 - DEFAULT_SPAN[by]);
}

/**
 * The start of the default trend: the last 16 weeks or 12 months up to today's, or the
 * period of the first pulse when that is later (no long blank before the first one).
 */
export function defaultPulseSince(person: Pick<Person, 'checkins'>, by: PulsePeriodKind, today: IsoDate): IsoDate {
  const span = defaultSpanStart(by, today);
  let first: IsoDate | undefined;
  for (const checkin of person.checkins) if (checkin.pulse && (!first || checkin.on < first)) first = checkin.on;
  return first && first > span ? periodStart(first, by) : span;
}

/** Every period from the one holding `since` to the one holding `today`, empty ones too. */
export function pulseSeries(person: Pick<Person, 'checkins'>, by: PulsePeriodKind, since: IsoDate, today: IsoDate): PulsePeriod[] {
  const sums = new Map<IsoDate, { count: number; total: Pulse }>();
  for (const checkin of person.checkins) {
    if (!checkin.pulse || checkin.on < since || checkin.on > today) continue;
    const key = periodStart(checkin.on, by);
    const sum = sums.get(key) ?? { count: 0, total: { autonomy: 0, mastery: 0, purpose: 0 } };
    sum.count += 1;
    for (const dimension of PULSE_DIMENSIONS) sum.total[dimension] += checkin.pulse[dimension];
    sums.set(key, sum);
  }
  const periods: PulsePeriod[] = [];
  const last = periodStart(today, by);
  for (let start = periodStart(since, by); start <= last; start = nextPeriod(start, by)) {
    const sum = sums.get(start);
    if (!sum) {
      periods.push({ start, count: 0 });
      continue;
    }
    const average = (dimension: PulseDimension) => Math.round((sum.total[dimension] / sum.count) * 10) / 10;
    periods.push({ start, count: sum.count, average: { autonomy: average('autonomy'), mastery: average('mastery'), purpose: average('purpose') } });
  }
  return periods;
}

/** The most recent check-in that carried a pulse. */
export function latestPulse(person: Pick<Person, 'checkins'>): (Checkin & { pulse: Pulse }) | undefined {
  let latest: (Checkin & { pulse: Pulse }) | undefined;
  for (const checkin of person.checkins) {
    if (checkin.pulse && (!latest || isLater(checkin, latest))) latest = checkin as Checkin & { pulse: Pulse };
  }
  return latest;
}
