// grow import FILE: a grow JSON export merged into the journal by id, or a jrnl JSON export
// as notes. The whole file is checked before anything is written; --dry-run writes nothing.
import { basename } from 'node:path';
import type { Context } from '../context';
import { importJournal, importNotes } from '../domain/import';
import type { MergeSummary } from '../domain/merge';
import { jrnlNotes, looksLikeJrnl } from '../domain/jrnl';
import type { Journal } from '../domain/schema';
import { IMPORT_SOURCES } from '../domain/vocabulary';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { importHeading, renderImportSummary } from '../render/import-summary';
import { parseGrowExport, parseJrnlExport, readImportFile } from '../store/import-file';
import { assertValid } from '../store/validation';
import { printJson, type Flags } from './shared/options';

const m = messages.importCommand;

export interface ImportOptions {
  from?: string;
  dryRun?: boolean;
}

/** `into`: the person --person named; a grow export of one person goes to them. */
export async function importFile(ctx: Context, file: string, options: Flags<ImportOptions>, into?: string): Promise<void> {
  const from = options.from?.trim().toLowerCase();
  if (from !== undefined && !IMPORT_SOURCES.includes(from as (typeof IMPORT_SOURCES)[number])) throw new UsageError(m.badSource(options.from!));

  const raw = await readImportFile(file);
  const isJrnl = (from ?? (looksLikeJrnl(raw) ? 'jrnl' : 'grow')) === 'jrnl';
  const incoming = isJrnl ? undefined : parseGrowExport(file, raw);
  const change = incoming === undefined ? jrnlChange(ctx, file, raw) : growChange(incoming, into);

  let summary: MergeSummary;
  if (options.dryRun) {
    const journal = await ctx.store.read();
    summary = change(journal);
    // The same check the real import meets before it writes.
    assertValid(journal);
  } else summary = await ctx.store.update(change, { long: true, label: messages.undo.labels.imported(basename(file)) });

  if (ctx.json) printJson(ctx, { dryRun: options.dryRun ?? false, ...summary });
  // A plan handed over names the journal it came from.
  else ctx.out.write(renderImportSummary(summary, importHeading(options.dryRun ?? false, incoming?.exchange && incoming.owner)));
}

function jrnlChange(ctx: Context, file: string, raw: unknown): (journal: Journal) => MergeSummary {
  const notes = jrnlNotes(parseJrnlExport(file, raw));
  return (journal) => importNotes(journal, ctx.person, notes);
}

function growChange(incoming: Journal, into: string | undefined): (journal: Journal) => MergeSummary {
  if (into !== undefined && incoming.people.length !== 1) throw new UsageError(m.onePersonOnly(incoming.people.length));
  return (journal) => importJournal(journal, incoming, into);
}
