// What `grow import` added (or, in a dry run, would add), person by person.
import type { ImportSummary } from '../domain/import';
import { messages } from '../messages';
import { safeText } from './text';

const m = messages.importCommand;
const ORDER = ['missions', 'reflections', 'goals', 'actions', 'checkins', 'sessions', 'notes', 'drafts'] as const;
/** A long list of renumbered ids says little more than its first few. */
const SHOWN_RENUMBERED = 10;

export function renderImportSummary(summary: ImportSummary, dryRun: boolean): string {
  const people = summary.people.filter((p) => p.isNew || Object.keys(p.added).length > 0);
  if (people.length === 0) return `${m.nothingNew}\n`;
  const lines = [dryRun ? m.dryRun : m.added];
  for (const person of people) {
    const counts = ORDER.filter((what) => person.added[what]).map((what) => m.counts[what]!(person.added[what]!));
    // Only a new person can have nothing added and still be listed: their name is what is new.
    lines.push(counts.length > 0 ? m.person(safeText(person.name), person.isNew, counts.join(', ')) : m.newPersonOnly(safeText(person.name)));
  }
  if (summary.renumbered.length > 0) {
    const pairs = summary.renumbered.slice(0, SHOWN_RENUMBERED).map(([from, to]) => `${from} → ${to}`);
    if (summary.renumbered.length > SHOWN_RENUMBERED) pairs.push(m.more(summary.renumbered.length - SHOWN_RENUMBERED));
    lines.push(m.renumbered(pairs));
  }
  if (summary.alreadyThere > 0) lines.push(m.alreadyThere(summary.alreadyThere));
  if (summary.draftsKept.length > 0) lines.push(m.kept(summary.draftsKept));
  return `${lines.join('\n')}\n`;
}
