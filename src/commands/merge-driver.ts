// grow merge-driver BASE OURS THEIRS [PATH]: what git runs to merge the journal (grow git
// setup names it in the repository's config). It writes the merged journal over OURS and exits
// 0; when it truly cannot merge (a side it cannot read or open), it leaves OURS as it was, says
// why, and exits 1, and git reports a conflict in the journal.
import type { Context } from '../context';
import { GrowError, UsageError } from '../errors';
import { messages } from '../messages';
import { shown } from '../render/import-summary';
import { safeText } from '../render/text';
import { PassphraseNeededError } from '../store/keyring';
import { mergeVersions, type MergeVersions } from '../store/merge-versions';

const m = messages.sync;

/** `given`: git's %O %A %B, and %P when it gives it. */
export async function mergeDriver(ctx: Context, given: string[]): Promise<void> {
  const [base, ours, theirs, name = ours] = given;
  if (given.length < 3 || given.length > 4) throw new UsageError(m.driverUsage(given.length));
  const files: MergeVersions = { base: base!, ours: ours!, theirs: theirs!, name: name! };
  let merged: Awaited<ReturnType<typeof mergeVersions>>;
  try {
    merged = await mergeVersions(files, ctx.store.keyring);
  } catch (error) {
    if (!(error instanceof GrowError)) throw error;
    const reason = error instanceof PassphraseNeededError ? m.driverNeedsPassphrase(files.name) : error.message;
    throw new GrowError(m.driverFailed(files.name, reason), undefined, m.driverKept(files.name));
  }
  if (merged.baseUnread) ctx.err.write(`${m.driverBaseUnread(files.name)}\n`);
  for (const conflict of merged.summary.conflicts) {
    ctx.err.write(`${m.driverSettled(files.name, safeText(conflict.id), conflict.field, shown(conflict.kept), shown(conflict.other))}\n`);
  }
}
