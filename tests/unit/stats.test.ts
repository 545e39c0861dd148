import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { datasetStats } from '../../data/records/stats.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';

const ds = datasetSchema.parse(bundledDataset);
const stats = datasetStats(ds, compileTermIndex(ds).terms.length);

describe('the bundled dataset covers the story', () => {
  it('has at least 45 entities, 50 timeline events, 15 claims and 25 figures', () => {
    expect(stats.counts.entities).toBeGreaterThanOrEqual(45);
    expect(stats.counts.events).toBeGreaterThanOrEqual(50);
    expect(stats.counts.claims).toBeGreaterThanOrEqual(15);
    expect(stats.counts.figures).toBeGreaterThanOrEqual(25);
  });

  it('uses every verdict it needs and reports its share of official sources', () => {
    expect(Object.keys(stats.verdicts)).toEqual(expect.arrayContaining(['supported', 'partly-supported', 'not-supported']));
    expect(stats.officialOrPrimaryShare).toBeGreaterThan(0);
    expect(stats.officialOrPrimaryIncludingMirrorsShare).toBeGreaterThanOrEqual(stats.officialOrPrimaryShare);
  });

  it('tracks the US user count over time, all self-reported', () => {
    const users = ds.figures.find((f) => f.value === '170 million');
    expect(users?.history.map((h) => h.value)).toEqual(expect.arrayContaining(['150 million', '170 million', 'over 200 million']));
  });

  it('tracks ByteDance’s private valuation marks up to the $550 billion stake sale', () => {
    const valuation = ds.figures.find((f) => f.id === 'fig-bytedance-valuation-550-billion');
    expect(valuation?.history.map((h) => h.value)).toEqual(expect.arrayContaining(['over $330 billion', '$480 billion', '$550 billion']));
  });

  it('matches the counts the README gives', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');
    const { entities, events, claims, figures, sources } = stats.counts;
    expect(readme).toContain(`it has ${entities} entities, ${events} timeline events, ${claims} claims, ${figures} figures and ${sources} sources.`);
  });
});
