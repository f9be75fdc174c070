import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journalJsonSchema } from '../../src/domain/json-schema';

describe('schema/journal.schema.json', () => {
  it('matches the zod schema (run npm run schema after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/journal.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(journalJsonSchema());
  });
});
