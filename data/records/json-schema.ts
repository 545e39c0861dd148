/** The dataset's and the pack format's JSON Schemas, generated from the zod schemas, for authors' editors. */
import * as z from 'zod';
import { datasetSchema, packSchema } from './schema.ts';

export function datasetJsonSchema() {
  return {
    ...z.toJSONSchema(datasetSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://backstory.invalid/dataset.schema.json',
    title: 'Backstory dataset pack',
    description: 'Entities, timeline events, claims and figures with their sources. Generated from data/records/schema.ts; do not edit.',
  };
}

/** What Import accepts: a `pack` header and any of the record lists. */
export function packJsonSchema() {
  return {
    ...z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://backstory.invalid/pack.schema.json',
    title: 'Backstory context pack',
    description: 'A context pack for Backstory\'s options page: a header and records layered over the bundled dataset. Generated from data/records/schema.ts; do not edit.',
  };
}
