// The journal as data, without what merging keeps on each record (uids, change times,
// history, tombstones and the clock): for tests that compare records with what a command wrote.
import { readFileSync } from 'node:fs';
import type { Journal } from '../../src/domain/schema';

const MERGE_FIELDS = new Set(['uid', 'aliases', 'changed', 'history', 'removed', 'clock']);
const withoutMergeFields = (key: string, value: unknown) => (MERGE_FIELDS.has(key) ? undefined : value);

/** The journal file at `path`, as data. */
export function journalData(path: string): Journal {
  return JSON.parse(readFileSync(path, 'utf8'), withoutMergeFields) as Journal;
}

/** A journal read by the store, as data. */
export function asData(journal: Journal): Journal {
  return JSON.parse(JSON.stringify(journal), withoutMergeFields) as Journal;
}
