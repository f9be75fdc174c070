// Copies of the journal that a sync folder left beside it when two machines changed it at
// once. Each service keeps one version under the journal's name and renames the other:
//   Dropbox    journal (Alex's conflicted copy 2026-12-01).json
//   Nextcloud  journal (conflicted copy 2026-12-01 153045).json   (older: journal_conflict-20261201-153045.json)
//   Syncthing  journal.sync-conflict-20261201-153045-ABCDEFG.json
// Whatever was written into such a copy no longer counts until `grow merge` folds it in. Every
// command looks for them (one read of the journal's folder), so this file loads nothing else.
import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** Whether `name` is a conflicted copy of the file `journalName`, by the way one of the sync services names them. */
export function isConflictedCopyName(name: string, journalName: string): boolean {
  if (name === journalName) return false;
  const ext = extname(journalName);
  const stem = journalName.slice(0, journalName.length - ext.length);
  if (!name.startsWith(stem) || !name.endsWith(ext)) return false;
  const middle = name.slice(stem.length, name.length - ext.length);
  return (
    /^ \(.*conflicted copy.*\)$/i.test(middle) || // Dropbox and Nextcloud
    /^\.sync-conflict-\d{8}-\d{6}(-[0-9A-Z]+)?$/.test(middle) || // Syncthing
    /^_conflict-\d{8}-\d{6}$/.test(middle) // Nextcloud and ownCloud before 3.0
  );
}

/** The conflicted copies beside the journal, by full path, in name order; none when its folder cannot be read. */
export function conflictedCopies(journalPath: string): string[] {
  const folder = dirname(journalPath);
  const journalName = basename(journalPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => isConflictedCopyName(name, journalName))
    .sort()
    .map((name) => join(folder, name));
}
