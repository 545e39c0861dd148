import { describe, expect, it } from 'vitest';
import { followersIndex, linkedIds, recordCitations, recordLinks } from '../../data/records/links.ts';
import { allRecords } from '../../data/records/term-index.ts';
import { bundledDataset } from '../../data/dataset/index.ts';
import { datasetSchema } from '../../data/records/schema.ts';

describe('the record link graph', () => {
  const ds = datasetSchema.parse(bundledDataset);
  const records = allRecords(ds);
  const byId = new Map(records.map((r) => [r.id, r]));

  it('names every link of an event with the type it must point at', () => {
    const event = records.find((r) => r.type === 'event' && r.follows.length > 0 && r.entities.length > 0)!;
    expect(event).toBeDefined();
    const links = recordLinks(event);
    expect(links.filter((l) => l.field === 'entities').every((l) => l.to === 'entity')).toBe(true);
    expect(links.filter((l) => l.field === 'follows').map((l) => l.id)).toEqual(event.type === 'event' ? event.follows : []);
  });

  it('resolves every link in the bundled dataset to a record of the declared type', () => {
    for (const r of records) for (const l of recordLinks(r)) expect(byId.get(l.id)?.type, `${r.id} → ${l.id}`).toBe(l.to);
  });

  it('reverses follows, so a card can say what came next', () => {
    const followers = followersIndex(ds);
    const next = ds.events.find((e) => e.follows.length > 0)!;
    expect(followers[next.follows[0]!]).toContain(next.id);
    expect(linkedIds(byId.get(next.follows[0]!)!, followers)).toContain(next.id);
  });

  it('finds the sources a figure cites in its history too', () => {
    const figure = ds.figures.find((f) => f.history.some((h) => h.sources.length > 0))!;
    const paths = recordCitations({ type: 'figure', ...figure }).map((c) => c.path[0]);
    expect(paths).toContain('history');
  });
});
