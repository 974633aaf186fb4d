// Writes the JSON Schemas of the data model to docs/schema/ (npm run schema).
import { mkdirSync, writeFileSync } from 'node:fs';
import { modelJsonSchemas } from '../src/model/json-schema.ts';

mkdirSync('docs/schema', { recursive: true });
for (const [file, schema] of Object.entries(modelJsonSchemas())) {
  writeFileSync(`docs/schema/${file}`, JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote docs/schema/${file}\n`);
}
