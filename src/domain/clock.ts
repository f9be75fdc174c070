// Domain code never reads the system clock: "now" is passed in, as a Clock, so tests and
// GROW_TODAY fix it (src/clock.ts makes the one a command reads).
import { fromIsoDate, type IsoDate } from './dates';

export interface Clock {
  now(): Date;
  today(): IsoDate;
}

/** A clock stopped at noon on the given day: same results on every run. */
export function fixedClock(day: IsoDate): Clock {
  const noon = fromIsoDate(day);
  noon.setHours(12);
  return { now: () => new Date(noon), today: () => day };
}
