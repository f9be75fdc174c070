// grow __ids LIST: what the completion scripts run at each Tab, so it loads nothing but the
// store and the list it prints.
import type { Context } from '../context';
import type { IdList } from '../domain/vocabulary';
import { renderIds } from '../render/completion-ids';

/**
 * It never asks for anything and never fails: a missing, locked, damaged or encrypted
 * journal (without GROW_PASSPHRASE) offers nothing.
 */
export async function printIds(ctx: Pick<Context, 'out' | 'store' | 'person'>, list: IdList): Promise<void> {
  let journal;
  try {
    journal = await ctx.store.read();
  } catch {
    return;
  }
  ctx.out.data(renderIds(journal, ctx.person, list));
}
