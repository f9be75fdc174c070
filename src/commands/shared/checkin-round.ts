// The guided check-in in a terminal, shared by `grow checkin` and the dashboard's offer.
// Each finished item is saved in its own transaction while the round goes on.
import type { Context } from '../../context';
import { dateOrderFrom } from '../../domain/numeric-dates';
import type { Person } from '../../domain/schema';
import { checkinOnOne, checkinRound, type RoundResult } from '../../flows/checkin-round';
import type { ItemCheckinContext } from '../../flows/checkin-item';

/** A round over the due items, or the questions about one item when `itemId` is given. */
export async function runCheckinRound(ctx: Context, person: Person, itemId?: string): Promise<RoundResult> {
  const prompter = await ctx.prompter();
  const round: ItemCheckinContext = { person, today: ctx.clock.today(), order: dateOrderFrom(ctx.env), save: (change) => ctx.store.update(change) };
  return itemId === undefined ? checkinRound(prompter, round) : checkinOnOne(prompter, round, itemId);
}
