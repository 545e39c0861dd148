/** npm run data:schema — regenerates data/dataset.schema.json and data/pack.schema.json from the zod schemas (zod 4's toJSONSchema). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchema, packJsonSchema } from '../records/json-schema.ts';

for (const [name, schema] of [['dataset', datasetJsonSchema()], ['pack', packJsonSchema()]] as const) {
  const out = resolve(import.meta.dirname, `../${name}.schema.json`);
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
