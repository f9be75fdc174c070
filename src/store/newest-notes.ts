// `grow notes --limit 10` on years of notes: while the notes are not read yet (lazy-journal.ts),
// each line is only looked at for its id and time, where grow writes them
// (`        {"uid":"…","id":"n12","at":"2026-11-25T14:03:00Z",…`), and only the lines of the
// notes shown are parsed. Should any line be laid out otherwise, the notes are read whole.
import { newest } from '../domain/notes';
import type { Note, Person } from '../domain/schema';
import { parseElement, unreadLines } from './lazy-journal';

const HEAD = /^ {8}\{(?:"uid":"[0-9a-f]{16}",)?"id":"(n[0-9]+)","at":"([^"\\]+)",/;

/** The `limit` newest of the person's notes, as filterNotes picks them; undefined when the notes are to be read whole. */
export function newestUnreadNotes(person: Person, limit: number): Note[] | undefined {
  const unread = unreadLines(person, 'notes');
  if (!unread) return undefined;
  const heads: { id: string; at: string; line: string }[] = [];
  for (let at = unread.from; at < unread.to; at++) {
    const line = unread.lines[at]!;
    const head = HEAD.exec(line);
    if (!head) return undefined;
    heads.push({ id: head[1]!, at: head[2]!, line });
  }
  return newest(heads, limit).map(({ line }) => parseElement<Note>(line));
}
