import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildSearchIndex, searchKey, searchRecords } from '../../data/records/search.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';

const ds = datasetSchema.parse(bundledDataset);
const all: AnyRecord[] = [
  ...ds.entities.map((r) => ({ type: 'entity' as const, ...r })),
  ...ds.events.map((r) => ({ type: 'event' as const, ...r })),
  ...ds.claims.map((r) => ({ type: 'claim' as const, ...r })),
  ...ds.figures.map((r) => ({ type: 'figure' as const, ...r })),
];
const index = buildSearchIndex(all);
const titles = (q: string) => searchRecords(index, q).map((h) => h.title);

describe('searching the whole dataset', () => {
  it('finds a person by name, whatever the case, first', () => {
    expect(titles('adam presser')[0]).toBe('Adam Presser');
    expect(titles('PRESSER')[0]).toBe('Adam Presser');
    expect(searchRecords(index, 'Adam Presser')[0]).toMatchObject({ type: 'entity', layer: 'entities' });
  });

  it('finds a record by an alias in another script, and says which spelling matched', () => {
    const [hit] = searchRecords(index, '张一鸣');
    expect(hit).toMatchObject({ title: 'Zhang Yiming', matched: '张一鸣' });
    expect(titles('バイトダンス')[0]).toBe('ByteDance');
  });

  it('folds full-width letters, accents, curly quotes and stray spaces the way page text is folded', () => {
    expect(titles('ＢｙｔｅＤａｎｃｅ')[0]).toBe('ByteDance');
    expect(titles('  Zhāng   Yīmíng ')[0]).toBe('Zhang Yiming');
    expect(searchKey('TikTok’s\u00a0app')).toBe("tiktok's app");
  });

  it('ranks an exact name before names that merely contain it', () => {
    const hits = titles('TikTok');
    expect(hits[0]).toBe('TikTok');
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.slice(1).every((t) => t !== 'TikTok')).toBe(true);
  });

  it('finds events and claims by words of their title, in any order', () => {
    const ruling = ds.events.find((e) => /Supreme Court upholds/.test(e.title))!;
    const hit = searchRecords(index, 'upholds supreme').find((h) => h.id === ruling.id);
    expect(hit?.detail).toMatch(/^Event, \d{1,2} [A-Z][a-z]{2} \d{4}$/); // dated as cards date it, not in ISO
  });

  it('answers nothing for an empty query or one that names nothing, and keeps to the limit', () => {
    expect(searchRecords(index, '   ')).toEqual([]);
    expect(searchRecords(index, 'zzzqqq')).toEqual([]);
    expect(searchRecords(index, 'a', 5)).toHaveLength(5);
  });
});
