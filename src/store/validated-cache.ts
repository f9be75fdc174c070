// Validating a large journal costs more than everything else a read command does, so each
// write records the digest of the exact bytes it validated and wrote. A read whose bytes
// have that digest is the same file, already known valid, and skips the schema check.
// Any other bytes (edited by hand, restored from a backup) are validated in full.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../domain/vocabulary';
import { replaceFileAtomic } from './atomic-write';
import { backupsFolder, backupsProblem } from './folders';
import { backupDirOf } from './paths';

const cachePath = (journalPath: string) => join(backupDirOf(journalPath), 'validated.sha256');

function record(bytes: Uint8Array): string {
  return `${SCHEMA_VERSION} ${createHash('sha256').update(bytes).digest('hex')}\n`;
}

export function isKnownValid(journalPath: string, bytes: Uint8Array): boolean {
  if (backupsProblem(journalPath)) return false;
  try {
    return readFileSync(cachePath(journalPath), 'utf8') === record(bytes);
  } catch {
    return false;
  }
}

/** Only a cache: if it cannot be written, the next read validates in full. */
export async function rememberValid(journalPath: string, bytes: Uint8Array): Promise<void> {
  await backupsFolder(journalPath)
    .then(() => replaceFileAtomic(cachePath(journalPath), record(bytes)))
    .catch(() => undefined);
}
