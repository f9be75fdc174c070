// A note written in the editor is the one thing grow cannot ask for again: when saving it
// fails (the journal was damaged meanwhile, the disk is full), its words are kept in a
// file of their own beside the journal, readable only by its owner, to be saved later.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the text was kept; undefined when it could not be written anywhere. */
export function keepUnsavedNote(journalPath: string, text: string, now: Date): string | undefined {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  for (let n = 1; n <= 9; n++) {
    const file = join(dirname(journalPath), `unsaved-note-${stamp}${n > 1 ? `-${n}` : ''}.md`);
    try {
      writeFileSync(file, `${text}\n`, { mode: 0o600, flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
    }
  }
  return undefined;
}
