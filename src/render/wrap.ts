// Long answers and statements folded at word boundaries, so they read as paragraphs in a
// terminal instead of breaking mid-word at its edge.

/** A width that reads well in any terminal of 80 columns or more. */
export const TEXT_WIDTH = 78;

/** Every line starts with `indent`; the first may instead start with `first` (a label, say) of the same width. */
export function wrap(text: string, indent: string, first = indent, width = TEXT_WIDTH): string {
  const room = Math.max(20, width - indent.length);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && line.length + 1 + word.length > room) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines.map((line, i) => (line === '' ? '' : (i === 0 ? first : indent) + line)).join('\n');
}
