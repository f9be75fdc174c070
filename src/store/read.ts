// Reading the journal. A file this grow wrote itself (its digest is known valid) is just parsed,
// or opened when it is encrypted (sealed-file.ts); any other file goes through the full check in
// parse-journal.ts, loaded only then.
import { readFileSync } from 'node:fs';
import { JournalError } from '../errors';
import { messages } from '../messages';
import type { Journal } from '../domain/schema';
import { isEnvelopeLike, startsAsEnvelope, type Sealing } from './envelope';
import type { Keyring } from './keyring';
import { isKnownValid } from './validated-cache';

const m = messages.journal;

/** The journal in a file, and the key it was sealed with when it is encrypted. */
export interface JournalFile {
  journal: Journal;
  sealing?: Sealing;
}

/** The journal file, or null when it does not exist yet (an empty journal). */
export async function readJournalFile(path: string, keyring: Keyring): Promise<JournalFile | null> {
  const bytes = readBytes(path);
  if (bytes === null) return null;
  if (isKnownValid(path, bytes)) {
    const text = new TextDecoder().decode(bytes);
    if (!startsAsEnvelope(bytes)) return { journal: JSON.parse(text) as Journal };
    const { openEnvelope } = await import('./sealed-file');
    const { plain, sealing } = await openEnvelope(path, JSON.parse(text) as Record<string, unknown>, text, keyring);
    return { journal: JSON.parse(plain.toString('utf8')) as Journal, sealing };
  }
  const { parseJournalFile } = await import('./parse-journal');
  return parseJournalFile(path, bytes, keyring);
}

/** Whether the file is an encrypted journal (intact or not), without opening it. */
export function isEncryptedFile(path: string): boolean {
  const bytes = readBytes(path);
  if (bytes === null) return false;
  if (startsAsEnvelope(bytes)) return true;
  try {
    return isEnvelopeLike(JSON.parse(bytes.toString('utf8')));
  } catch {
    return false;
  }
}

export function readBytes(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EISDIR') throw new JournalError(m.isDirectory(path));
    if (code === 'EACCES' || code === 'EPERM') throw new JournalError(m.unreadable(path, 'permission denied'), m.permissionHint(path));
    throw new JournalError(m.unreadable(path, (error as Error).message));
  }
}
