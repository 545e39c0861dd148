import { describe, expect, it } from 'vitest';
import { compareVersions, diffData, exportPack, mergePacks } from '../../data/records/pack-merge.ts';
import { checkImport } from '../../data/records/pack-import.ts';
import { packSchema, type Pack } from '../../data/records/schema.ts';
import { goodPack, miniBundled } from './pack-fixtures.ts';

const pack = (over: Parameters<typeof goodPack>[0], oracleSummary: string): Pack => {
  const p = goodPack(over);
  p.entities![1]!.summary = oracleSummary;
  return packSchema.parse(p);
};
const oracle = (packs: Pack[]) => mergePacks(miniBundled(), packs).dataset.entities.find((e) => e.id === 'ent-oracle')!.summary;

describe('mergePacks', () => {
  it('lets a pack record replace the bundled one with the same id, and adds new ones', () => {
    const { dataset, origin } = mergePacks(miniBundled(), [pack({}, 'From the pack.')]);
    expect(dataset.entities.find((e) => e.id === 'ent-oracle')!.summary).toBe('From the pack.');
    expect(dataset.entities.map((e) => e.id)).toContain('ent-app-stores');
    expect(dataset.entities).toHaveLength(miniBundled().entities.length + 1);
    expect(origin).toMatchObject({ 'ent-oracle': 'test-pack', 'ent-app-stores': 'test-pack', 'src-b': 'test-pack' });
    expect(origin['ent-bytedance']).toBeUndefined();
  });

  it('brings the bundled record back when the pack is removed', () => {
    expect(oracle([])).toBe('Cloud company.');
  });

  it('applies packs in install order, so the one installed last wins, whatever their dates', () => {
    const older = pack({ id: 'b-older', created: '2026-01-01' }, 'older');
    const newer = pack({ id: 'a-newer', created: '2026-03-01' }, 'newer');
    expect(oracle([older, newer])).toBe('newer');
    expect(oracle([newer, older])).toBe('older');
  });
});

describe('compareVersions', () => {
  it('compares dotted versions part by part as numbers', () => {
    expect(compareVersions('2026.12.10', '2026.12.9')).toBe(1);
    expect(compareVersions('1.2', '1.2.0')).toBe(0);
    expect(compareVersions('1.2', '1.10')).toBe(-1);
  });
});

describe('diffData and the import preview', () => {
  it('counts added, updated and unchanged records with their titles', () => {
    const before = miniBundled();
    const after = mergePacks(before, [pack({}, 'Changed.')]).dataset;
    const d = diffData(before, after);
    expect(d.added).toEqual([{ id: 'ent-app-stores', type: 'entity', title: 'App stores' }, { id: 'src-b', type: 'source', title: 'Example: B story' }]);
    expect(d.updated).toEqual([{ id: 'ent-oracle', type: 'entity', title: 'Oracle Corporation' }]);
    expect(d.removed).toEqual([]);
  });

  it('lists what a newer version of an installed pack drops', () => {
    const installed = packSchema.parse(goodPack());
    const next = goodPack({ version: '2026.03.01' });
    next.entities = next.entities!.filter((e) => e.id !== 'ent-app-stores');
    next.sources = [];
    const { check } = checkImport({ text: JSON.stringify(next), fileName: 'p.json', bundled: miniBundled(), installed: [installed], today: '2026-12-02' });
    expect(check.valid && check.replaces).toBe('2026.02.01');
    expect(check.valid && check.changes.removed.map((c) => c.id)).toEqual(['ent-app-stores', 'src-b']);
  });
});

describe('export', () => {
  it('round-trips losslessly: an export imports back with nothing changed and exports identically', () => {
    const bundled = miniBundled();
    const installed = [packSchema.parse(goodPack())];
    const merged = mergePacks(bundled, installed).dataset;
    const header = { id: 'backstory-export', title: 'Export', publisher: 'Backstory', version: '2026.12.02', created: '2026-12-02' };
    const file = JSON.stringify(exportPack(merged, header));
    const { check, pack: imported } = checkImport({ text: file, fileName: 'export.json', bundled, installed, today: '2026-12-02' });
    expect(check.valid && check.changes).toMatchObject({ added: [], updated: [], removed: [] });
    const again = mergePacks(bundled, [...installed, imported!]).dataset;
    expect(JSON.stringify(exportPack(again, header))).toBe(file);
  });
});
