// The JSON export: a journal holding what the export shows, in the journal file's own shape,
// so it validates against schema/journal.schema.json and `grow import` reads it back.
import type { ExportInput } from './exports';
import { safeJson } from './text';

export function renderJsonExport(input: ExportInput): string {
  return [...jsonExportParts(input)].join('');
}

/**
 * The same text in parts, one person at a time: JSON.stringify(journal, null, 2) of a journal
 * of years is a string of tens of megabytes, held whole on top of the journal.
 */
export function* jsonExportParts(input: ExportInput): Generator<string> {
  // The journal around its people, as JSON.stringify lays it out; the people go where `[]` is.
  const [before, after] = splitOnce(safeJson({ ...input.journal, people: [] }, 2), '\n  "people": []');
  let count = 0;
  // Each person as deep as the journal has them, so that JSON.stringify indents them itself.
  for (const { person } of input.people) yield `${count++ === 0 ? `${before}\n  "people": [` : ','}\n    ${safeJson([[person]], 2).slice('[\n  [\n    '.length, -'\n  ]\n]'.length)}`;
  yield count === 0 ? `${before}\n  "people": []${after}\n` : `\n  ]${after}\n`;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
