// The JSON export: a journal holding what the export shows, in the journal file's own shape and
// layout (each record one line of JSON, the rest pretty-printed), so it validates against
// schema/journal.schema.json, `grow import` reads it back, and it diffs as the journal does.
// A list read from the file is written from its lines as they are, without parsing it.
import { PERSON_LISTS } from '../domain/identity';
import type { ExportInput } from './exports';
import { inParts } from './parts';
import { safeJson, safeJsonText } from './text';

export function renderJsonExport(input: ExportInput): string {
  return [...jsonExportParts(input)].join('');
}

const RECORDS_AT_ONCE = 64;
const PERSON_INDENT = '\n    ';
const ENTRY_INDENT = '\n      ';
const RECORD_INDENT = '\n        ';

/** The text a person at a time, in parts: a journal of years is never held whole as text. */
export function* jsonExportParts(input: ExportInput): Generator<string> {
  // The journal around its people, as JSON.stringify lays it out; the people go where `[]` is.
  const [before, after] = splitOnce(safeJson({ ...input.journal, people: [] }, 2), '\n  "people": []');
  let count = 0;
  for (const { person } of input.people) {
    const opening = `${count++ === 0 ? `${before}\n  "people": [` : ','}${PERSON_INDENT}`;
    yield* inParts(personPieces(person, input.storedElements, opening));
  }
  yield `${count === 0 ? `${before}\n  "people": []` : '\n  ]'}${after}\n`;
}

/** A person after `before`, in pieces: each list of records a line per record, a few dozen records at a time. */
function* personPieces(person: object, stored: ExportInput['storedElements'], before: string): Generator<string> {
  let empty = true;
  yield `${before}{`;
  // By key, so that a list not read yet is not read here when the file's text of it is at hand.
  for (const key of Object.keys(person)) {
    const elements = stored?.(person, key);
    const value = elements ?? (person as Record<string, unknown>)[key];
    if (value === undefined) continue; // as JSON.stringify leaves it out
    yield `${empty ? '' : ','}${ENTRY_INDENT}${JSON.stringify(key)}: `;
    empty = false;
    if (elements?.length) yield* recordLines(elements);
    else if (PERSON_LISTS.includes(key) && Array.isArray(value) && value.length > 0) yield* recordLines(value.map((record) => JSON.stringify(record)));
    else yield safeJson(value);
  }
  yield empty ? '}' : `${PERSON_INDENT}}`;
}

/** The list from each record's JSON, in brackets. */
function* recordLines(records: readonly string[]): Generator<string> {
  for (let from = 0; from < records.length; from += RECORDS_AT_ONCE) {
    let lines = from === 0 ? '[' : ',';
    const to = Math.min(records.length, from + RECORDS_AT_ONCE);
    for (let at = from; at < to; at++) lines += `${at === from ? '' : ','}${RECORD_INDENT}${records[at]!}`;
    yield safeJsonText(lines);
  }
  yield `${ENTRY_INDENT}]`;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}
