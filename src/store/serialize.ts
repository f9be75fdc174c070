import type { Journal } from '../domain/schema';

/** Pretty-printed in the schema's key order (validation output keeps it), so the file diffs and merges well. */
export function serializeJournal(journal: Journal): string {
  return `${JSON.stringify(journal, null, 2)}\n`;
}
