// The slow way to the facts `grow remind` needs, taken when the kept ones do not match the
// journal: read the journal (a file grow wrote is just parsed, any other is checked in full),
// work the facts out, and keep them for the next terminal. Loaded only then, in its own file.
import { rm } from 'node:fs/promises';
import { remindFacts, type RemindFacts } from '../domain/reminders';
import { replaceFileAtomic } from './atomic-write';
import { backupsFolder } from './folders';
import { environmentPassphrase, Keyring, noPassphrase, PassphraseNeededError } from './keyring';
import { readJournalFile, type JournalFile } from './read';
import { remindFactsPath, remindFactsText } from './remind-facts';

/**
 * `version` names the file as it was before reading it, so a change made meanwhile is not missed.
 * Null for an encrypted journal when GROW_PASSPHRASE is not set: remind never asks for it.
 */
export async function loadRemindFacts(journalPath: string, version: string, env: NodeJS.ProcessEnv): Promise<RemindFacts | null> {
  // The kept facts belong to another version of the journal, which may have been encrypted since.
  await rm(remindFactsPath(journalPath), { force: true }).catch(() => undefined);
  let file: JournalFile | null;
  try {
    file = await readJournalFile(journalPath, new Keyring(environmentPassphrase(env, noPassphrase(journalPath))));
  } catch (error) {
    if (error instanceof PassphraseNeededError) return null;
    throw error;
  }
  const facts: RemindFacts = file ? remindFacts(file.journal) : { people: new Map(), promised: [], meetings: new Map() };
  // Never beside an encrypted journal: the facts would be its names and dates in plain text.
  // Only a cache: if it cannot be written, the next remind reads the journal again.
  if (file && !file.sealing) {
    await backupsFolder(journalPath)
      .then(() => replaceFileAtomic(remindFactsPath(journalPath), remindFactsText(version, facts)))
      .catch(() => undefined);
  }
  return facts;
}
