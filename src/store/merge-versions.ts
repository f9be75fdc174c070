// What git's merge driver does with the three versions of the journal git hands it (their
// common ancestor, ours, theirs): opens them, merges them record by record in memory, and
// writes the result over ours, as git expects. An encrypted journal is opened with the
// journal's keyring and written encrypted: plain text never reaches a file.
import { mergeJournals, type MergeSummary } from '../domain/merge';
import { JournalError } from '../errors';
import { messages } from '../messages';
import { replaceFileAtomic } from './atomic-write';
import { seal, type Sealing } from './envelope';
import { openJournalCopy, sameSealing } from './journal-copy';
import { journalText } from './journal-text';
import type { Keyring } from './keyring';
import { readBytes, type JournalFile } from './read';
import { assertValid } from './validation';

const m = messages.sync;

export interface MergeVersions {
  /** The common ancestor: an empty file when the two sides have none. */
  base: string;
  /** Ours: where the result is written. */
  ours: string;
  theirs: string;
  /** The journal's path in the repository, for messages. */
  name: string;
}

/** Merges the versions and writes the result over `ours`; a JournalError, with `ours` untouched, when it cannot. */
export async function mergeVersions(files: MergeVersions, keyring: Keyring): Promise<{ summary: MergeSummary; baseUnread: boolean }> {
  const ours = await openSide(files.ours, `${files.name} (${m.sides.ours})`, keyring);
  const theirs = await openSide(files.theirs, `${files.name} (${m.sides.theirs})`, keyring);
  // The ancestor only helps (it tells an undone change from a new one): without it, or when
  // it cannot be read, the two sides still merge without loss.
  const baseBytes = readBytes(files.base)?.bytes;
  const base = baseBytes && baseBytes.length > 0 ? await openJournalCopy(files.base, baseBytes, keyring).catch(() => undefined) : undefined;

  const { journal, summary } = mergeJournals(ours.journal, theirs.journal, { mode: 'replicas', ...(base ? { base: base.journal } : {}) });
  const text = Buffer.from(journalText(assertValid(journal)));
  const sealing = chosenSealing(base, ours, theirs);
  await replaceFileAtomic(files.ours, sealing ? Buffer.from(seal(text, sealing)) : text);
  return { summary, baseUnread: base === undefined && baseBytes !== undefined && baseBytes.length > 0 };
}

async function openSide(path: string, label: string, keyring: Keyring): Promise<JournalFile> {
  const file = readBytes(path);
  if (file === null) throw new JournalError(m.noCopy(label));
  return openJournalCopy(label, file.bytes, keyring);
}

/**
 * Encrypted when either side is: a merge never puts in plain text what one side encrypted.
 * When both are, with the key one side changed since the ancestor (a new passphrase).
 */
function chosenSealing(base: JournalFile | undefined, ours: JournalFile, theirs: JournalFile): Sealing | undefined {
  if (!ours.sealing || !theirs.sealing) return ours.sealing ?? theirs.sealing;
  return base && sameSealing(ours.sealing, base.sealing) ? theirs.sealing : ours.sealing;
}
