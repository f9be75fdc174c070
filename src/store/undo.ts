// grow undo and grow redo under the lock: the journal one step back or forward in the change
// log, checked, kept as a backup first and written like any change (encrypted when the
// journal is). The step is found by the journal's clock, so a journal that is not where the
// log left it is never touched.
import { JournalError } from '../errors';
import { messages } from '../messages';
import { keepBackup } from './backups';
import { LOG_KEPT, positionOf, readChangeLog, stepThroughLog, type LoggedChange } from './change-log';
import type { Keyring } from './keyring';
import { isUnchanged, readJournalFile } from './read';
import { underLock, writeJournalText } from './transaction';

export type Step = 'undo' | 'redo';

/** The change undone or done again. */
export async function runStep(path: string, keyring: Keyring, step: Step): Promise<LoggedChange> {
  return underLock(path, keyring, undefined, async (lock) => {
    const file = await readJournalFile(path, keyring);
    if (!file) throw new JournalError(messages.undo.nothing(step));
    const moved = await stepThroughLog(path, keyring, { text: file.text, clock: file.journal.clock }, step);
    if (moved === 'nothing') throw new JournalError(messages.undo.nothing(step));
    if (moved === 'oldest') throw new JournalError(messages.undo.oldest(LOG_KEPT));
    if (moved === 'elsewhere') throw new JournalError(messages.undo.elsewhere(path), messages.undo.elsewhereHint);
    const { parseJournalFile } = await import('./parse-journal');
    // What the log gives back was grow's own text once; it is checked in full all the same, and
    // remembered as checked only when it is exactly as grow writes it now (parse-journal.ts).
    // Back before the first change of this grow, the text may be an older version's: it is
    // upgraded again when next read, so it is not remembered as checked. Nor is a text with a
    // record that has no uid yet (added by hand): remembered, the next write would read it as
    // grow's own and give that record a new uid, where the full read derives the one every
    // other copy of the journal gives it.
    const { canonical } = await parseJournalFile(path, Buffer.from(moved.text), keyring);
    await keepBackup(path);
    await writeJournalText(path, moved.text, file.sealing, lock, () => isUnchanged(path, file.identity), canonical);
    return moved.change;
  });
}

/** The changes in the log, oldest first, and the one the journal is at (-1: before them all; undefined: not in the log). */
export async function listChanges(path: string, keyring: Keyring): Promise<{ changes: LoggedChange[]; position: number | undefined }> {
  const file = await readJournalFile(path, keyring);
  const changes = await readChangeLog(path, keyring);
  return { changes, position: positionOf(changes, { clock: file?.journal.clock, text: file?.text }) };
}
