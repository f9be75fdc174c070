// grow checkin: with no item at a terminal, the guided round; `grow checkin ID --status ...`
// records one check-in without questions; --well and the pulse alone record a general one.
import type { Context } from '../context';
import { recordCheckin, recordGeneralCheckin, type ItemCheckin } from '../domain/checkins';
import { personToRead, personToWrite } from '../domain/journal';
import { PULSE_DIMENSIONS, PULSE_MAX, PULSE_MIN, type PulseDimension } from '../domain/pulse';
import type { Checkin, Pulse } from '../domain/schema';
import type { Status } from '../domain/vocabulary';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { longDate } from '../render/dates';
import { runCheckinRound } from './shared/checkin-round';
import { limitText, parseDateFlag, parseWholeNumber, printJson, requireTerminal, type Flags } from './shared/options';
import { actionById, refuseIfClosed } from './shared/plan-lookup';

const m = messages.checkin;

export interface CheckinOptions {
  status?: Status;
  progress?: string;
  well?: string;
  blocker?: string;
  due?: string;
  reason?: string;
  renegotiate?: string;
  autonomy?: string;
  mastery?: string;
  purpose?: string;
}

/** Flags that only make sense on a check-in about an item. */
const ITEM_FLAGS = ['status', 'progress', 'blocker', 'due', 'reason', 'renegotiate'] as const;

export async function checkin(ctx: Context, id: string | undefined, options: Flags<CheckinOptions>): Promise<void> {
  const flagsGiven = Object.values(options).some((value) => value !== undefined);
  if (id === undefined && !flagsGiven) {
    requireTerminal(ctx, 'grow checkin', m.needsTerminalHint);
    await runCheckinRound(ctx, personToRead(await ctx.store.read(), ctx.person));
    return;
  }
  if (id === undefined) return checkinGeneral(ctx, options);

  const item = { value: id, example: `grow checkin a1${flagsGiven ? ' --status open --progress 60' : ''}` };
  if (!flagsGiven && ctx.interactive) {
    const journal = await ctx.store.read();
    const person = personToRead(journal, ctx.person);
    await runCheckinRound(ctx, person, actionById(journal, person, item).id);
    return;
  }
  const input = await readItemCheckin(ctx, id.trim(), options);
  const saved = await ctx.store.update((journal) => {
    const action = actionById(journal, personToWrite(journal, ctx.person), item);
    // Reopening with --status open is how a closed item is changed, so only closing is refused.
    if (input.status !== 'open') refuseIfClosed(action);
    return recordCheckin(journal, ctx.person, { ...input, item: action.id }, ctx.clock.today());
  });
  print(ctx, saved);
}

async function checkinGeneral(ctx: Context, options: Flags<CheckinOptions>): Promise<void> {
  if (ITEM_FLAGS.some((flag) => options[flag] !== undefined)) throw new UsageError(m.needsItem);
  const well = limitText('--well', options.well?.trim());
  const pulse = readPulse(options);
  if (!well && !pulse) throw new UsageError(m.needsItem);
  const saved = await ctx.store.update((journal) => recordGeneralCheckin(journal, ctx.person, { well, pulse }, ctx.clock.today()));
  print(ctx, saved);
}

/** The answers given as flags; the item is looked up in the transaction that saves them. */
async function readItemCheckin(ctx: Context, id: string, options: Flags<CheckinOptions>): Promise<Omit<ItemCheckin, 'item'>> {
  if (options.status === undefined) throw new UsageError(m.needsStatus(id));
  if (options.reason !== undefined && options.status !== 'dropped') throw new UsageError(m.reasonNeedsDropped(id));
  const input: Omit<ItemCheckin, 'item'> = {
    status: options.status,
    well: limitText('--well', options.well?.trim()),
    blocker: limitText('--blocker', options.blocker?.trim()),
    reason: limitText('--reason', options.reason?.trim()),
  };
  if (options.progress !== undefined) input.progress = parseWholeNumber('--progress', options.progress, '--progress 60', { min: 0, max: 100 });
  if (options.renegotiate !== undefined) input.renegotiate = limitText('--renegotiate', nonEmpty('--renegotiate', options.renegotiate));
  if (options.due !== undefined) {
    const today = ctx.clock.today();
    input.due = await parseDateFlag('--due', options.due, today, 'future', '--due "next friday"', ctx.env);
    if (input.due < today) throw new UsageError(messages.plan.pastDue(longDate(input.due)));
  }
  input.pulse = readPulse(options);
  return input;
}

/** All three pulse flags, or none. */
function readPulse(options: Flags<CheckinOptions>): Pulse | undefined {
  const missing = PULSE_DIMENSIONS.filter((d) => options[d] === undefined);
  if (missing.length === PULSE_DIMENSIONS.length) return undefined;
  if (missing.length > 0) throw new UsageError(m.partialPulse(missing.map((d) => `--${d}`)));
  const score = (d: PulseDimension) => parseWholeNumber(`--${d}`, options[d]!, `--${d} 4`, { min: PULSE_MIN, max: PULSE_MAX });
  return { autonomy: score('autonomy'), mastery: score('mastery'), purpose: score('purpose') };
}

function nonEmpty(flag: string, value: string): string {
  const text = value.trim();
  if (text === '') throw new UsageError(m.emptyFlag(flag));
  return text;
}

function print(ctx: Context, saved: Checkin): void {
  if (ctx.json) return printJson(ctx, saved);
  if (!ctx.out.isTTY) return ctx.out.write(`${saved.id}\n`);
  const lines = [saved.item ? m.recorded(saved.id, saved.item, saved.progress ?? 0) : m.recordedGeneral(saved.id)];
  if (saved.moved) lines.push(m.movedTo(longDate(saved.moved.to)));
  ctx.out.write(`${lines.join('\n')}\n`);
}
