// grow decrypt: the journal and its backups back in plain text, after the passphrase is checked.
import type { Context } from '../context';
import { messages } from '../messages';
import { safeText } from '../render/text';

export async function decrypt(ctx: Context): Promise<void> {
  if (!ctx.store.isEncrypted()) {
    // A plain journal where grow encrypted one is refused until the person says it is meant to be plain: this is how.
    if (ctx.store.expectsEncryption()) {
      await ctx.store.acceptPlaintext();
      ctx.out.write(`${messages.vault.acceptedPlain(safeText(ctx.store.path))}\n`);
    } else ctx.out.write(`${messages.vault.notEncrypted}\n`);
    return;
  }
  await ctx.store.reseal(null);
  ctx.out.write(`${messages.vault.decrypted(safeText(ctx.store.path))}\n`);
}
