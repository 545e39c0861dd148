import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { datasetJsonSchema, packJsonSchema } from '../../data/records/json-schema.ts';

it('publishes a JSON Schema that matches the zod schemas (run npm run data:schema after changing them)', () => {
  const published = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/dataset.schema.json'), 'utf8'));
  expect(published).toEqual(datasetJsonSchema());
  expect(published.properties.claims.items.properties.verdict.enum).toContain('not-supported');
});

it('publishes the pack format as a JSON Schema too', () => {
  const published = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/pack.schema.json'), 'utf8'));
  expect(published).toEqual(packJsonSchema());
  expect(published.required).toEqual(['pack']);
  expect(Object.keys(published.properties.pack.properties)).toEqual(['id', 'title', 'publisher', 'version', 'created']);
});
