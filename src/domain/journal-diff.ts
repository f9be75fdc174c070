// What differs between two versions of one journal, record by record (by uid): what a commit
// of the journal holds, or what a merge brought in. Only kinds and short ids, never the words
// of a record: a commit message of an encrypted journal is stored in plain text.
import { changedFields } from './changes';
import { canonicalJson, RECORD_COLLECTIONS, recordsOf, type AnyRecord, type RecordCollection } from './identity';
import { rewriteReferences, uidsById } from './merge-ids';
import type { Journal } from './schema';

export type DiffKind = 'added' | 'changed' | 'removed';

/** For each kind of difference and collection, the short ids of the records (a record without one counts all the same). */
export type JournalDiff = Record<DiffKind, Partial<Record<RecordCollection, string[]>>> & {
  /** [id it had, id it has], for records that got another short id (two machines made the same one). */
  renumbered: [string, string][];
};

export function journalDiff(before: Journal, after: Journal): JournalDiff {
  const diff: JournalDiff = { added: {}, changed: {}, removed: {}, renumbered: [] };
  const old = recordsByUid(before);
  const now = recordsByUid(after);
  // References read as uids: an item renumbered is no change to the check-ins on it.
  const [oldUids, newUids] = [uidsById(before), uidsById(after)];
  const changed = (was: AnyRecord, is: AnyRecord) => changedFields(rewriteReferences(was, (id) => oldUids.get(id)), rewriteReferences(is, (id) => newUids.get(id))).length > 0;
  const note = (kind: DiffKind, collection: RecordCollection, record: AnyRecord) => (diff[kind][collection] ??= []).push(record.id ?? '');
  for (const [uid, { collection, record }] of now) {
    const was = old.get(uid);
    if (was === undefined) note('added', collection, record);
    else if (changed(was.record, record)) note('changed', collection, record);
    if (was?.record.id !== undefined && record.id !== undefined && was.record.id !== record.id) diff.renumbered.push([was.record.id, record.id]);
  }
  for (const [uid, { collection, record }] of old) if (!now.has(uid)) note('removed', collection, record);
  return diff;
}

/** A field changed on both sides, as a merge settled it: the value kept and the one that went into the record's history. */
export interface Settled {
  collection: RecordCollection;
  id: string;
  field: string;
  kept: unknown;
  other: unknown;
}

/** The conflicts merges settled between the two versions: history entries the later one has and the earlier one lacks. */
export function settledBetween(before: Journal, after: Journal): Settled[] {
  const old = recordsByUid(before);
  const settled: Settled[] = [];
  for (const [uid, { collection, record }] of recordsByUid(after)) {
    const known = new Set((old.get(uid)?.record.history ?? []).map((entry) => canonicalJson(entry)));
    for (const entry of record.history ?? []) {
      if (!known.has(canonicalJson(entry))) settled.push({ collection, id: record.id ?? '', field: entry.field, kept: record[entry.field], other: entry.value });
    }
  }
  return settled;
}

function recordsByUid(journal: Journal): Map<string, { collection: RecordCollection; record: AnyRecord }> {
  const records = new Map<string, { collection: RecordCollection; record: AnyRecord }>();
  for (const person of journal.people) {
    for (const collection of RECORD_COLLECTIONS) {
      for (const record of recordsOf(person, collection)) if (record.uid !== undefined) records.set(record.uid, { collection, record });
    }
  }
  return records;
}
