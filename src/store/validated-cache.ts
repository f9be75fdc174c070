// Validating a large journal costs more than everything else a read command does, so each
// write records which file it wrote and checked: its device, inode, size, and modification and
// change times (to the nanosecond), which any later write to it, or any other file put in its
// place, changes (the change time even when the modification time is put back: cp -p,
// rsync -t). So does a read that checked a file in full and found it exactly as grow writes it
// (one grow wrote on another machine). A read of that same file skips the schema check,
// without reading it twice or hashing it; any other file (edited by hand, restored from a
// backup) is validated in full.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../domain/vocabulary';
import { backupsProblem } from './folder-checks';
import { backupDirOf } from './paths';
import type { FileIdentity } from './read';

const cachePath = (journalPath: string) => join(backupDirOf(journalPath), 'validated');

function record({ dev, ino, size, mtimeNs, ctimeNs }: FileIdentity): string {
  return `${SCHEMA_VERSION} ${dev} ${ino} ${size} ${mtimeNs} ${ctimeNs}\n`;
}

export function isKnownValid(journalPath: string, identity: FileIdentity): boolean {
  if (backupsProblem(journalPath)) return false;
  try {
    return readFileSync(cachePath(journalPath), 'utf8') === record(identity);
  } catch {
    return false;
  }
}

/** Only a cache: if it cannot be written, the next read validates in full. */
export async function rememberValid(journalPath: string, identity: FileIdentity): Promise<void> {
  // Every read loads this file; what writes is loaded only here.
  const [{ backupsFolder }, { replaceFileAtomic }] = await Promise.all([import('./folders'), import('./atomic-write')]);
  await backupsFolder(journalPath)
    .then(() => replaceFileAtomic(cachePath(journalPath), record(identity)))
    .catch(() => undefined);
}
