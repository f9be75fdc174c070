// The JSON Schema of the journal file, generated from the zod schema so the two never drift.
// Written to schema/journal.schema.json by `npm run schema`; a test fails when that is stale.
import * as z from 'zod/mini';
import { JournalSchema } from './schema';

export function journalJsonSchema(): Record<string, unknown> {
  // "input": what a file may hold (fields with defaults may be left out), not what grow writes.
  const schema = z.toJSONSchema(JournalSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    title: 'grow journal',
    description: 'The journal file of grow, a terminal personal development journal. Ids are unique across the file and every reference points at a record of the same person; those rules are checked by grow but cannot be written in JSON Schema.',
  };
}
