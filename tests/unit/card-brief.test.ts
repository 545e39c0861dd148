import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { CARD_BRIEF_MAX_WORDS, cardBrief, clipWords, countWords } from '../../data/records/card-brief.ts';
import { allRecords } from '../../data/records/term-index.ts';
import { followersIndex } from '../../data/records/links.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';
import type { CardData } from '../../data/protocol.ts';

const ds = datasetSchema.parse(bundledDataset);
const records: AnyRecord[] = allRecords(ds);
const byId = new Map(records.map((r) => [r.id, r]));
const sources = new Map(ds.sources.map((s) => [s.id, s]));
const followers = followersIndex(ds);
const card = (r: AnyRecord) =>
  buildCardData(r, { record: (id) => byId.get(id), source: (id) => sources.get(id), followersOf: (id) => followers[id] ?? [], meta: ds.meta });

/** Every word the first view shows, as ContextCard lays it out. */
function firstViewWords(c: CardData): number {
  const b = cardBrief(c);
  return [c.kicker, c.title, c.verdict?.label ?? '', b.lead, b.role ?? '', ...b.dates.flatMap((d) => [d.date ?? '', d.label]), b.sourceLine]
    .reduce((n, t) => n + countWords(t), 0);
}

describe('a card’s first view', () => {
  it(`holds at most ${CARD_BRIEF_MAX_WORDS} words for every record in the bundled dataset`, () => {
    const over = records.map((r) => [r.id, firstViewWords(card(r))] as const).filter(([, n]) => n > CARD_BRIEF_MAX_WORDS);
    expect(over).toEqual([]);
    expect(records.length).toBeGreaterThan(200);
  });

  it('keeps three dates of an entity with many, the newest, and says how many sources there are', () => {
    const busiest = records.filter((r) => r.type === 'entity').map(card).sort((a, b) => b.timeline.length - a.timeline.length)[0]!;
    expect(busiest.timeline.length).toBeGreaterThan(10);
    const b = cardBrief(busiest);
    expect(b.dates.map((d) => d.id)).toEqual(busiest.timeline.slice(-3).map((d) => d.id));
    expect(b.sourceLine).toMatch(/^\d+ sources?$/);
    expect(b.hasMore).toBe(true);
  });

  it('still says something of what a record is: its lead is never empty', () => {
    expect(records.filter((r) => cardBrief(card(r)).lead.length === 0).map((r) => r.id)).toEqual([]);
  });
});

describe('clipWords', () => {
  it('ends at the first sentence when it fits, else cuts at a word with an ellipsis', () => {
    expect(clipWords('One two three. Four five six.', 5)).toBe('One two three.');
    expect(clipWords('One two three four five six', 3)).toBe('One two three…');
    expect(clipWords('Short', 3)).toBe('Short');
    expect(clipWords('As its parent it was the target of the orders, and of the law that followed', 12)).toBe('As its parent it was the target of the orders…');
  });
  it('does not count separators as words', () => {
    expect(countWords('Timeline · 19 Sep 2025 – 20 Sep 2025')).toBe(7);
  });
});
