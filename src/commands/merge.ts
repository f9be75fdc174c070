// grow merge FILE: another copy of the journal (a sync folder's conflicted copy, a copy from
// another machine) folded into the journal record by record, as one change. A conflicted copy
// beside the journal then goes into the backups folder, so that it stops being reported.
import { basename, dirname, resolve } from 'node:path';
import type { Context } from '../context';
import { mergeJournals, type MergeSummary } from '../domain/merge';
import type { Journal } from '../domain/schema';
import { GrowError, UsageError } from '../errors';
import { messages } from '../messages';
import { renderImportSummary } from '../render/import-summary';
import { safeText } from '../render/text';
import { isConflictedCopyName } from '../store/conflicted-copies';
import { readJournalCopy } from '../store/journal-copy';
import { keepMergedCopy } from '../store/merged-copy';
import { linkEnd } from '../store/paths';
import { printJson } from './shared/options';

const m = messages.sync;

export async function merge(ctx: Context, file: string): Promise<void> {
  const path = resolve(file);
  if (linkEnd(path) === ctx.store.path) throw new UsageError(m.sameFile(file));
  const copy = await readJournalCopy(path, ctx.store.keyring);
  if (copy.sealing && !ctx.store.isEncrypted()) throw new GrowError(m.copyEncrypted(file), undefined, m.copyEncryptedHint(file));

  const summary = await ctx.store.update((journal) => mergeInto(journal, copy.journal), { long: true, label: messages.undo.labels.merged(basename(path)) });
  const beside = dirname(path) === dirname(ctx.store.path) && isConflictedCopyName(basename(path), basename(ctx.store.path));
  const movedTo = beside ? await keepMergedCopy(ctx.store.path, path, ctx.store.keyring) : undefined;

  if (ctx.json) return printJson(ctx, { ...summary, ...(movedTo ? { movedTo } : {}) });
  ctx.out.write(renderImportSummary(summary, m.merged(safeText(file))));
  if (movedTo) ctx.out.write(`${m.movedCopy(safeText(movedTo))}\n`);
}

/** The journal's contents replaced by the merge of it and the copy: the store keeps each field's own change time. */
function mergeInto(journal: Journal, copy: Journal): MergeSummary {
  const { journal: merged, summary } = mergeJournals(journal, copy, { mode: 'replicas' });
  for (const key of Object.keys(journal)) delete (journal as Record<string, unknown>)[key];
  Object.assign(journal, merged);
  return summary;
}
