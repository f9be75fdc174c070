// Every command names the conflicted copies a sync folder left beside the journal, in one
// line on standard error: what was written into them does not count until grow merge folds
// them in. Commands that speak of them themselves say nothing more.
import type { Context } from '../../context';
import { sync as m } from '../../messages/sync';
import { conflictedCopies } from '../../store/conflicted-copies';

const SPEAK_OF_COPIES = new Set(['merge', 'merge-driver', 'doctor']);

export function noticeConflictedCopies(ctx: Pick<Context, 'store' | 'err'>, command: string): void {
  if (SPEAK_OF_COPIES.has(command)) return;
  const copies = conflictedCopies(ctx.store.path);
  if (copies.length > 0) ctx.err.write(`${m.copiesNotice(copies)}\n`);
}
