/** The dataset's JSON Schema, generated from the zod schemas, for pack authors' editors. */
import * as z from 'zod';
import { datasetSchema } from './schema.ts';

export function datasetJsonSchema() {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://backstory.invalid/dataset.schema.json',
    title: 'Backstory dataset pack',
    description: 'Entities, timeline events, claims and figures with their sources. Generated from data/schema.ts; do not edit.',
  };
}
