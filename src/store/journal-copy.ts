// Another copy of the journal: one side of a git merge, a version in git's history, or a
// sync folder's conflicted copy. It is checked in full like a journal file (UTF-8, JSON,
// opened with the journal's keyring when it is encrypted, upgraded, validated), and it is
// never written over, so its errors carry no advice about restoring a backup.
import { JournalError } from '../errors';
import { messages } from '../messages';
import { canonicalJson } from '../domain/identity';
import type { Sealing } from './envelope';
import type { Keyring } from './keyring';
import { readBytes, type JournalFile } from './read';

/** `label` names the copy in messages. */
export async function openJournalCopy(label: string, bytes: Uint8Array, keyring: Keyring): Promise<JournalFile> {
  // The schema library is loaded only when a copy is read.
  const { parseJournalFile } = await import('./parse-journal');
  try {
    return await parseJournalFile(label, bytes, keyring);
  } catch (error) {
    // A PassphraseNeededError stays what it is: the caller may say how to give the passphrase.
    if (error instanceof JournalError && error.constructor === JournalError) throw new JournalError(error.message);
    throw error;
  }
}

/** A copy in a file; a JournalError when there is none. */
export async function readJournalCopy(path: string, keyring: Keyring): Promise<JournalFile> {
  const file = readBytes(path);
  if (file === null) throw new JournalError(messages.sync.noCopy(path));
  return openJournalCopy(path, file.bytes, keyring);
}

/** Whether two copies are encrypted with the same key (or both not at all). */
export function sameSealing(a: Sealing | undefined, b: Sealing | undefined): boolean {
  return (a && canonicalJson(a.header)) === (b && canonicalJson(b.header));
}
