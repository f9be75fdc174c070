// What every command says of the journal's file before its own words, a line each on standard
// error:
// - a journal others on the computer may read or change is made private again, and that is
//   said: grow writes it 600, but git and sync folders write the files they bring as the umask
//   says (store/private-file.ts);
// - the conflicted copies a sync folder left beside it are named: what was written into them
//   does not count until grow merge folds them in.
// Commands that speak of these themselves say nothing more (grow doctor reports both, grow merge
// folds copies in), and neither do the ones a shell runs by itself: its completion script, at
// every start-up and every Tab (grow remind, also run at start-up, does not come this way).
import type { Context } from '../../context';
import { notices as m } from '../../messages/notices';
import { safeText } from '../../render/text';
import { conflictedCopies } from '../../store/conflicted-copies';
import { isJournalOpenToOthers, makeJournalPrivate } from '../../store/private-file';

const QUIET = new Set(['merge', 'merge-driver', 'doctor', 'completion', '__ids']);

/** Writes the notices due for `command`, making the journal private first when others may read or change it. */
export function writeJournalNotices(ctx: Pick<Context, 'store' | 'err'>, command: string): void {
  if (QUIET.has(command)) return;
  const path = ctx.store.path;
  const mode = makeJournalPrivate(path);
  if (mode !== undefined) ctx.err.write(`${safeText(m.madePrivate(path, mode))}\n`);
  const copies = conflictedCopies(path);
  if (copies.length > 0) ctx.err.write(`${safeText(m.copies(copies))}\n`);
}

/** Whether writeJournalNotices has anything to say for `command`, without doing anything. */
export function journalNoticesDue(ctx: Pick<Context, 'store'>, command: string): boolean {
  return !QUIET.has(command) && (isJournalOpenToOthers(ctx.store.path) || conflictedCopies(ctx.store.path).length > 0);
}
