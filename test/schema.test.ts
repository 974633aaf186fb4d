import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedJsonSchemas } from '../src/api/json-schemas.ts';

describe('docs/schema', () => {
  it('matches the zod model (run npm run schema after changing it)', () => {
    for (const [file, schema] of Object.entries(publishedJsonSchemas())) {
      expect(JSON.parse(readFileSync(`docs/schema/${file}`, 'utf8')), file).toEqual(schema);
    }
  });
});
