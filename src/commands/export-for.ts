// grow export --for NAME: a plan handed to someone, as a grow JSON file that their own grow
// merges by identity (grow import FILE). A manager hands a report her plan
// (`--person Priya --for Priya`); she hands it back (`--for Alex`). What is private stays
// here (domain/hand-over.ts): --include-private is refused for anyone's plan but one's own.
import { basename } from 'node:path';
import type { Context } from '../context';
import { handOver, unnamedOwnItems } from '../domain/hand-over';
import { isMe, personToRead } from '../domain/journal';
import { checkName } from '../domain/people';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { exporterForFile, exporterNamed } from '../render/exports';
import { byteSize } from '../render/format';
import { shellQuote } from '../render/text';
import { exportTarget, writeExport } from '../store/export-file';
import type { ExportOptions } from './export';
import type { Flags } from './shared/options';

const m = messages.exportCommand;

export async function exportFor(ctx: Context, options: Flags<ExportOptions> & { for: string }): Promise<void> {
  const to = checkName(options.for);
  if (to === undefined) throw new UsageError(m.badFor);
  if (isMe(to)) throw new UsageError(m.forMe);
  refuseOtherFlags(options);
  const out = options.out === undefined ? undefined : await exportTarget(options.out, ctx.store.path);

  const journal = await ctx.store.read();
  const person = personToRead(journal, ctx.person);
  const own = isMe(person.name);
  if (options.includePrivate && !own) throw new UsageError(m.privateStays(person.name));
  const unnamed = unnamedOwnItems(journal, person);
  if (unnamed.length > 0) throw new UsageError(m.unnamedOwner(unnamed), m.unnamedOwnerHint(person.name));

  const text = `${JSON.stringify(handOver(journal, person, { to, includePrivate: options.includePrivate ?? false }), null, 2)}\n`;
  if (out === undefined) ctx.out.write(text);
  else {
    await writeExport(out, text);
    ctx.err.write(`${m.handed(own ? undefined : person.name, to, out.given, byteSize(Buffer.byteLength(text)), `grow import ${asWord(basename(out.given))}`)}\n`);
  }
  if (own && journal.owner === undefined) ctx.err.write(`${m.ownerUnknown(to)}\n`);
  if (ctx.store.isEncrypted() && out !== undefined) ctx.err.write(`${messages.vault.exportedInPlainText}\n`);
}

/** A file name as a shell reads it: quoted only when it needs to be. */
const asWord = (name: string) => (/^[\w./@%+=:,-]+$/.test(name) ? name : shellQuote(name));

/** A handed plan is one whole plan in grow's JSON: flags that would make it anything else are refused. */
function refuseOtherFlags(options: ExportOptions): void {
  if (options.allPeople) throw new UsageError(m.forWith('--all-people'));
  if (options.since !== undefined) throw new UsageError(m.forWith('--since'));
  const format = options.format === undefined ? undefined : exporterNamed(options.format);
  if (options.format !== undefined && format?.format !== 'json') throw new UsageError(m.forFormat);
  const byName = options.out === undefined ? undefined : exporterForFile(options.out);
  if (byName !== undefined && byName.format !== 'json') throw new UsageError(m.forFormat);
}
