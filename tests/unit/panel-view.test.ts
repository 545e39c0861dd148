import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildPanelView, type FoundRecord } from '../../data/records/panel-view.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';

const ds = datasetSchema.parse(bundledDataset);
const records = new Map<string, AnyRecord>([
  ...ds.entities.map((r) => [r.id, { type: 'entity' as const, ...r }] as const),
  ...ds.events.map((r) => [r.id, { type: 'event' as const, ...r }] as const),
  ...ds.claims.map((r) => [r.id, { type: 'claim' as const, ...r }] as const),
  ...ds.figures.map((r) => [r.id, { type: 'figure' as const, ...r }] as const),
]);
const lookup = (id: string) => records.get(id);
const byName = (name: string) => ds.entities.find((e) => e.name === name)!.id;
const eventTitled = (re: RegExp) => ds.events.find((e) => re.test(e.title))!;

const house = eventTitled(/House passes H\.R\. 7521/);
const ruling = eventTitled(/Supreme Court upholds/);
const claim = ds.claims.find((c) => c.verdict === 'contradicted') ?? ds.claims[0]!;
const figure = ds.figures[0]!;

const found: FoundRecord[] = [
  { id: byName('ByteDance'), layer: 'entities', count: 7 },
  { id: byName('TikTok'), layer: 'entities', count: 12 },
  { id: ruling.id, layer: 'timeline', count: 1 },
  { id: house.id, layer: 'timeline', count: 2 },
  { id: claim.id, layer: 'claims', count: 1 },
  { id: figure.id, layer: 'figures', count: 3 },
];

describe('the side panel’s view of a page', () => {
  it('groups the page’s records by layer, claims first, each with its count on the page and the group’s total', () => {
    const view = buildPanelView(found, lookup, ds.events, null);
    expect(view.groups.map((g) => g.layer)).toEqual(['claims', 'entities', 'figures']);
    const people = view.groups[1]!;
    expect(people.count).toBe(19);
    expect(people.entries.map((e) => [e.title, e.count])).toEqual([['TikTok', 12], ['ByteDance', 7]]); // most mentioned first
    expect(view.groups[0]!.entries[0]).toMatchObject({ id: claim.id, count: 1, verdict: { key: claim.verdict } });
    expect(view.groups[2]!.entries[0]!.detail).toContain(figure.measures);
    expect(view.timelineCount).toBe(3);
  });

  it('lists the page’s events in date order with their counts, and marks the article’s own day before the developments since', () => {
    const view = buildPanelView(found, lookup, ds.events, '2024-03-13');
    expect(view.timeline.map((i) => (i.kind === 'article' ? 'this article' : `${i.title} ×${i.count}`))).toEqual([
      `${house.title} ×2`,
      'this article',
      `${ruling.title} ×1`,
    ]);
    expect(view.timeline[2]).toMatchObject({ placement: 'since' });
  });

  it('marks no article without a known date, and the whole story holds every event with 0 for those not on the page', () => {
    const view = buildPanelView(found, lookup, ds.events, null);
    expect(view.timeline.some((i) => i.kind === 'article')).toBe(false);
    expect(view.story).toHaveLength(ds.events.length);
    const dates = view.story.map((i) => i.date);
    expect([...dates].sort()).toEqual(dates);
    expect(view.story.filter((i) => i.kind === 'event' && i.count > 0).map((i) => i.kind === 'event' && i.id).sort()).toEqual([house.id, ruling.id].sort());
  });

  it('adds up a record reported twice and leaves out ids the data no longer has', () => {
    const view = buildPanelView([...found, { id: byName('ByteDance'), layer: 'entities', count: 1 }, { id: 'ent-gone', layer: 'entities', count: 4 }], lookup, ds.events, null);
    const people = view.groups[1]!;
    expect(people.entries.find((e) => e.title === 'ByteDance')!.count).toBe(8);
    expect(people.entries.some((e) => e.id === 'ent-gone')).toBe(false);
    expect(people.count).toBe(20);
  });

  it('shows an empty page as empty groups and an empty timeline', () => {
    const view = buildPanelView([], lookup, ds.events, null);
    expect(view.groups.every((g) => g.count === 0 && g.entries.length === 0)).toBe(true);
    expect(view.timeline).toEqual([]);
  });
});
