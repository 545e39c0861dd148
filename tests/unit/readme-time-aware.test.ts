/** What the README says about time-aware cards, date corrections and problem reports comes from the code. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DATE_OVERRIDES } from '../../data/date-override.ts';
import { REPOSITORY_URL } from '../../data/project.ts';
import { PUBLISHED_SOURCE_LABELS } from '../../data/date-source.ts';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { cardBrief } from '../../data/records/card-brief.ts';
import { followersIndex } from '../../data/records/links.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';
import { allRecords } from '../../data/records/term-index.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');

describe('the README on time-aware cards', () => {
  it('quotes the ByteDance card’s first view on a 13 Mar 2024 article as the bundled data builds it', () => {
    const ds = datasetSchema.parse(bundledDataset);
    const byId = new Map<string, AnyRecord>(allRecords(ds).map((r) => [r.id, r]));
    const sources = new Map(ds.sources.map((s) => [s.id, s]));
    const followers = followersIndex(ds);
    const card = buildCardData(byId.get('ent-bytedance')!, { record: (r) => byId.get(r), source: (s) => sources.get(s), followersOf: (r) => followers[r] ?? [], meta: ds.meta }, '2024-03-13');
    expect(readme).toContain(`says "${cardBrief(card).timeLine}"`);
  });

  it('states the corrections kept, the reader’s label and the repository the code uses', () => {
    expect(readme).toContain(`only the newest ${MAX_DATE_OVERRIDES} corrections are kept`);
    expect(readme).toContain(`"(${PUBLISHED_SOURCE_LABELS.reader})"`);
    expect(readme).toContain(`the project's repository, ${REPOSITORY_URL}, in a new tab`);
  });
});
