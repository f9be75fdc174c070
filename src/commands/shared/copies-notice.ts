// Every command names the conflicted copies a sync folder left beside the journal, in one
// line on standard error: what was written into them does not count until grow merge folds
// them in. Commands that speak of them themselves say nothing more, and so do the ones a shell
// runs by itself: its completion script, at every start-up and every Tab (grow remind, also run
// at start-up, does not come this way).
import type { Context } from '../../context';
import { copies as m } from '../../messages/copies';
import { safeText } from '../../render/text';
import { conflictedCopies } from '../../store/conflicted-copies';

const QUIET = new Set(['merge', 'merge-driver', 'doctor', 'completion', '__ids']);

export function noticeConflictedCopies(ctx: Pick<Context, 'store' | 'err'>, command: string): void {
  const notice = conflictedCopiesNotice(ctx, command);
  if (notice !== undefined) ctx.err.write(notice);
}

/** The line noticeConflictedCopies writes, if it writes one. */
export function conflictedCopiesNotice(ctx: Pick<Context, 'store'>, command: string): string | undefined {
  if (QUIET.has(command)) return undefined;
  const copies = conflictedCopies(ctx.store.path);
  return copies.length > 0 ? `${safeText(m.notice(copies))}\n` : undefined;
}
