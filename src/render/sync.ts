// What grow git setup wrote, what grow sync did, and the commit messages it writes: kinds of
// records and their short ids, never their words (an encrypted journal's commit messages are
// stored in plain text).
import { journalDiff, settledBetween, type DiffKind, type JournalDiff, type Settled } from '../domain/journal-diff';
import { RECORD_COLLECTIONS } from '../domain/identity';
import type { Journal } from '../domain/schema';
import type { SetupWritten, SyncOutcome } from '../domain/sync';
import { messages } from '../messages';
import { shown } from './import-summary';
import { safeText } from './text';

const m = messages.sync;
const KINDS: DiffKind[] = ['added', 'changed', 'removed'];
/** Ids named per kind of record; past these, the count says the rest. */
const IDS_NAMED = 5;
/** Conflicts listed one per line; past these, how many more. */
const SETTLED_SHOWN = 10;

/** What setup wrote, or undefined when it wrote nothing. `advice`: what to do next, for grow git setup itself. */
export function renderSetup(repo: string, written: SetupWritten, advice = true): string | undefined {
  const lines = [
    ...(written.attributes ? [m.wroteAttributes(written.attributes)] : []),
    ...(written.ignore.length > 0 ? [m.wroteIgnore(written.ignore)] : []),
    ...(written.driver ? [m.wroteDriver(written.driver)] : []),
  ];
  if (lines.length === 0) return undefined;
  // The repository's path and the journal's name are the person's, and may hold anything.
  return safeText(`${[m.setUp(repo), ...lines, ...(advice ? [m.commitThem] : [])].join('\n')}\n`);
}

export function commitMessage(before: Journal, after: Journal): string {
  return m.commitSubject(diffParts(journalDiff(before, after)));
}

export function renderSync(outcome: SyncOutcome): string {
  const lines = [outcome.committed ? m.committed(outcome.committed) : m.nothingToCommit];
  if (outcome.merged) {
    const { before, after } = outcome.merged;
    lines.push(m.broughtIn(outcome.upstream, diffParts(journalDiff(before, after))));
    lines.push(...settledLines(settledBetween(before, after)));
  } else lines.push(m.upToDate(outcome.upstream));
  lines.push(outcome.pushed ? m.pushed(outcome.upstream) : m.nothingToPush(outcome.upstream));
  return `${lines.join('\n')}\n`;
}

/** "2 notes added (n12, n13)", one part per kind of change and of record. */
export function diffParts(diff: JournalDiff): string[] {
  const counts = messages.importCommand.counts;
  const parts: string[] = [];
  for (const kind of KINDS) {
    for (const collection of RECORD_COLLECTIONS) {
      const ids = diff[kind][collection];
      if (!ids) continue;
      const named = ids.filter((id) => id !== '');
      const shownIds = named.length > IDS_NAMED ? [...named.slice(0, IDS_NAMED), '…'] : named;
      parts.push(m.commitPart(counts[collection](ids.length), kind, shownIds.map(safeText)));
    }
  }
  if (diff.renumbered.length > 0) parts.push(m.renumbered(diff.renumbered.slice(0, IDS_NAMED).map(([from, to]) => `${safeText(from)} → ${safeText(to)}`), diff.renumbered.length));
  return parts;
}

function settledLines(settled: Settled[]): string[] {
  if (settled.length === 0) return [];
  const im = messages.importCommand;
  const lines = [m.settled(settled.length), ...settled.slice(0, SETTLED_SHOWN).map((s) => im.conflict(safeText(s.id), s.field, shown(s.kept), shown(s.other)))];
  if (settled.length > SETTLED_SHOWN) lines.push(`    ${im.more(settled.length - SETTLED_SHOWN)}`);
  return lines;
}
