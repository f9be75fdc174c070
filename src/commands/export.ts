// grow export: the plan as markdown, JSON or iCalendar, to stdout or to --out (see store/export-file.ts);
// with --for NAME, a plan handed to someone: a manager hands a report her plan
// (`--person Priya --for Priya`), and she hands it back (`--for Alex`).
import { basename } from 'node:path';
import type { Context } from '../context';
import { calendarExtras } from '../domain/commitments';
import { exportedJournal, exportPerson } from '../domain/export-view';
import { handOver, unnamedOwnItems } from '../domain/hand-over';
import { isMe, personToRead } from '../domain/journal';
import { checkName } from '../domain/people';
import { GrowError, UsageError } from '../errors';
import { messages } from '../messages';
import { DEFAULT_EXPORTER, exporterForFile, exporterNamed, type Exporter } from '../render/exports';
import { byteSize } from '../render/format';
import { safeJson, shellQuote } from '../render/text';
import { exportTarget, writeExport } from '../store/export-file';
import { keepElements, passingCopy, unreadElements } from '../store/lazy-journal';
import { parseDateFlag, type Flags } from './shared/options';

const m = messages.exportCommand;

export interface ExportOptions {
  format?: string;
  out?: string;
  since?: string;
  includePrivate?: boolean;
  allPeople?: boolean;
  /** Hand the plan to this person: a grow JSON file for them to import. */
  for?: string;
}

export async function exportPlan(ctx: Context, given: Flags<ExportOptions>): Promise<void> {
  // --out - is standard output, as for most tools that write files.
  const options = given.out === '-' ? { ...given, out: undefined } : given;
  if (options.for !== undefined) return exportFor(ctx, { ...options, for: options.for });
  const exporter = chooseExporter(ctx, options);
  const today = ctx.clock.today();
  const since = options.since === undefined ? undefined : await parseDateFlag('--since', options.since, today, 'past', '--since 2026-01-01', ctx.env);
  const out = options.out === undefined ? undefined : await exportTarget(options.out, ctx.store.path);

  const journal = await ctx.store.read();
  const allPeople = options.allPeople ?? false;
  const chosen = allPeople ? journal.people : [personToRead(journal, ctx.person)];
  const name = allPeople ? undefined : chosen[0]!.name;
  const shown = { includePrivate: options.includePrivate ?? false, since };
  // Each person is made when the renderer comes to them, from a copy that lets their lists go
  // once they are written; a format asked first whether it is empty has them made once.
  const people = { *[Symbol.iterator]() { for (const person of chosen) yield exportPerson(person, shown, { copy: passingCopy, keep: keepElements }); } };
  const input = {
    journal: exportedJournal(journal, allPeople),
    people: exporter.isEmpty ? [...people] : people,
    storedElements: unreadElements,
    allPeople,
    today,
    since,
    ...(exporter.calendar ? calendarExtras(journal, name) : {}),
  };
  if (exporter.isEmpty?.(input)) throw new GrowError(m.emptyCalendar(name), undefined, m.emptyCalendarHint);
  if (out === undefined) {
    for (const part of exporter.render(input)) ctx.out.data(part);
    return;
  }
  let bytes = 0;
  const parts = (function* counted() {
    for (const part of exporter.render(input)) {
      bytes += Buffer.byteLength(part);
      yield part;
    }
  })();
  await writeExport(out, parts);
  ctx.err.write(`${m.written(m.formatNames[exporter.format]!, out.given, byteSize(bytes))}\n`);
  if (ctx.store.isEncrypted()) ctx.err.write(`${messages.vault.exportedInPlainText}\n`);
}

/** --format, else --json, else the extension of --out, else markdown. */
function chooseExporter(ctx: Context, options: ExportOptions): Exporter {
  if (options.format !== undefined) {
    const named = exporterNamed(options.format);
    if (!named) throw new UsageError(m.badFormat(options.format));
    return named;
  }
  if (ctx.json) return exporterNamed('json')!;
  return (options.out !== undefined && exporterForFile(options.out)) || DEFAULT_EXPORTER;
}

/**
 * --for NAME: a plan handed to someone, as a grow JSON file their own grow merges by identity
 * (grow import FILE). What is private stays here (domain/hand-over.ts): --include-private is
 * refused for anyone's plan but one's own.
 */
async function exportFor(ctx: Context, options: Flags<ExportOptions> & { for: string }): Promise<void> {
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

  const text = `${safeJson(handOver(journal, person, { to, includePrivate: options.includePrivate ?? false }), 2)}\n`;
  if (out === undefined) ctx.out.data(text);
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
