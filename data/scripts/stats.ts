/** npm run data:stats — the dataset's version, review date and counts, as JSON. */
import * as z from 'zod';
import { datasetSchema } from '../records/schema.ts';
import { datasetStats } from '../records/stats.ts';
import { compileTermIndex } from '../records/term-index.ts';
import { readDatasetFiles } from './load-files.ts';

const files = readDatasetFiles();
const raw = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, JSON.parse(v)]));
const parsed = datasetSchema.safeParse(raw);
if (!parsed.success) {
  console.error(z.prettifyError(parsed.error));
  process.exit(1);
}
console.log(JSON.stringify(datasetStats(parsed.data, compileTermIndex(parsed.data).terms.length), null, 2));
