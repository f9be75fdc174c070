// `grow checkin` in a terminal: a round over the items due, strengths first. It opens with
// "what went well since last time?", goes through the items one by one (each can be skipped,
// and the round ended at any item), and closes with the optional pulse. Every answer is
// saved as soon as it is complete, so Ctrl+C keeps what was finished and nothing half-said.
import { attachPulse, recordGeneralCheckin } from '../domain/checkins';
import { dueItems, type DueItem } from '../domain/due';
import { CancelledError } from '../errors';
import { messages } from '../messages';
import { oneLine } from '../render/text';
import { checkInOnItem, type ItemCheckinContext } from './checkin-item';
import { askPulse } from './checkin-pulse';
import type { Prompter } from './prompter';

const m = messages.checkin;

export interface RoundResult {
  /** The items checked in on, in order. */
  items: string[];
  skipped: string[];
  /** The check-in holding the round's general answer and pulse, if either was given. */
  general?: string;
}

/** A round over the due items, or over open items the person picks when none is due. */
export function checkinRound(prompter: Prompter, ctx: ItemCheckinContext): Promise<RoundResult> {
  return keepingFinished(async (result) => {
    const due = dueItems(ctx.person, ctx.today);
    if (due.length === 0 && !(await offerOpenItems(prompter, ctx))) return;
    if (due.length > 0) prompter.say(m.roundHeading(due.length));
    await askOpening(prompter, ctx, result);
    const ended = due.length > 0 ? await goThrough(prompter, ctx, due, result) : await pickAndGoThrough(prompter, ctx, result);
    if (!ended) await closeWithPulse(prompter, ctx, result);
    prompter.say(`\n${m.summary(result.items.length, result.skipped.length)}`);
  });
}

/** `grow checkin a3` in a terminal: the questions about that one item, due or not. */
export function checkinOnOne(prompter: Prompter, ctx: ItemCheckinContext, itemId: string): Promise<RoundResult> {
  return keepingFinished(async (result) => {
    const action = ctx.person.actions.find((a) => a.id === itemId)!;
    const reasons = dueItems(ctx.person, ctx.today).find((d) => d.action.id === itemId)?.reasons ?? [];
    await goThrough(prompter, ctx, [{ action, reasons }], result);
  });
}

/** Ctrl+C ends the round with a word on what was kept: everything answered in full. */
async function keepingFinished(round: (result: RoundResult) => Promise<void>): Promise<RoundResult> {
  const result: RoundResult = { items: [], skipped: [] };
  try {
    await round(result);
    return result;
  } catch (error) {
    if (error instanceof CancelledError) throw new CancelledError(m.stopped(result.items.length, result.general !== undefined));
    throw error;
  }
}

async function offerOpenItems(prompter: Prompter, ctx: ItemCheckinContext): Promise<boolean> {
  prompter.say(m.nothingDue);
  if (!ctx.person.actions.some((a) => a.status === 'open')) {
    prompter.say(m.nothingOpen);
    return false;
  }
  return prompter.confirm({ message: m.offerOpen, default: false });
}

async function askOpening(prompter: Prompter, ctx: ItemCheckinContext, result: RoundResult): Promise<void> {
  const well = await prompter.text({ message: m.opening });
  if (well === '') return;
  result.general = (await ctx.save((journal) => recordGeneralCheckin(journal, ctx.person.name, { well }, ctx.today))).id;
}

/** Returns true when the person ended the round early. */
async function goThrough(prompter: Prompter, ctx: ItemCheckinContext, items: readonly DueItem[], result: RoundResult): Promise<boolean> {
  for (const { action, reasons } of items) {
    const outcome = await checkInOnItem(prompter, ctx, action, reasons);
    if (outcome.kind === 'end') return true;
    if (outcome.kind === 'skipped') result.skipped.push(action.id);
    else result.items.push(action.id);
  }
  return false;
}

/** The choice that ends the picking; no item id is empty. */
const PICKED_ENOUGH = '';

/** Nothing was due: the person picks open items one at a time until they have had enough. */
async function pickAndGoThrough(prompter: Prompter, ctx: ItemCheckinContext, result: RoundResult): Promise<boolean> {
  const visited = new Set<string>();
  for (;;) {
    const open = ctx.person.actions.filter((a) => a.status === 'open' && !visited.has(a.id));
    if (open.length === 0) return false;
    const picked = await prompter.choose({
      message: m.pickItem,
      choices: [...open.map((a) => ({ value: a.id, name: `${a.id}  ${oneLine(a.text)}` })), { value: PICKED_ENOUGH, name: m.pickDone }],
    });
    if (picked === PICKED_ENOUGH) return false;
    visited.add(picked);
    if (await goThrough(prompter, ctx, [{ action: open.find((a) => a.id === picked)!, reasons: [] }], result)) return true;
  }
}

async function closeWithPulse(prompter: Prompter, ctx: ItemCheckinContext, result: RoundResult): Promise<void> {
  const pulse = await askPulse(prompter);
  if (!pulse) return;
  const general = result.general;
  if (general) await ctx.save((journal) => attachPulse(journal, ctx.person.name, general, pulse));
  else result.general = (await ctx.save((journal) => recordGeneralCheckin(journal, ctx.person.name, { pulse }, ctx.today))).id;
  prompter.say(messages.pulse.saved);
}
