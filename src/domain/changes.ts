// What a change did, record by record: which fields of a record it changed, so that the store
// can stamp them with the change's time (docs/identity-and-merging.md, "Stamping"), and what
// it added, changed and removed, so that the undo log can say it in a line.
import { canonicalJson, type AnyRecord, type RecordCollection } from './identity';
import { MERGE_META } from './vocabulary';

/** Not fields of the record's content: its identity, its local name, and the merge's own notes. */
const NOT_CONTENT = new Set(['uid', 'id', ...MERGE_META]);

/** Fields that hold local ids of other records, which a merge may renumber without a change. */
export const REFERENCE_FIELDS = new Set(['goal', 'item', 'session', 'split', 'items']);

/** Reads a field that refers to other records with their uids in place of local ids. */
export type ReferenceReader = (field: string, value: unknown) => unknown;

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return canonicalJson(a) === canonicalJson(b);
}

/** The content fields whose values differ between two versions of one record. */
export function changedFields(before: AnyRecord, after: AnyRecord, refsBefore?: ReferenceReader, refsAfter?: ReferenceReader): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)].filter((field) => !NOT_CONTENT.has(field)));
  return [...fields].filter((field) => {
    const [a, b] = [before[field], after[field]];
    if (sameValue(a, b)) return false;
    if (!REFERENCE_FIELDS.has(field) || !refsBefore || !refsAfter) return true;
    return !sameValue(refsBefore(field, a), refsAfter(field, b));
  });
}

/**
 * Stamps the fields a change made with its time, and remembers the version each one replaced,
 * its references read as uids (`refsBefore`), as a merge reads them. A field whose time the
 * change set itself keeps it: a merge brings each field with the time it was changed on the
 * other side.
 */
export function stampFields(before: AnyRecord, after: AnyRecord, fields: readonly string[], stamp: string, refsBefore: ReferenceReader = (_field, value) => value): boolean {
  let stamped = false;
  for (const field of fields) {
    const was = before.changed?.[field];
    if (was !== after.changed?.[field]) continue;
    after.changed = { ...after.changed, [field]: stamp };
    if (was !== undefined) after.replaced = { ...after.replaced, [field]: replacedVersions(after.replaced?.[field], [versionOf(was, refsBefore(field, before[field]))]) };
    stamped = true;
  }
  return stamped;
}

/**
 * One version of a field, as `replaced` names it: the time it was made and a digest of its
 * value, with references as uids. The time alone is not enough: an undo puts the journal's
 * clock back, and two journals can stamp two values with one time.
 */
export function versionOf(at: string, value: unknown): string {
  return `${at} ${digest(canonicalJson(value ?? null))}`;
}

/** FNV-1a, 32 bits: it tells two values apart, and says nothing of either. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * How many versions of a field a record remembers having replaced. A file older than that
 * brought in again is settled as a conflict, as it was before versions were remembered: its
 * value is kept in the record's history, never lost.
 */
const REPLACED_KEPT = 20;

/**
 * The versions a field's value was made from (docs/identity-and-merging.md, "Every change has
 * a time"): `known` with `more`, each once, oldest first, the latest kept.
 */
export function replacedVersions(known: readonly string[] | undefined, more: readonly string[]): string[] {
  return [...new Set([...(known ?? []), ...more])].sort().slice(-REPLACED_KEPT);
}

/** The time of a write: after the journal's clock and never before the system's. */
export function nextStamp(clock: string | undefined, now: Date): string {
  const fromClock = clock === undefined ? Number.NEGATIVE_INFINITY : Date.parse(clock) + 1;
  return new Date(Math.max(now.getTime(), fromClock)).toISOString();
}

/** One record a change touched, as the undo log names it. */
export interface TouchedRecord {
  collection: RecordCollection | 'people';
  /** The short id people type, or a person's name. */
  id?: string;
  /** The first words of its text or title. */
  excerpt?: string;
  /** For a changed record: the fields that changed. */
  fields?: string[];
}

/** What one change did: the first few records of each kind of change, and how many there were. */
export interface ChangeSummary {
  added: TouchedRecord[];
  changed: TouchedRecord[];
  removed: TouchedRecord[];
  counts: { added: number; changed: number; removed: number };
}

const NAMED = 3;
const EXCERPT = 40;

export function emptySummary(): ChangeSummary {
  return { added: [], changed: [], removed: [], counts: { added: 0, changed: 0, removed: 0 } };
}

export function noteTouched(summary: ChangeSummary, kind: 'added' | 'changed' | 'removed', collection: TouchedRecord['collection'], record: AnyRecord, fields?: string[]): void {
  summary.counts[kind]++;
  if (summary[kind].length >= NAMED) return;
  const touched: TouchedRecord = { collection };
  const id = typeof record.id === 'string' ? record.id : typeof record.name === 'string' ? record.name : undefined;
  if (id !== undefined) touched.id = id;
  const words = [record.text, record.title].find((value): value is string => typeof value === 'string');
  if (words !== undefined) touched.excerpt = excerpt(words);
  if (fields) touched.fields = fields;
  summary[kind].push(touched);
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= EXCERPT ? line : `${line.slice(0, EXCERPT - 1).trimEnd()}…`;
}
