// grow sync: the journal committed, merged with what other machines pushed, and pushed.
import type { Context } from '../context';
import { journalDiff, settledBetween } from '../domain/journal-diff';
import { commitMessage, renderSetup, renderSync } from '../render/sync';
import { syncJournal } from '../store/git-sync';
import { driverCommand } from './shared/driver-command';
import { printJson } from './shared/options';

export async function sync(ctx: Context): Promise<void> {
  const outcome = await syncJournal({
    store: ctx.store,
    env: ctx.env,
    interactive: ctx.interactive,
    driver: driverCommand(ctx.env),
    commitMessage,
    onSetup: (repo, written) => {
      const said = renderSetup(repo, written, false);
      if (said && !ctx.json) ctx.out.write(said);
    },
  });
  if (!ctx.json) return ctx.out.write(renderSync(outcome));
  const { merged, ...rest } = outcome;
  printJson(ctx, { ...rest, ...(merged ? { merged: journalDiff(merged.before, merged.after), settled: settledBetween(merged.before, merged.after) } : {}) });
}
