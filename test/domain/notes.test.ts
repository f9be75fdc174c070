import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/domain/journal';
import { addNote, filterNotes, normalizeTag, tagsInText } from '../../src/domain/notes';
import type { Note } from '../../src/domain/schema';
import { problemOf } from '../support/problem';

describe('tags', () => {
  it('finds #words in the text, but not numbers, anchors or headings', () => {
    expect(tagsInText('Led the #Retro today, issue #12, see http://x.org/#anchor #focus-time\n# Heading')).toEqual(['retro', 'focus-time']);
  });

  it('normalizes tags given with --tag', () => {
    expect(normalizeTag('#Focus')).toBe('focus');
    expect(normalizeTag('@deep_work')).toBe('deep_work');
    expect(normalizeTag('two words')).toBeUndefined();
    expect(normalizeTag('')).toBeUndefined();
  });
});

describe('addNote', () => {
  it('numbers notes across the journal, adds "me", and merges --tag with #words', () => {
    const journal = emptyJournal();
    const at = new Date('2026-11-25T09:30:00Z');
    const first = addNote(journal, 'me', { text: 'hello #focus', tags: ['focus', 'work'], at });
    const second = addNote(journal, 'ME', { text: 'again', tags: [], at, private: true });
    expect(first).toEqual({ id: 'n1', at: '2026-11-25T09:30:00Z', text: 'hello #focus', tags: ['focus', 'work'] });
    expect(second).toMatchObject({ id: 'n2', private: true });
    expect(journal.people.map((p) => p.name)).toEqual(['me']);
  });

  it('refuses a person who was never added', () => {
    expect(problemOf(() => addNote(emptyJournal(), 'Sam', { text: 'x', tags: [], at: new Date() }))).toEqual({ key: 'unknownPerson', name: 'Sam' });
  });
});

describe('filterNotes', () => {
  const note = (id: string, at: string, text: string, tags: string[] = []): Note => ({ id, at, text, tags });
  const notes = [
    note('n1', '2026-11-01T08:00:00Z', 'Gave feedback in the retro', ['retro']),
    note('n2', '2026-11-20T08:00:00Z', 'Paired with Sam', ['pairing', 'focus']),
    note('n3', '2026-11-20T08:00:00Z', 'Same minute, written later', ['focus']),
    note('n4', '2026-11-24T18:00:00Z', 'Retro FEEDBACK went well', ['retro', 'focus']),
  ];
  const ids = (found: Note[]) => found.map((n) => n.id);

  it('lists newest first, later ids first within the same time', () => {
    expect(ids(filterNotes(notes, {}))).toEqual(['n4', 'n3', 'n2', 'n1']);
  });

  it('lists notes kept out of time order (merged, imported, hand-written) newest first too', () => {
    const [n1, n2, n3, n4] = notes;
    expect(ids(filterNotes([n4!, n1!, n3!, n2!], {}))).toEqual(['n4', 'n3', 'n2', 'n1']);
    expect(ids(filterNotes([n1!, n3!, n2!, n4!], {}))).toEqual(['n4', 'n3', 'n2', 'n1']);
    // Another zone's offset: the same moment as n2, and an earlier id, so after it.
    const n0 = note('n0', '2026-11-20T10:00:00+02:00', 'Written in Helsinki', []);
    expect(ids(filterNotes([n0, n1!, n2!], {}))).toEqual(['n2', 'n0', 'n1']);
  });

  it('keeps the same newest when limited as when all are listed, in any order', () => {
    const many = Array.from({ length: 60 }, (_, n) => note(`n${n + 1}`, `2026-11-${String(1 + ((n * 7) % 20)).padStart(2, '0')}T0${n % 2}:00:00Z`, `Note ${n}`, []));
    const all = ids(filterNotes(many, {}));
    for (const limit of [1, 2, 5, 17, 59, 60, 61]) {
      expect(ids(filterNotes(many, { limit }))).toEqual(all.slice(0, limit));
      expect(ids(filterNotes([...many].reverse(), { limit }))).toEqual(all.slice(0, limit));
    }
  });

  it('filters by dates, inclusive', () => {
    expect(ids(filterNotes(notes, { since: '2026-11-20', until: '2026-11-20' }))).toEqual(['n3', 'n2']);
  });

  it('needs every tag and every word, in any case', () => {
    expect(ids(filterNotes(notes, { tags: ['retro', 'focus'] }))).toEqual(['n4']);
    expect(ids(filterNotes(notes, { search: 'feedback RETRO' }))).toEqual(['n4', 'n1']);
    expect(ids(filterNotes(notes, { search: 'feedback sam' }))).toEqual([]);
  });

  it('keeps the newest when limited', () => {
    expect(ids(filterNotes(notes, { limit: 2 }))).toEqual(['n4', 'n3']);
  });
});
