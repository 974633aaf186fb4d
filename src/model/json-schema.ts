import { z } from 'zod';
import { LinkInput } from './link.ts';
import { Protection } from './protection.ts';
import { RECORD_DATA, RecordInput } from './record.ts';

/**
 * The JSON Schemas (draft 2020-12) of the data model, by file name: the record
 * input, the data-protection fields, each record type's data, and links.
 * Written to docs/schema/ by `npm run schema`.
 */
export function modelJsonSchemas(): Record<string, unknown> {
  const schemas: Record<string, z.ZodType> = {
    'record.schema.json': RecordInput,
    'protection.schema.json': Protection,
    'link.schema.json': LinkInput,
    ...Object.fromEntries(Object.entries(RECORD_DATA).map(([type, schema]) => [`${type}.schema.json`, schema])),
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, schema]) => [
      file,
      { $id: `https://liaison.invalid/schema/${file}`, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
    ]),
  );
}
