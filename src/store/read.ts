// Reading the journal. A file this grow wrote itself (its digest is known valid) is just
// parsed; any other file goes through the full check in parse-journal.ts, loaded only then.
import { readFileSync } from 'node:fs';
import { JournalError } from '../errors';
import { messages } from '../messages';
import type { Journal } from '../domain/schema';
import { isKnownValid } from './validated-cache';

const m = messages.journal;

/** The journal, or null when the file does not exist yet (an empty journal). */
export async function readJournal(path: string): Promise<Journal | null> {
  const bytes = readBytes(path);
  if (bytes === null) return null;
  if (isKnownValid(path, bytes)) return JSON.parse(new TextDecoder().decode(bytes)) as Journal;
  const { parseJournal } = await import('./parse-journal');
  return parseJournal(path, bytes);
}

function readBytes(path: string): Buffer | null {
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
