// What `grow import` did (or, in a dry run, would do), person by person: what was added,
// updated and removed, and how a field changed on both sides was settled.
import type { MergeConflict, MergeSummary, RemovedRecord } from '../domain/merge';
import { messages } from '../messages';
import { isIsoDate } from '../domain/dates';
import { shortDate } from './dates';
import { safeText } from './text';

const m = messages.importCommand;
const ORDER = ['missions', 'reflections', 'goals', 'actions', 'checkins', 'sessions', 'notes', 'drafts'] as const;
/** A long list says little more than its first few. */
const SHOWN = 10;

/** What an import's summary says first; `from`: whose journal the file came from, when it says. */
export function importHeading(dryRun: boolean, from?: string): string {
  const source = from === undefined ? undefined : safeText(from);
  return dryRun ? m.dryRun(source) : m.added(source);
}

/** `heading`: what the summary says first (importHeading, or grow merge's own line). */
export function renderImportSummary(summary: MergeSummary, heading: string): string {
  const people = summary.people.filter((p) => p.isNew || Object.keys(p.added).length > 0 || p.updated > 0 || p.removed > 0);
  if (people.length === 0 && summary.conflicts.length === 0) return `${m.nothingNew}\n`;
  const lines = [heading];
  for (const person of people) {
    if (person.gone) {
      lines.push(m.personRemoved(safeText(person.name)));
      continue;
    }
    const counts = ORDER.filter((what) => person.added[what]).map((what) => m.counts[what](person.added[what]!));
    if (person.updated > 0) counts.push(m.updated(person.updated));
    if (person.removed > 0) counts.push(m.removed(person.removed));
    // Only a new person can have nothing added and still be listed: their name is what is new.
    lines.push(counts.length > 0 ? m.person(safeText(person.name), person.isNew, counts.join(', ')) : m.newPersonOnly(safeText(person.name)));
  }
  if (summary.removed.length > 0) {
    const named = summary.removed.slice(0, SHOWN).map(removedLabel);
    if (summary.removed.length > SHOWN) named.push(m.more(summary.removed.length - SHOWN));
    lines.push(m.removedThere(named));
  }
  if (summary.conflicts.length > 0) {
    lines.push(m.conflicts(summary.conflicts.length));
    for (const conflict of summary.conflicts.slice(0, SHOWN)) lines.push(m.conflict(label(conflict), conflict.field, shown(conflict.kept), shown(conflict.other)));
    if (summary.conflicts.length > SHOWN) lines.push(`    ${m.more(summary.conflicts.length - SHOWN)}`);
  }
  if (summary.renumbered.length > 0) {
    const pairs = summary.renumbered.slice(0, SHOWN).map(([from, to]) => `${from} → ${to}`);
    if (summary.renumbered.length > SHOWN) pairs.push(m.more(summary.renumbered.length - SHOWN));
    lines.push(m.renumbered(pairs));
  }
  if (summary.alreadyThere > 0) lines.push(m.alreadyThere(summary.alreadyThere));
  if (summary.draftsDropped.length > 0) lines.push(m.draftsDropped(summary.draftsDropped.map(safeText)));
  return `${lines.join('\n')}\n`;
}

function label(conflict: MergeConflict): string {
  return conflict.collection === 'journal' ? m.journalLabel : safeText(conflict.id);
}

/** A removed record as the summary names it: its id, and the start of its words. */
function removedLabel(record: RemovedRecord): string {
  const id = record.id === undefined ? m.removedKinds[record.collection] : safeText(record.id);
  return record.words === undefined ? id : `${id} ${shown(record.words)}`;
}

/** A value as the summary quotes it: one line, not too long. */
export function shown(value: unknown): string {
  if (value === undefined || value === null) return m.nothing;
  // A date as people read it: a due date that moved both ways.
  if (typeof value === 'string' && isIsoDate(value)) return `${shortDate(value)} ${value.slice(0, 4)}`;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const line = safeText(text).replace(/\s+/g, ' ');
  return `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`;
}
