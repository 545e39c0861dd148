/** npm run data:schema — regenerates data/dataset.schema.json from the zod schemas (zod 4's toJSONSchema). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { datasetJsonSchema } from '../json-schema.ts';

const out = resolve(import.meta.dirname, '../dataset.schema.json');
writeFileSync(out, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
