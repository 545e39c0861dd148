import { describe, expect, it } from 'vitest';
import { buildPack } from '../../data/records/pack-build.ts';
import { validatePack } from '../../data/records/pack-validate.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { bundledDataset } from '../../data/dataset/index.ts';
import { miniBundled } from './pack-fixtures.ts';

const header = { id: 'update', title: 'Update', publisher: 'Backstory', version: '2026.12.02', created: '2026-12-02' };

describe('buildPack (npm run data:pack)', () => {
  it('takes events and figures by their own dates, and the sources they cite', () => {
    const pack = buildPack(miniBundled(), { since: '2025-09-01' }, header);
    expect(pack.figures!.map((f) => f.id)).toEqual(['fig-jv-14bn', 'fig-nvidia-14bn', 'fig-stake']);
    expect(pack.events).toEqual([]);
    expect(pack.entities).toEqual([]); // their only source is from January 2025
    expect(pack.sources!.map((s) => s.id)).toEqual(['src-a']);
  });

  it('takes entities and claims with a source published in the range, and honours until', () => {
    const pack = buildPack(miniBundled(), { since: '2025-01', until: '2025-01' }, header);
    expect(pack.entities).toHaveLength(5);
    expect(pack.events!.map((e) => e.id)).toEqual(['evt-2025-01-17-ruling']);
    expect(pack.figures).toEqual([]);
  });

  it('builds a pack from the bundled dataset that Import accepts', () => {
    const ds = datasetSchema.parse(bundledDataset);
    const pack = buildPack(ds, { since: '2026-02-01' }, header);
    expect(pack.events!.length).toBeGreaterThan(0);
    expect(pack.events!.every((e) => e.date >= '2026-02-01')).toBe(true);
    const out = validatePack(pack, ds, []);
    expect(out.ok ? [] : out.problems).toEqual([]);
  });
});
