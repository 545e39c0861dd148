import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { BRIEF_DATES, CARD_BRIEF_MAX_WORDS, cardBrief, clipWords, countWords } from '../../data/records/card-brief.ts';
import type { Translate } from '../../data/i18n.ts';
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

describe('an event card’s first dates in any language', () => {
  const pseudo = { t: ((key: string, ...subs: (string | number)[]) => `⟦${key}⟧${subs.join('|')}`) as Translate, locale: 'de' };
  const localized = (r: AnyRecord) =>
    buildCardData(r, { record: (id) => byId.get(id), source: (id) => sources.get(id), followersOf: (id) => followers[id] ?? [], meta: ds.meta }, undefined, pseudo);
  const busy = records.filter((r) => r.type === 'event').filter((r) => {
    const kinds = card(r).timeline.map((l) => l.kind);
    return kinds.length > BRIEF_DATES && kinds.includes('before') && kinds.includes('after');
  });

  it('keeps what came just before and just after, by the link’s kind, whatever its label says', () => {
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      const english = cardBrief(card(r)).dates;
      const other = cardBrief(localized(r), CARD_BRIEF_MAX_WORDS, pseudo.t, pseudo.locale).dates;
      expect(other.map((d) => d.id), r.id).toEqual(english.map((d) => d.id));
      const timeline = card(r).timeline;
      const lastBefore = timeline.filter((l) => l.kind === 'before').at(-1)!;
      expect(other.map((d) => d.id), r.id).toContain(lastBefore.id);
      expect(other.some((d) => timeline.find((l) => l.id === d.id)?.kind !== 'before'), r.id).toBe(true);
    }
  });

  it('picks the newest of several earlier events and the next ones after, from labels in German', () => {
    const link = (id: string, kind: 'before' | 'after', label: string) => ({ id, kind, label, date: '1. Jan. 2025' });
    const event = { ...card(busy[0]!), timeline: [
      link('evt-b1', 'before', 'Vorher: Das Gesetz'), link('evt-b2', 'before', 'Vorher: Die Klage'), link('evt-b3', 'before', 'Vorher: Das Urteil'),
      link('evt-a1', 'after', 'Danach: Der Verkauf'), link('evt-a2', 'after', 'Danach: Die Frist'),
    ] };
    expect(cardBrief(event, CARD_BRIEF_MAX_WORDS, pseudo.t, 'de').dates.map((d) => d.id)).toEqual(['evt-b3', 'evt-a1', 'evt-a2']);
  });
});
