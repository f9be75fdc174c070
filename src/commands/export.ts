// grow export: the plan as markdown, JSON or iCalendar, to stdout or to --out (see store/export-file.ts).
import type { Context } from '../context';
import { calendarExtras } from '../domain/commitments';
import { exportedJournal, exportPerson } from '../domain/export-view';
import { personToRead } from '../domain/journal';
import { GrowError, UsageError } from '../errors';
import { messages } from '../messages';
import { DEFAULT_EXPORTER, exporterForFile, exporterNamed, type Exporter } from '../render/exports';
import { byteSize } from '../render/format';
import { exportTarget, writeExport } from '../store/export-file';
import { parseDateFlag, type Flags } from './shared/options';

const m = messages.exportCommand;

export interface ExportOptions {
  format?: string;
  out?: string;
  since?: string;
  includePrivate?: boolean;
  allPeople?: boolean;
  /** Hand the plan to this person: a grow JSON file for them to import (export-for.ts). */
  for?: string;
}

export async function exportPlan(ctx: Context, given: Flags<ExportOptions>): Promise<void> {
  // --out - is standard output, as for most tools that write files.
  const options = given.out === '-' ? { ...given, out: undefined } : given;
  if (options.for !== undefined) return (await import('./export-for')).exportFor(ctx, { ...options, for: options.for });
  const exporter = chooseExporter(ctx, options);
  const today = ctx.clock.today();
  const since = options.since === undefined ? undefined : await parseDateFlag('--since', options.since, today, 'past', '--since 2026-01-01', ctx.env);
  const out = options.out === undefined ? undefined : await exportTarget(options.out, ctx.store.path);

  const journal = await ctx.store.read();
  const allPeople = options.allPeople ?? false;
  const people = (allPeople ? journal.people : [personToRead(journal, ctx.person)]).map((person) =>
    exportPerson(person, { includePrivate: options.includePrivate ?? false, since }),
  );
  const input = { journal: exportedJournal(journal, people, allPeople), people, allPeople, today, since, ...calendarExtras(journal, allPeople ? undefined : people[0]!.person.name) };
  if (exporter.isEmpty?.(input)) throw new GrowError(m.emptyCalendar(allPeople ? undefined : people[0]!.person.name), undefined, m.emptyCalendarHint);
  let bytes = 0;
  const parts = (function* counted() {
    for (const part of exporter.render(input)) {
      bytes += Buffer.byteLength(part);
      yield part;
    }
  })();
  if (out === undefined) {
    for (const part of parts) ctx.out.data(part);
    return;
  }
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
