// Domain code never reads the system clock: "now" is passed in, so tests and GROW_TODAY fix it.
import { UsageError } from '../errors';
// One messages module, not the whole index: grow remind loads this file at every new terminal.
import { common } from '../messages/common';
import { fromIsoDate, isIsoDate, toIsoDate, type IsoDate } from './dates';

export interface Clock {
  now(): Date;
  today(): IsoDate;
}

export function systemClock(): Clock {
  return { now: () => new Date(), today: () => toIsoDate(new Date()) };
}

/** A clock stopped at noon on the given day: same results on every run. */
export function fixedClock(day: IsoDate): Clock {
  const noon = fromIsoDate(day);
  noon.setHours(12);
  return { now: () => new Date(noon), today: () => day };
}

/** The system clock, or the day GROW_TODAY fixes (for scripts and tests). */
export function clockFrom(env: NodeJS.ProcessEnv): Clock {
  const today = env.GROW_TODAY?.trim();
  if (!today) return systemClock();
  if (!isIsoDate(today)) throw new UsageError(common.badToday(today));
  return fixedClock(today);
}
