import { describe, expect, it } from 'vitest';
import { JrnlExportSchema, jrnlNotes, looksLikeJrnl } from '../../src/domain/jrnl';
import { describeIssue } from '../../src/store/validation';
import { jrnlExport } from '../support/jrnl-export';

const parse = (raw: unknown) => JrnlExportSchema.safeParse(raw);

describe('a jrnl JSON export', () => {
  it('becomes notes at the entry’s date and time, title over body', () => {
    const notes = jrnlNotes(parse({ entries: [{ title: 'Called in sick.', body: 'Cleaned the house.', date: '2012-03-29', time: '09:00', tags: [], starred: false }] }).data!);
    expect(notes).toEqual([{ at: '2012-03-29T09:00:00Z', text: 'Called in sick.\nCleaned the house.', tags: [] }]);
  });

  it('keeps tags without their @ or #, makes starred a tag, and picks up #words in the text', () => {
    const [note] = jrnlNotes(parse({ entries: [{ title: 'Met @Dan about #ideas.', body: '', date: '2013-06-03', time: '18:30', tags: ['@dan', '#ideas', '@side/project+x'], starred: true }] }).data!);
    expect(note!.tags).toEqual(['dan', 'ideas', 'side-project-x', 'starred']);
  });

  it('reads a few hundred entries, in order, each with its own time', () => {
    const raw = jrnlExport(300);
    expect(looksLikeJrnl(raw)).toBe(true);
    const notes = jrnlNotes(parse(raw).data!);
    expect(notes).toHaveLength(300);
    expect(notes[0]).toEqual({ at: '2025-01-01T07:00:00Z', text: 'Entry 1: a day of quiet.', tags: ['starred'] });
    expect(notes[1]).toEqual({ at: '2025-01-02T08:01:00Z', text: 'Entry 2: a day of @Family.\nMore about day 2.\n\nA second paragraph.', tags: ['family'] });
    expect(new Set(notes.map((n) => n.at)).size).toBe(300);
  });

  it('is told apart from a grow journal', () => {
    expect(looksLikeJrnl({ version: 1, people: [] })).toBe(false);
    expect(looksLikeJrnl([])).toBe(false);
  });

  it('is rejected with where and what when an entry is not one', () => {
    const issue = (raw: unknown) => {
      const result = parse(raw);
      expect(result.success).toBe(false);
      // In words, as grow import says them.
      const { where, problem } = describeIssue(result.error!.issues[0]!);
      return `${where}: ${problem}`;
    };
    const entry = { title: 't', body: '', date: '2026-01-01', time: '10:00', tags: [], starred: false };
    expect(issue({ entries: [entry, { ...entry, date: '2026-02-30' }] })).toBe('entries[1].date: is not a date like 2026-11-25');
    expect(issue({ entries: [{ ...entry, time: '25:00' }] })).toBe('entries[0].time: is not a time like 09:30');
    expect(issue({ entries: [{ ...entry, title: ' ', body: '' }] })).toBe('entries[0]: has neither a title nor a body');
    expect(issue({ entries: [{ ...entry, tags: 'work' }] })).toMatch(/^entries\[0\]\.tags: /);
    expect(issue({ entries: 'none' })).toMatch(/^entries: /);
  });
});
