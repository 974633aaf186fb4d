import { z } from 'zod';
import { AgreementDocument } from '../agreements/document.ts';
import { modelJsonSchemas } from '../model/json-schema.ts';

/** Every JSON Schema published in docs/schema: the data model's, and the agreement document's for partners. */
export function publishedJsonSchemas(): Record<string, unknown> {
  return {
    ...modelJsonSchemas(),
    'agreement.schema.json': {
      $id: 'https://liaison.invalid/schema/agreement.schema.json',
      ...z.toJSONSchema(AgreementDocument, { io: 'input', unrepresentable: 'any' }),
    },
  };
}
