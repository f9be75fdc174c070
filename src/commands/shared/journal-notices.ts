// What every command says of the journal's file before its own words, a line each on standard
// error:
// - a journal others on the computer may read or change is made private again, and that is
//   said: grow writes it 600, but git and sync folders write the files they bring as the umask
//   says (store/private-file.ts);
// - the conflicted copies a sync folder left beside it are named: what was written into them
//   does not count until grow merge folds them in.
// Commands that speak of these themselves say nothing more (grow doctor reports both, grow merge
// folds copies in), and neither do the ones a shell or git runs by itself: the completion script,
// at every start-up and every Tab, and the merge driver (grow remind, also run at start-up, does
// not come this way).
import type { Context } from '../../context';
import { notices as m } from '../../messages/notices';
import { safeText } from '../../render/text';
import { conflictedCopies } from '../../store/conflicted-copies';
import { isJournalOpenToOthers, makeJournalPrivate } from '../../store/private-file';

/** What a shell runs by itself, and grow doctor, which reports both. */
const QUIET = ['doctor', 'merge-driver', 'completion', '__ids'];
const QUIET_ON_MODE = new Set(QUIET);
const QUIET_ON_COPIES = new Set([...QUIET, 'merge']);

/** Writes the notices due for `command`, making the journal private first when others may read or change it. */
export function writeJournalNotices(ctx: Pick<Context, 'store' | 'err'>, command: string): void {
  const path = ctx.store.path;
  const mode = QUIET_ON_MODE.has(command) ? undefined : makeJournalPrivate(path);
  if (mode !== undefined) ctx.err.write(`${safeText(m.madePrivate(path, mode))}\n`);
  const copies = QUIET_ON_COPIES.has(command) ? [] : conflictedCopies(path);
  if (copies.length > 0) ctx.err.write(`${safeText(m.copies(copies))}\n`);
}

/** Whether writeJournalNotices has anything to say for `command`, without doing anything. */
export function journalNoticesDue(ctx: Pick<Context, 'store'>, command: string): boolean {
  const path = ctx.store.path;
  return (!QUIET_ON_MODE.has(command) && isJournalOpenToOthers(path)) || (!QUIET_ON_COPIES.has(command) && conflictedCopies(path).length > 0);
}
