// Autonomy, mastery and purpose per calendar month: the average of the pulses given in it.
import type { Checkin } from './schema';

export interface MonthPulse {
  /** 2026-11 */
  month: string;
  autonomy: number;
  mastery: number;
  purpose: number;
  /** How many pulses the averages are made of. */
  count: number;
}

/** Oldest month first; months without a pulse are left out. */
export function pulseByMonth(checkins: readonly Checkin[]): MonthPulse[] {
  const months = new Map<string, MonthPulse>();
  for (const { on, pulse } of checkins) {
    if (!pulse) continue;
    const month = on.slice(0, 7);
    const sum = months.get(month) ?? { month, autonomy: 0, mastery: 0, purpose: 0, count: 0 };
    sum.autonomy += pulse.autonomy;
    sum.mastery += pulse.mastery;
    sum.purpose += pulse.purpose;
    sum.count += 1;
    months.set(month, sum);
  }
  return [...months.values()]
    .sort((a, b) => (a.month < b.month ? -1 : 1))
    .map((s) => ({ ...s, autonomy: s.autonomy / s.count, mastery: s.mastery / s.count, purpose: s.purpose / s.count }));
}
