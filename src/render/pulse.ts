// The pulse as a trend: a sparkline per dimension (averages per week or month, 1 to 5)
// and the latest values. `grow pulse` shows it in full; the dashboard shows the rows.
import type { IsoDate } from '../domain/dates';
import { PULSE_DIMENSIONS, PULSE_MAX, PULSE_MIN, type PulseDimension, type PulsePeriod } from '../domain/pulse';
import type { Pulse } from '../domain/schema';
import type { PulsePeriodKind } from '../domain/vocabulary';
import { pulse as m } from '../messages/pulse';
import { monthYear, shortDate } from './dates';
import type { Paint } from './paint';
import { sparkline } from './sparkline';

const NAME_WIDTH = Math.max(...Object.values(m.names).map((name) => name.length)) + 2;

export interface PulseReport {
  by: PulsePeriodKind;
  since: IsoDate;
  periods: PulsePeriod[];
  latest?: Pulse & { on: IsoDate };
}

/** One line per dimension: its name, the sparkline and the latest value. */
export function pulseRows(periods: readonly PulsePeriod[], latest: Pulse & { on: IsoDate }, paint: Paint): string[] {
  return PULSE_DIMENSIONS.map((dimension) => paint.bold(m.names[dimension].padEnd(NAME_WIDTH)) + trend(periods, latest, dimension, paint));
}

function trend(periods: readonly PulsePeriod[], latest: Pulse & { on: IsoDate }, dimension: PulseDimension, paint: Paint): string {
  const line = sparkline(periods.map((p) => p.average?.[dimension]), PULSE_MIN, PULSE_MAX);
  return `${paint.cyan(line)}  ${paint.dim(m.latest(latest[dimension], shortDate(latest.on)))}`;
}

export function renderPulse(report: PulseReport, paint: Paint): string {
  const first = report.periods[0];
  const last = report.periods.at(-1);
  if (!report.latest) return `${m.none}\n`;
  if (!first || !last || report.periods.every((p) => p.count === 0)) return `${m.noneInRange(shortDate(report.since))}\n`;
  const label = report.by === 'month' ? monthYear : shortDate;
  const lines = [m.heading(report.by, label(first.start), label(last.start)), ''];
  for (const dimension of PULSE_DIMENSIONS) {
    lines.push(`${paint.bold(m.names[dimension])}: ${m.meaning[dimension]}`, `  ${trend(report.periods, report.latest, dimension, paint)}`);
  }
  if (report.periods.some((p) => p.count === 0)) lines.push('', paint.dim(m.gapsNote(report.by)));
  return `${lines.join('\n')}\n`;
}
