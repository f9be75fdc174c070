// The clock a command reads: the system's, or the day GROW_TODAY fixes (for scripts and
// tests). Domain code never reads it: today is passed in (see domain/clock.ts).
import { fixedClock, type Clock } from './domain/clock';
import { isIsoDate, toIsoDate } from './domain/dates';
import { UsageError } from './errors';
// One messages module, not the whole index: grow remind loads this file at every new terminal.
import { common } from './messages/common';

export function systemClock(): Clock {
  return { now: () => new Date(), today: () => toIsoDate(new Date()) };
}

/** The system clock, or the day GROW_TODAY fixes. */
export function clockFrom(env: NodeJS.ProcessEnv): Clock {
  const today = env.GROW_TODAY?.trim();
  if (!today) return systemClock();
  if (!isIsoDate(today)) throw new UsageError(common.badToday(today));
  return fixedClock(today);
}
