// The JSON export: a journal holding what the export shows, in the journal file's own shape,
// so it validates against schema/journal.schema.json and `grow import` reads it back.
import type { ExportInput } from './exports';
import { indentJson } from './json-indent';
import { inParts } from './parts';
import { safeJson, safeJsonText } from './text';

export function renderJsonExport(input: ExportInput): string {
  return [...jsonExportParts(input)].join('');
}

const RECORDS_AT_ONCE = 64;

type StoredElements = ExportInput['storedElements'];

/**
 * The same text a person at a time, in parts: JSON.stringify(journal, null, 2) of a journal of
 * years is a string of tens of megabytes, held whole on top of the journal.
 */
export function* jsonExportParts(input: ExportInput): Generator<string> {
  // The journal around its people, as JSON.stringify lays it out; the people go where `[]` is.
  const [before, after] = splitOnce(safeJson({ ...input.journal, people: [] }, 2), '\n  "people": []');
  let count = 0;
  for (const { person } of input.people) {
    const opening = `${count++ === 0 ? `${before}\n  "people": [` : ','}\n    `;
    yield* inParts(objectPieces(person, 2, input.storedElements, opening));
  }
  yield `${count === 0 ? `${before}\n  "people": []` : '\n  ]'}${after}\n`;
}

/** safeJson(object, 2) as it stands `depth` levels deep in a document, after `before`, in pieces: each element of its lists on its own. */
function* objectPieces(object: object, depth: number, stored: StoredElements, before: string): Generator<string> {
  const indent = '  '.repeat(depth + 1);
  let empty = true;
  yield `${before}{`;
  // By key, so that a list not read yet is not read here when the file's text of it is at hand.
  for (const key of Object.keys(object)) {
    const elements = stored?.(object, key);
    const value = elements ?? (object as Record<string, unknown>)[key];
    if (value === undefined) continue; // as JSON.stringify leaves it out
    yield `${empty ? '' : ','}\n${indent}${JSON.stringify(key)}: `;
    empty = false;
    if (!Array.isArray(value) || value.length === 0) yield nested(value, depth + 1);
    else {
      yield* elements ? storedListPieces(elements, depth + 1) : listPieces(value, depth + 1);
      yield `\n${indent}]`;
    }
  }
  yield empty ? '}' : `\n${'  '.repeat(depth)}}`;
}

/** A list's opening bracket and elements, a few dozen at a time: faster than one JSON.stringify each, and no text of megabytes. */
function* listPieces(list: readonly unknown[], depth: number): Generator<string> {
  const indent = '  '.repeat(depth);
  for (let from = 0; from < list.length; from += RECORDS_AT_ONCE) {
    const records = nested(list.slice(from, from + RECORDS_AT_ONCE), depth);
    // Without the brackets around them, which stand at the list's own indent.
    yield `${from === 0 ? '[' : ','}${records.slice(1, -(indent.length + 2))}`;
  }
}

/** The same from each element's JSON as stored. */
function* storedListPieces(elements: readonly string[], depth: number): Generator<string> {
  const lineBreak = `\n${'  '.repeat(depth + 1)}`;
  for (let from = 0; from < elements.length; from += RECORDS_AT_ONCE) {
    let records = from === 0 ? '[' : ',';
    const to = Math.min(elements.length, from + RECORDS_AT_ONCE);
    for (let at = from; at < to; at++) records += `${at === from ? '' : ','}${lineBreak}${indentJson(elements[at]!, depth + 1)}`;
    yield safeJsonText(records);
  }
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
