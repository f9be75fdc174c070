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

/**
 * Lines wider than `width` folded at spaces, each with a hanging indent: what follows goes
 * under the line's text, after a bullet, a label column or "grow: "; the other lines as they are.
 */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (visibleLength(line) <= width) return line;
      const [head, rest] = splitAtColumn(line, hangingIndent(line.replace(COLOUR, ''), width));
      return foldRow(head, rest, width);
    })
    .join('\n');
}

/** Where a folded line's continuation begins: under the text after its indentation, bullet, label column or "grow: ". */
function hangingIndent(plain: string, width: number): number {
  const lead = /^ */.exec(plain)![0].length;
  const marker = /^(?:[-*·•✔✓→>] |grow: |\? )/.exec(plain.slice(lead));
  const column = /^\S.*?\S {2,}(?=\S)/.exec(plain.slice(lead));
  const hang = lead + (marker?.[0].length ?? column?.[0].length ?? 0);
  // A label too wide to hang text under leaves it the room of the line's own indentation.
  return hang <= width / 2 ? hang : lead;
}

/** The line cut after `column` visible columns; colour codes go with the text they paint. */
function splitAtColumn(line: string, column: number): [string, string] {
  let seen = 0;
  let i = 0;
  while (i < line.length && seen < column) {
    const code = COLOUR_AT.exec(line.slice(i));
    if (code) i += code[0].length;
    else {
      i += 1;
      seen += 1;
    }
  }
  return [line.slice(0, i), line.slice(i)];
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
// eslint-disable-next-line no-control-regex -- a colour code where a line is cut
const COLOUR_AT = /^\x1b\[[\d;]*m/;

/** The columns a painted line takes on the screen. */
export function visibleLength(text: string): number {
  return text.replace(COLOUR, '').length;
}

/** The narrowest a folded line's text may be: a head wider than leaves less hangs less deep. */
const MIN_ROOM = 20;

/**
 * One row of a list: `head` (an id, a date) then `rest`. Without a width (not a terminal)
 * it stays one line, so a script reads one row per item; else it is folded at spaces to fit
 * and continues under the start of `rest` (or, in a terminal too narrow for that, less deep).
 * Runs of spaces are kept, and a "·" stays with the word after it, so a fact is never split
 * from its separator.
 */
export function foldRow(head: string, rest: string, width?: number): string {
  if (width === undefined || visibleLength(head + rest) <= width) return head + rest;
  const headWidth = visibleLength(head);
  const indent = ' '.repeat(width - headWidth >= MIN_ROOM ? headWidth : Math.max(0, width - MIN_ROOM));
  const room = (row: number) => width - (row === 0 ? headWidth : indent.length);
  const lines: string[] = [];
  let line = '';
  for (const piece of rest.split(/(?<=\s)(?<!·\s)(?=\S)/)) {
    const fits = visibleLength(line + piece.trimEnd()) <= room(lines.length);
    // A word that does not fit after the head starts the next line; one wider than any line stays whole.
    if (!fits && (line !== '' || lines.length === 0)) {
      lines.push(line.trimEnd());
      line = piece;
    } else line += piece;
  }
  lines.push(line.trimEnd());
  return lines.map((l, i) => (i === 0 ? `${head}${l}`.trimEnd() : indent + l)).join('\n');
}
