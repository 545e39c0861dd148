/**
 * npm run data:pack -- OUT.json --since 2026-02-01 [--until 2026-12-31]
 *   [--id backstory-2026-02] [--title "…"] [--publisher "…"] [--version 2026.12.02]
 * Writes a context pack of the bundled records in the date range, validated as
 * Import would validate it against this build's bundled data.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildPack } from '../records/pack-build.ts';
import { packCounts } from '../records/pack-merge.ts';
import { validatePack } from '../records/pack-validate.ts';
import { datasetSchema } from '../records/schema.ts';
import { bundledDataset } from '../dataset/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    since: { type: 'string' },
    until: { type: 'string' },
    id: { type: 'string' },
    title: { type: 'string' },
    publisher: { type: 'string' },
    version: { type: 'string' },
  },
});
const out = positionals[0];
if (!out || !values.since) {
  console.error('usage: npm run data:pack -- OUT.json --since YYYY-MM-DD [--until YYYY-MM-DD] [--id …] [--title …] [--publisher …] [--version …]');
  process.exit(2);
}
const ds = datasetSchema.parse(bundledDataset);
const today = new Date().toISOString().slice(0, 10);
const range = { since: values.since, until: values.until };
const pack = buildPack(ds, range, {
  id: values.id ?? `backstory-since-${values.since.replace(/[^0-9]/g, '-')}`,
  title: values.title ?? `Backstory: the story since ${values.since}${values.until ? ` until ${values.until}` : ''}`,
  publisher: values.publisher ?? 'Backstory',
  version: values.version ?? ds.meta.version,
  created: /^\d{4}-\d{2}-\d{2}$/.test(ds.meta.lastReviewed) ? ds.meta.lastReviewed : today,
});
const checked = validatePack(pack, ds, []);
if (!checked.ok) {
  console.error(`The pack would not import:\n${checked.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  process.exit(1);
}
writeFileSync(out, `${JSON.stringify(checked.pack, null, 2)}\n`);
const counts = packCounts(checked.pack);
console.log(`wrote ${out}: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
