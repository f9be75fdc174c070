// grow pulse: autonomy, mastery and purpose over time, per week or per month.
import type { Context } from '../context';
import { personToRead } from '../domain/journal';
import { defaultPulseSince, latestPulse, pulseSeries } from '../domain/pulse';
import type { PulsePeriodKind } from '../domain/vocabulary';
import { renderPulse, type PulseReport } from '../render/pulse';
import { parseDateFlag, printJson, type Flags } from './shared/options';

export interface PulseOptions {
  by: PulsePeriodKind;
  since?: string;
}

export async function pulse(ctx: Context, options: Flags<PulseOptions>): Promise<void> {
  const today = ctx.clock.today();
  const given = options.since === undefined ? undefined : await parseDateFlag('--since', options.since, today, 'past', '--since "3 months ago"', ctx.env);
  const person = personToRead(await ctx.store.read(), ctx.person);
  const since = given ?? defaultPulseSince(person, options.by, today);
  const latest = latestPulse(person);
  const report: PulseReport = { by: options.by, since, periods: pulseSeries(person, options.by, since, today) };
  if (latest) report.latest = { ...latest.pulse, on: latest.on };
  if (ctx.json) printJson(ctx, report);
  else ctx.out.write(renderPulse(report, ctx.paint));
}
