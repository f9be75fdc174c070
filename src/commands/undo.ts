// grow undo [--list] and grow redo: one step back or forward through the change log, saying in
// plain words what was taken back or done again; --list shows where the journal stands in it.
import type { Context } from '../context';
import { messages } from '../messages';
import { describeChange, renderChangeList } from '../render/change-log';
import { safeJson } from '../render/text';
import type { LoggedChange } from '../store/change-log';
import type { Flags } from './shared/options';

const m = messages.undo;

export interface UndoOptions {
  list?: boolean;
}

export async function undo(ctx: Context, options: Flags<UndoOptions>): Promise<void> {
  if (options.list) return listChanges(ctx);
  const change = await ctx.store.step('undo');
  if (ctx.json) return printJson(ctx, { undid: changeJson(change) });
  ctx.out.write(`${m.undid(describeChange(change))}\n${m.redoHint}\n`);
}

export async function redo(ctx: Context): Promise<void> {
  const change = await ctx.store.step('redo');
  if (ctx.json) return printJson(ctx, { redid: changeJson(change) });
  ctx.out.write(`${m.redid(describeChange(change))}\n${m.undoHint}\n`);
}

async function listChanges(ctx: Context): Promise<void> {
  const list = await ctx.store.changes();
  if (!ctx.json) return ctx.out.write(renderChangeList(list, ctx.paint));
  const { changes, position } = list;
  printJson(ctx, {
    // False when the journal is not where the log left it: nothing can be undone from here.
    canStep: position !== undefined,
    changes: [...changes.entries()].reverse().map(([i, change]) => ({ ...changeJson(change), undone: position !== undefined && i > position })),
  });
}

/** The time of a change (UTC), its words, and the records it added, changed and removed. */
function changeJson(change: LoggedChange) {
  const { added, changed, removed, counts } = change.summary;
  return { at: change.at, description: describeChange(change), records: { added, changed, removed }, counts };
}

/** Written as it is: the records' `changed` is what the change did, not merge data to leave out. */
function printJson(ctx: Pick<Context, 'out'>, data: unknown): void {
  ctx.out.write(`${safeJson(data, 2)}\n`);
}
