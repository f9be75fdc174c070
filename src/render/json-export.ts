// The JSON export: a journal holding what the export shows, in the journal file's own shape,
// so it validates against schema/journal.schema.json and `grow import` reads it back.
import type { ExportInput } from './exports';

export function renderJsonExport(input: ExportInput): string {
  return `${JSON.stringify(input.journal, null, 2)}\n`;
}
