// The migration hook: a file written by an older grow is brought up to SCHEMA_VERSION in
// memory on load, one version at a time, before it is validated. It is written back in the
// new shape on the next change. To change the shape: bump SCHEMA_VERSION and add
// MIGRATIONS[old version] here.
import { SCHEMA_VERSION } from './vocabulary';

export type RawJournal = { version: number } & Record<string, unknown>;
export type Migration = (journal: RawJournal) => RawJournal;

/** MIGRATIONS[n] turns a version-n journal into a version-(n + 1) journal. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 keeps the items of a one-on-one as they were agreed (`sessions[].items`). Older
  // sessions have none, which the field allows: what they agreed is read from the check-ins.
  1: (journal) => ({ ...journal, version: 2 }),
  // Version 3 gives records an identity and change times for merging and undo
  // (docs/identity-and-merging.md). Those are filled in when the journal is next written, so
  // the migration only renames: what version 2 called `manager` was always the journal's
  // owner, the one who ran one-on-ones with their reports.
  2: ({ manager, ...journal }) => ({ ...journal, version: 3, ...(manager === undefined ? {} : { owner: manager }) }),
  // Version 4 remembers the earlier versions of a field a record's value was made from
  // (`replaced`). A version-3 record has none, which the field allows: a merge without a
  // common ancestor settles its older versions as version 3 did. The version changes so that
  // an older grow on another machine says to update rather than call the journal damaged.
  3: (journal) => ({ ...journal, version: 4 }),
};

export type MigrationResult =
  | { kind: 'current' | 'migrated'; journal: RawJournal }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown'; version: number };

export function migrate(journal: RawJournal, migrations = MIGRATIONS, target = SCHEMA_VERSION): MigrationResult {
  const from = journal.version;
  if (from > target) return { kind: 'newer', version: from };
  let current = journal;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { kind: 'unknown', version };
    current = step(current);
  }
  return { kind: from === target ? 'current' : 'migrated', journal: current };
}
