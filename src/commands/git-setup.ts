// grow git setup: the repository that holds the journal learns to merge it with grow's driver.
import type { Context } from '../context';
import { messages } from '../messages';
import { renderSetup } from '../render/sync';
import { safeText } from '../render/text';
import { findJournalRepo, setUpGit } from '../store/git-setup';
import { driverCommand } from './shared/driver-command';
import { printJson } from './shared/options';

export async function gitSetup(ctx: Context): Promise<void> {
  const repo = await findJournalRepo(ctx.store.path, ctx.env);
  const written = await setUpGit(repo, driverCommand(ctx.env));
  if (ctx.json) printJson(ctx, { repository: repo.top, journal: repo.journal, wrote: written });
  else ctx.out.write(renderSetup(repo.top, written) ?? `${messages.sync.alreadySetUp(safeText(repo.top))}\n`);
}
