// npm run schema: writes schema/journal.schema.json from the zod schema in src/domain/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { journalJsonSchema } from '../src/domain/json-schema';

const target = new URL('../schema/journal.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(journalJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
