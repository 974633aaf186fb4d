// Writes the JSON Schemas of the data model and of agreements to docs/schema/ (npm run schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedJsonSchemas } from '../src/api/json-schemas.ts';

mkdirSync('docs/schema', { recursive: true });
for (const [file, schema] of Object.entries(publishedJsonSchemas())) {
  writeFileSync(`docs/schema/${file}`, JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote docs/schema/${file}\n`);
}
