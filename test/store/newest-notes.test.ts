import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/domain/journal';
import { addNote, filterNotes } from '../../src/domain/notes';
import type { Journal } from '../../src/domain/schema';
import { journalText } from '../../src/store/journal-text';
import { isRead, lazyJournal } from '../../src/store/lazy-journal';
import { newestUnreadNotes } from '../../src/store/newest-notes';

/** A journal with notes written out of time order, some in the same second, read back from its text as grow reads it. */
function written(change: (journal: Journal) => void = () => undefined): { read: Journal; whole: Journal } {
  const journal = emptyJournal();
  for (let n = 0; n < 40; n++) addNote(journal, 'me', { text: `Note "${n}" \\ with words`, tags: n % 3 ? ['work'] : [], at: new Date(Date.UTC(2026, 10, 1 + ((n * 7) % 13), n % 2, 0, 0)) });
  // Notes written by an older grow have no uid.
  journal.people[0]!.notes.forEach((note, n) => (note.uid = n % 4 ? n.toString(16).padStart(16, '0') : undefined));
  change(journal);
  const text = journalText(journal);
  return { read: lazyJournal(text.split('\n'))!, whole: JSON.parse(text) as Journal };
}

describe('the newest notes, from the lines of notes not read yet', () => {
  it('are the ones grow notes --limit lists from all of them, and the rest stay unread', () => {
    const { read, whole } = written();
    for (const limit of [1, 3, 10, 39, 40, 41]) {
      expect(newestUnreadNotes(read.people[0]!, limit)).toEqual(filterNotes(whole.people[0]!.notes, { limit }));
    }
    expect(isRead(read.people[0]!, 'notes')).toBe(false);
  });

  it('are left to the whole list once it was read, or when a line is laid out otherwise', () => {
    const { read } = written();
    void read.people[0]!.notes;
    expect(newestUnreadNotes(read.people[0]!, 3)).toBeUndefined();
    // An imported note may keep the order of the fields it came with.
    const { read: imported } = written((journal) => journal.people[0]!.notes.push({ at: '2026-11-30T10:00:00Z', id: 'n41', text: 'from elsewhere', tags: [] }));
    expect(newestUnreadNotes(imported.people[0]!, 3)).toBeUndefined();
  });
});
