// Long answers and statements folded at word boundaries, so they read as paragraphs in a
// terminal instead of breaking mid-word at its edge.

/** A width that reads well in any terminal of 80 columns or more. */
export const TEXT_WIDTH = 78;

/** Every line starts with `indent`; the first may instead start with `first` (a label, say) of the same width. */
export function wrap(text: string, indent: string, first = indent, width = TEXT_WIDTH): string {
  const room = Math.max(20, width - indent.length);
  return foldWords(text, room, room)
    .map((line, i) => (line === '' ? '' : (i === 0 ? first : indent) + line))
    .join('\n');
}

/** Text that goes on at `column` of a line already begun (an answer after its question): the first line fits what is left of it, the others start with `indent`. */
export function wrapAfter(column: number, text: string, indent: string, width = TEXT_WIDTH): string {
  return foldWords(text, Math.max(10, width - column), Math.max(20, width - indent.length))
    .map((line, i) => (i === 0 || line === '' ? line : indent + line))
    .join('\n');
}

/** Lines wider than `width` folded at spaces, each under its own indentation; the others as they are. */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (visibleLength(line) <= width) return line;
      const indent = /^\s*/.exec(line)![0];
      return wrap(line.slice(indent.length), indent, indent, width);
    })
    .join('\n');
}

function foldWords(text: string, firstRoom: number, room: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && line.length + 1 + word.length > (lines.length === 0 ? firstRoom : room)) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines;
}

// eslint-disable-next-line no-control-regex -- colour codes take no room on the screen
const COLOUR = /\x1b\[[\d;]*m/g;

/** The columns a painted line takes on the screen. */
export function visibleLength(text: string): number {
  return text.replace(COLOUR, '').length;
}

/**
 * One row of a list: `head` (an id, a date) then `rest`. Without a width (not a terminal)
 * it stays one line, so a script reads one row per item; else it is folded at spaces to fit
 * and continues under the start of `rest`. Runs of spaces are kept, and a "·" stays with
 * the word after it, so a fact is never split from its separator.
 */
export function foldRow(head: string, rest: string, width?: number): string {
  const indent = ' '.repeat(visibleLength(head));
  if (width === undefined || visibleLength(head + rest) <= width) return head + rest;
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const piece of rest.split(/(?<=\s)(?<!·\s)(?=\S)/)) {
    if (line !== '' && visibleLength(line + piece.trimEnd()) > room) {
      lines.push(line.trimEnd());
      line = piece;
    } else line += piece;
  }
  lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? head : indent) + l).join('\n');
}
