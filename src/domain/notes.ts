// Journal notes: free text with tags, newest first.
import { dateOf, toIsoDateTime, type IsoDate } from './dates';
import { ADD_UNREAD, nextId, personToWrite } from './journal';
import type { Journal, Note, Person } from './schema';
import { idNumber } from './vocabulary';

const TAG = /^[\p{L}\p{N}_-]{1,50}$/u;
const HASHTAG = /(?<=^|\s)#([\p{L}\p{N}_-]*[\p{L}_-][\p{L}\p{N}_-]*)/gu;

/** `#Focus`, `@focus` and `focus` are the same tag; undefined when it cannot be one. */
export function normalizeTag(input: string): string | undefined {
  const tag = input.trim().replace(/^[#@]/, '').toLowerCase();
  return TAG.test(tag) ? tag : undefined;
}

/** `#words` in the text are tags too; `#12` (a number) is not. */
export function tagsInText(text: string): string[] {
  return [...text.matchAll(HASHTAG)].map((m) => m[1]!.toLowerCase()).filter((t) => TAG.test(t));
}

export interface NewNote {
  text: string;
  tags: string[];
  at: Date;
  private?: boolean;
}

export function addNote(journal: Journal, personName: string, input: NewNote): Note {
  const person = personToWrite(journal, personName);
  const tags = [...new Set([...input.tags, ...tagsInText(input.text)])];
  const note: Note = { id: nextId(journal, 'note'), at: toIsoDateTime(input.at), text: input.text, tags };
  if (input.private) note.private = true;
  addToNotes(journal, person, note);
  return note;
}

/** Adds a note to the person's notes, without reading years of them when the journal can. */
function addToNotes(journal: Journal, person: Person, note: Note): void {
  const addUnread = (journal as Journal & { [ADD_UNREAD]?: (holder: object, key: string, record: object) => boolean })[ADD_UNREAD];
  if (!addUnread?.(person, 'notes', note)) person.notes.push(note);
}

export interface NoteFilter {
  since?: IsoDate;
  until?: IsoDate;
  tags?: string[];
  /** Every word must appear, in any case. */
  search?: string;
  limit?: number;
}

export function filterNotes(notes: readonly Note[], filter: NoteFilter): Note[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const byDate = filter.since !== undefined || filter.until !== undefined;
  const matches = notes.filter((note) => {
    if (byDate) {
      const day = dateOf(note.at);
      if (filter.since && day < filter.since) return false;
      if (filter.until && day > filter.until) return false;
    }
    if (filter.tags?.some((t) => !note.tags.includes(t))) return false;
    if (words.length > 0) {
      const haystack = `${note.text}\n${note.tags.join(' ')}`.toLowerCase();
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  });
  return newest(matches, filter.limit);
}

/** The `limit` newest (all of them without one); notes written in the same second keep the order they were written in. */
export function newest<N extends Pick<Note, 'id' | 'at'>>(notes: readonly N[], limit = notes.length): N[] {
  type Keyed = { note: N; time: number; number: number };
  const later = (a: Keyed, b: Keyed) => b.time - a.time || b.number - a.number;
  if (limit >= notes.length) return notes.map((note) => ({ note, time: Date.parse(note.at), number: idNumber(note.id) })).sort(later).map((k) => k.note);
  // The few shown of years of notes are picked in one pass: most need one comparison, not a
  // sort, written out here (as `later`) and made into a record only for a note kept.
  const kept: Keyed[] = [];
  for (const note of notes) {
    const time = Date.parse(note.at);
    const number = idNumber(note.id);
    const last = kept[limit - 1];
    if (kept.length === limit && (last === undefined || (time - last.time || number - last.number) <= 0)) continue;
    const k = { note, time, number };
    let at = kept.length;
    while (at > 0 && later(kept[at - 1]!, k) > 0) at--;
    kept.splice(at, 0, k);
    if (kept.length > limit) kept.pop();
  }
  return kept.map((k) => k.note);
}

/**
 * New words for a note, which keeps its id and date (the store stamps when its text changed).
 * Its tags are read again from the text: #words no longer in it go, new ones come, and tags
 * given with --tag stay. False when the text is the same.
 */
export function rewriteNote(note: Note, text: string): boolean {
  if (note.text === text) return false;
  const fromText = new Set(tagsInText(note.text));
  const given = note.tags.filter((tag) => !fromText.has(tag));
  note.text = text;
  note.tags = [...new Set([...given, ...tagsInText(text)])];
  return true;
}

/** When a note's words were last changed (an ISO time), if they ever were. */
export function editedAt(note: Note): string | undefined {
  return note.changed?.text;
}
