// One record held on both sides of a merge, merged field by field (docs/identity-and-merging.md,
// "Merging", rule 4). Records arrive with their references read as uids, so a field compares
// equal on both sides whatever local ids the two journals gave.
import { replacedVersions, sameValue, versionOf } from './changes';
import { canonicalJson, type AnyRecord, type HistoryEntry } from './identity';
import { MERGE_META } from './vocabulary';

/** How a field changed on both sides at the same time is settled. */
export type TieBreak = 'by-value' | 'ours';

export interface FieldConflict {
  field: string;
  kept: unknown;
  other: unknown;
}

const NOT_FIELDS = new Set(['uid', 'id', ...MERGE_META]);

/**
 * `ours` and `theirs` are one record on two sides; `base` is it in their common ancestor, when
 * known. The result has the uid, and the local id of `ours`; the caller renumbers.
 */
export function mergeRecord(ours: AnyRecord, theirs: AnyRecord, base: AnyRecord | undefined, tie: TieBreak): { record: AnyRecord; conflicts: FieldConflict[] } {
  const record: AnyRecord = { ...ours };
  const changed: Record<string, string> = {};
  const replaced: Record<string, string[]> = {};
  const conflicts: FieldConflict[] = [];
  const lost: HistoryEntry[] = [];
  // A field cleared on a side has no key, but still a time: it is merged like any other.
  const fields = new Set([ours, theirs].flatMap((side) => [...Object.keys(side), ...Object.keys(side.changed ?? {}), ...Object.keys(side.replaced ?? {})]).filter((field) => !NOT_FIELDS.has(field)));
  const known = new Set((ours.history ?? []).map(canonicalJson));

  for (const field of fields) {
    const mine = sideOf(ours, field);
    const other = sideOf(theirs, field);
    const { ours: oursWins, conflict } = settle(field, mine, other, base, tie);
    const [winner, loser] = oursWins ? [mine, other] : [other, mine];
    set(record, field, winner.value);
    if (winner.at !== '') changed[field] = winner.at;
    // The merged value comes after both sides' versions, whichever way the other one lost.
    const versions = replacedVersions(winner.replaced, [...loser.replaced, loser.version].filter((version) => version !== '' && version !== winner.version));
    if (versions.length > 0) replaced[field] = versions;
    if (conflict) {
      const entry = { field, value: loser.value === undefined ? null : loser.value, at: loser.at || winner.at };
      lost.push(entry);
      // Settled here before (an older copy of the same file): named once, when it was settled.
      if (!known.has(canonicalJson(entry))) conflicts.push({ field, kept: winner.value, other: loser.value });
    }
  }
  // Settled on the other side: both now hold the value that won there (this side had it
  // already, or takes it now in place of the one that lost), and this side learns of the one
  // that lost, so that both sides name each conflict.
  for (const entry of theirs.history ?? []) {
    const settledThere = !known.has(canonicalJson(entry)) && !lost.some((mine) => canonicalJson(mine) === canonicalJson(entry));
    if (settledThere && sameValue(record[entry.field], theirs[entry.field])) conflicts.push({ field: entry.field, kept: record[entry.field], other: entry.value });
  }

  delete record.changed;
  if (Object.keys(changed).length > 0) record.changed = changed;
  const history = mergeHistory([...(ours.history ?? []), ...(theirs.history ?? []), ...lost]);
  delete record.history;
  if (history.length > 0) record.history = history;
  delete record.replaced;
  if (Object.keys(replaced).length > 0) record.replaced = replaced;
  return { record, conflicts };
}

interface Side {
  value: unknown;
  /** When the field was last changed on this side; '' when it never was. */
  at: string;
  /** This side's version of the field (see versionOf); '' when it was never changed. */
  version: string;
  /** The earlier versions this side's value was made from. */
  replaced: readonly string[];
}

function sideOf(record: AnyRecord, field: string): Side {
  const at = record.changed?.[field] ?? '';
  return { value: record[field], at, version: at === '' ? '' : versionOf(at, record[field]), replaced: record.replaced?.[field] ?? [] };
}

/** Which side's value the field takes, and whether both sides changed it. */
function settle(field: string, mine: Side, other: Side, base: AnyRecord | undefined, tie: TieBreak): { ours: boolean; conflict: boolean } {
  if (sameValue(mine.value, other.value)) return { ours: mine.at >= other.at, conflict: false };
  if (base !== undefined) {
    // With the common ancestor, a side that holds the field as it was did not change it (a side
    // that changed it and then set it back holds the same value with a time of its own).
    const unchanged = (side: Side) => sameValue(side.value, base[field]) && side.at === (base.changed?.[field] ?? '');
    if (unchanged(mine)) return { ours: false, conflict: false };
    if (unchanged(other)) return { ours: true, conflict: false };
  }
  // A side whose version the other side's value was made from has not changed it since: an
  // older file brought in again, or a value changed after it was handed over. When each holds
  // a version the other replaced (two merges settled the field apart), the times decide.
  const mineIsLater = mine.replaced.includes(other.version);
  if (mineIsLater !== other.replaced.includes(mine.version)) return { ours: mineIsLater, conflict: false };
  if (base === undefined && (mine.at === '' || other.at === '')) {
    // Without the ancestor, a side that never changed the field holds it as the record was made.
    return { ours: other.at === '', conflict: false };
  }
  if (mine.at !== other.at) return { ours: mine.at > other.at, conflict: true };
  if (tie === 'ours') return { ours: true, conflict: true };
  return { ours: canonicalJson(mine.value ?? null) >= canonicalJson(other.value ?? null), conflict: true };
}

function set(record: AnyRecord, field: string, value: unknown): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}

/** Both sides' history, each entry once, oldest first. */
export function mergeHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const unique = new Map(entries.map((entry) => [canonicalJson(entry), entry]));
  return [...unique.entries()].sort(([ka, a], [kb, b]) => (a.at < b.at ? -1 : a.at > b.at ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, entry]) => entry);
}
