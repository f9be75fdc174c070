// The JSON export: a journal holding what the export shows, in the journal file's own shape,
// so it validates against schema/journal.schema.json and `grow import` reads it back.
import type { ExportInput } from './exports';
import { safeJson } from './text';

export function renderJsonExport(input: ExportInput): string {
  return [...jsonExportParts(input)].join('');
}

/** About how much text is written at a time. */
const PART_LENGTH = 1 << 16;
const RECORDS_AT_ONCE = 64;

/**
 * The same text in parts of about PART_LENGTH, a record at a time: JSON.stringify(journal, null, 2)
 * of a journal of years is a string of tens of megabytes, held whole on top of the journal.
 */
export function* jsonExportParts(input: ExportInput): Generator<string> {
  // The journal around its people, as JSON.stringify lays it out; the people go where `[]` is.
  const [before, after] = splitOnce(safeJson({ ...input.journal, people: [] }, 2), '\n  "people": []');
  let count = 0;
  let part = '';
  for (const { person } of input.people) {
    part += `${count++ === 0 ? `${before}\n  "people": [` : ','}\n    `;
    for (const piece of objectPieces(person, 2)) {
      part += piece;
      if (part.length >= PART_LENGTH) {
        yield part;
        part = '';
      }
    }
  }
  yield `${part}${count === 0 ? `${before}\n  "people": []` : '\n  ]'}${after}\n`;
}

/** safeJson(object, 2) as it stands `depth` levels deep in a document, in pieces: each element of its lists on its own. */
function* objectPieces(object: object, depth: number): Generator<string> {
  const indent = '  '.repeat(depth + 1);
  let empty = true;
  yield '{';
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue; // as JSON.stringify leaves it out
    yield `${empty ? '' : ','}\n${indent}${JSON.stringify(key)}: `;
    empty = false;
    if (!Array.isArray(value) || value.length === 0) {
      yield nested(value, depth + 1);
      continue;
    }
    // A few dozen records at a time: faster than one JSON.stringify per record, and no text of megabytes.
    for (let from = 0; from < value.length; from += RECORDS_AT_ONCE) {
      const records = nested(value.slice(from, from + RECORDS_AT_ONCE), depth + 1);
      // Without the brackets around them, which stand at the list's own indent.
      yield `${from === 0 ? '[' : ','}${records.slice(1, -(indent.length + 2))}`;
    }
    yield `\n${indent}]`;
  }
  yield empty ? '}' : `\n${'  '.repeat(depth)}}`;
}

/** safeJson(value, 2) as it stands `depth` levels deep: as deep in arrays, so that JSON.stringify indents it itself. */
function nested(value: unknown, depth: number): string {
  if (value === null || typeof value !== 'object') return safeJson(value);
  let wrapped: unknown = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  // Each level opens with "[", a line break and its indent, and closes with a line break, the indent before it and "]".
  const opening = depth * (depth + 3);
  const closing = depth * (depth + 1);
  return safeJson(wrapped, 2).slice(opening, -closing);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
