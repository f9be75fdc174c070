// A note that reads like a grow command ("edit n1", "done a2", "rm g3") was most likely meant
// as one: `grow note done a2` for `grow action done a2`. This finds the command it reads like.
import { normalizeId } from './journal';
import type { IdKind } from './vocabulary';

const REMOVE = ['rm', 'remove', 'delete'];

/** Command words, and for each kind of id they are followed by, the command they make. */
const COMMANDS: { words: string[]; kind: IdKind; command: (id: string, rest: string) => string }[] = [
  { words: ['edit'], kind: 'note', command: (id) => `grow note edit ${id}` },
  { words: REMOVE, kind: 'note', command: (id, rest) => `grow note rm ${id}${rest}` },
  { words: ['edit'], kind: 'action', command: (id) => `grow action edit ${id}` },
  { words: REMOVE, kind: 'action', command: (id) => `grow action rm ${id}` },
  { words: ['done'], kind: 'action', command: (id) => `grow action done ${id}` },
  { words: ['drop'], kind: 'action', command: (id) => `grow action drop ${id}` },
  { words: ['checkin'], kind: 'action', command: (id) => `grow checkin ${id}` },
  { words: ['edit'], kind: 'goal', command: (id) => `grow goal edit ${id}` },
  { words: REMOVE, kind: 'goal', command: (id) => `grow goal rm ${id}` },
  { words: ['stage'], kind: 'goal', command: (id, rest) => `grow goal stage ${id}${rest}` },
  { words: ['show'], kind: 'session', command: (id) => `grow sessions show ${id}` },
];

/** Commands whose word alone is the whole command. */
const ALONE: Record<string, string> = { undo: 'grow undo', redo: 'grow redo' };

/** The command a note's text reads like (with the rest of its words where they belong to it); undefined when it reads like a note. */
export function commandLike(text: string): string | undefined {
  const [first = '', second = '', ...rest] = text.trim().split(/\s+/);
  const word = first.toLowerCase();
  if (second === '') return ALONE[word];
  for (const { words, kind, command } of COMMANDS) {
    const id = words.includes(word) ? normalizeId(second, kind) : undefined;
    if (id) return command(id, rest.map((w) => ` ${w}`).join(''));
  }
  return undefined;
}
