// grow encrypt: the journal and its backups encrypted with a passphrase. On a journal that is
// already encrypted it changes the passphrase: the current one is checked before the new one is asked.
import type { Context } from '../context';
import { UsageError } from '../errors';
import { askNewPassphrase, newPassphraseProblem } from '../flows/ask-passphrase';
import { messages } from '../messages';
import { safeText } from '../render/text';
import { newSealing } from '../store/envelope';

const v = messages.vault;

export async function encrypt(ctx: Context): Promise<void> {
  const changing = ctx.store.isEncrypted();
  if (changing) await ctx.store.unlock();
  const passphrase = await newPassphrase(ctx, changing ? 'GROW_NEW_PASSPHRASE' : 'GROW_PASSPHRASE');
  await ctx.store.reseal(await newSealing(passphrase));
  ctx.out.write(`${changing ? v.changed : v.encrypted(safeText(ctx.store.path))}\n`);
}

/** From the environment when it is set there (never from an argument, which shell history and `ps` would keep), else typed twice. */
async function newPassphrase(ctx: Context, variable: 'GROW_PASSPHRASE' | 'GROW_NEW_PASSPHRASE'): Promise<string> {
  const given = ctx.env[variable];
  if (given) {
    const problem = newPassphraseProblem(given);
    if (problem) throw new UsageError(v.badVariable(variable, problem));
    ctx.err.write(`${v.fromEnvironment(variable)}\n`);
    return given;
  }
  const changing = variable === 'GROW_NEW_PASSPHRASE';
  if (!ctx.interactive) throw new UsageError(changing ? v.needsChange : v.needsNew, changing ? v.needsChangeHint : v.needsNewHint);
  return askNewPassphrase(await ctx.prompter());
}
