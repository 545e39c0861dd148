import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FILES, formatRecords, lintDataset, type DatasetFiles } from '../../data/lint-dataset.ts';
import { miniDataset } from './fixture-dataset.ts';

const dir = resolve(import.meta.dirname, '../../data/dataset');
const bundled = Object.fromEntries(DATASET_FILES.map((f) => [f, readFileSync(resolve(dir, `${f}.json`), 'utf8')])) as DatasetFiles;

function filesOf(ds: ReturnType<typeof miniDataset>): DatasetFiles {
  return {
    meta: JSON.stringify(ds.meta),
    sources: formatRecords(ds.sources),
    entities: formatRecords(ds.entities),
    events: formatRecords(ds.events),
    claims: formatRecords(ds.claims),
    figures: formatRecords(ds.figures),
  };
}

describe('the bundled dataset', () => {
  it('passes every lint check', () => {
    expect(lintDataset(bundled)).toEqual([]);
  });
});

describe('lintDataset', () => {
  it('accepts a clean dataset', () => {
    expect(lintDataset(filesOf(miniDataset()))).toEqual([]);
  });

  it('reports a reference to a record that does not exist', () => {
    const ds = miniDataset();
    ds.entities[0]!.related = ['evt-1999-01-01-nothing'];
    expect(lintDataset(filesOf(ds))).toContainEqual(expect.stringContaining('refers to evt-1999-01-01-nothing'));
  });

  it('reports a duplicate id', () => {
    const ds = miniDataset();
    ds.entities.push({ ...ds.entities[1]!, aliases: [] });
    expect(lintDataset(filesOf(ds))).toContainEqual('ent-oracle: id used 2 times');
  });

  it('reports a link that is not http(s)', () => {
    const ds = miniDataset();
    ds.sources[0]!.url = 'javascript:alert(1)';
    expect(lintDataset(filesOf(ds)).join('\n')).toMatch(/http\(s\)/);
  });

  it('reports a date that is not ISO', () => {
    const ds = miniDataset();
    ds.events[0]!.date = '17/01/2025';
    expect(lintDataset(filesOf(ds)).join('\n')).toMatch(/ISO date/);
  });

  it('reports an alias two records claim with nothing to tell them apart', () => {
    const ds = miniDataset();
    ds.entities[2]!.aliases = ['TikTok', 'ByteDance'];
    expect(lintDataset(filesOf(ds))).toContainEqual(expect.stringContaining('alias "bytedance" is claimed by'));
  });

  it('reports a claim without a source unless it says none was found', () => {
    const ds = miniDataset();
    ds.claims[0]!.sources = [];
    expect(lintDataset(filesOf(ds))).toContainEqual(expect.stringContaining('a claim needs a source'));
    ds.claims[0]!.noSourceFound = true;
    expect(lintDataset(filesOf(ds))).toEqual([]);
  });

  it('reports a claim without a verdict', () => {
    const ds = miniDataset();
    delete (ds.claims[0] as { verdict?: string }).verdict;
    expect(lintDataset(filesOf(ds)).join('\n')).toMatch(/verdict/);
  });

  it('reports a file that is not sorted by id', () => {
    const files = filesOf(miniDataset());
    const entities = JSON.parse(files.entities) as unknown[];
    files.entities = `${JSON.stringify(entities.reverse(), null, 2)}\n`;
    expect(lintDataset(files)).toContainEqual(expect.stringContaining('entities.json: not in the stable format'));
  });

  it('reports an alias rule without a note', () => {
    const ds = miniDataset();
    ds.entities[1]!.aliases = [{ text: 'Oracle', case: 'exact' }];
    expect(lintDataset(filesOf(ds))).toContainEqual(expect.stringContaining('has a rule but no note'));
  });
});
