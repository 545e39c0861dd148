/** Time-aware cards: a card opened on an article is read against that article's day, over the bundled dataset. */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { buildCardData } from '../../data/records/card-data.ts';
import { followersIndex } from '../../data/records/links.ts';
import { datasetSchema, type AnyRecord } from '../../data/records/schema.ts';
import { allRecords } from '../../data/records/term-index.ts';

const ds = datasetSchema.parse(bundledDataset);
const byId = new Map<string, AnyRecord>(allRecords(ds).map((r) => [r.id, r]));
const sources = new Map(ds.sources.map((s) => [s.id, s]));
const followers = followersIndex(ds);
const card = (id: string, published?: string | null) =>
  buildCardData(byId.get(id)!, { record: (r) => byId.get(r), source: (s) => sources.get(s), followersOf: (r) => followers[r] ?? [], meta: ds.meta }, published);
const titles = (links: { id: string }[]) => links.map((l) => l.id);

describe('a card read against the article it is opened on', () => {
  it('splits ByteDance’s dates around a 13 March 2024 article: the House vote before it, the ruling and the joint venture since, newest first', () => {
    const t = card('ent-bytedance', '2024-03-13').time!;
    expect(t.publishedLabel).toBe('13 Mar 2024');
    expect(titles(t.before)).toContain('evt-2024-03-13-house-passes-hr-7521'); // the article's own day is not "since"
    expect(titles(t.since)).toEqual(expect.arrayContaining(['evt-2025-01-17-supreme-court-upholds-law', 'evt-2025-12-18-joint-venture-agreements-signed', 'evt-2024-04-24-pafaca-signed']));
    expect(titles(t.since)).not.toContain('evt-2024-03-13-house-passes-hr-7521');
    const days = t.since.map((l) => byId.get(l.id) as Extract<AnyRecord, { type: 'event' }>).map((e) => e.date);
    expect(days).toEqual([...days].sort().reverse());
    // A year-only event of 2024 neither precedes nor follows a March 2024 article: it is "around" it, not guessed.
    expect(titles(t.around)).toContain('evt-2024-bytedance-among-top-hopper-buyers');
  });

  it('puts everything before a 2026 article that the dataset has before it, and nothing since that is not', () => {
    const t = card('ent-bytedance', '2026-12-01').time!;
    expect(t.since).toEqual([]);
    expect(t.before.length).toBeGreaterThan(20);
  });

  it('says nothing about before or since when the page gives no date, and adds nothing off a page', () => {
    const unknown = card('ent-bytedance', null).time!;
    expect(unknown.published).toBeNull();
    expect([unknown.before, unknown.around, unknown.since]).toEqual([[], [], []]);
    expect(card('ent-bytedance').time).toBeUndefined();
  });

  it('shows a figure’s value then and now: 170 million in March 2024, over 200 million by January 2026', () => {
    const t = card('fig-tiktok-us-users-170-million', '2024-03-20').time!;
    expect(t.thenNow?.then).toBe('170 million (13 Mar 2024)');
    expect(t.thenNow?.now).toMatch(/^over 200 million \(Jan 2026/);
    expect(card('fig-tiktok-us-users-170-million', '2026-06-01').time!.thenNow).toBeUndefined(); // nothing newer than the article
  });
});

describe('the first view of a time-aware card', () => {
  it('counts the developments since the article and lists the newest of them first', async () => {
    const { cardBrief, CARD_BRIEF_MAX_WORDS, countWords, noteWords } = await import('../../data/records/card-brief.ts');
    const c = card('ent-bytedance', '2024-03-13');
    const brief = cardBrief(c);
    expect(brief.timeLine).toBe(`${c.time!.since.length} developments since 13 Mar 2024`);
    expect(brief.dates.map((d) => d.id)).toEqual(c.time!.since.slice(0, 3).map((d) => d.id));
    expect(cardBrief(card('ent-bytedance', null)).timeLine).toBe('Publish date unknown');
    expect(cardBrief(card('ent-bytedance')).timeLine).toBeUndefined();
    // Every record, opened on an article of March 2024, still fits the first view's budget.
    for (const id of byId.keys()) {
      const b = cardBrief(card(id, '2024-03-13'));
      const x = card(id, '2024-03-13');
      const words = countWords(x.kicker) + countWords(x.title) + countWords(x.verdict?.label ?? '') + countWords(b.lead) + countWords(b.role ?? '')
        + countWords(b.timeLine ?? '') + countWords(b.sourceLine) + b.dates.reduce((n, d) => n + countWords(d.label) + countWords(d.date ?? ''), 0)
        + noteWords(b.notes); // "Then (Mar 2024): …; Now: …" and "Outdated since …" show in the first view too
      expect(words, id).toBeLessThanOrEqual(CARD_BRIEF_MAX_WORDS);
    }
  });
});

describe('claims a later event overturned, and roles then and now, over the bundled dataset', () => {
  it('marks the deadline claim outdated since the 20 Jan 2025 pause on a 13 March 2024 article, and not on a later one or an undated one', () => {
    expect(card('clm-tiktok-banned-unless-sold-by-deadline', '2024-03-13').time!.outdated).toMatchObject({ event: 'evt-2025-01-20-executive-order-14166', date: '2025-01-20', precision: 'day' });
    expect(card('clm-tiktok-banned-unless-sold-by-deadline', '2025-06-01').time!.outdated).toBeUndefined();
    expect(card('clm-tiktok-banned-unless-sold-by-deadline', '2025-01-20').time!.outdated).toBeUndefined(); // the event's own day
    expect(card('clm-tiktok-banned-unless-sold-by-deadline', null).time!.outdated).toBeUndefined();
  });

  it('gives ByteDance’s role on a 13 March 2024 article and since the joint venture, and nothing on an undated one', () => {
    const roles = card('ent-bytedance', '2024-03-13').time!.roles!;
    expect(roles.then.text).toMatch(/^Owner of TikTok/);
    expect(roles.now.text).toMatch(/19\.9%/);
    expect(card('ent-bytedance', '2026-03-01').time!.roles).toBeUndefined();
    expect(card('ent-bytedance', null).time!.roles).toBeUndefined();
  });

  it('names, for every overturned claim, an event the card can load, and gives at least five entities dated roles', () => {
    const overturned = ds.claims.filter((c) => c.outdatedBy);
    expect(overturned.length).toBeGreaterThanOrEqual(4);
    for (const c of overturned) expect(byId.get(c.outdatedBy!.event)?.type, c.id).toBe('event');
    expect(ds.entities.filter((e) => e.roles.length > 0).length).toBeGreaterThanOrEqual(5);
  });
});

describe('the time notes in the first view', () => {
  it('cut ByteDance’s role now short, with one ellipsis and no full stop after it, and give it whole for More', async () => {
    const { cardBrief, timeNotes } = await import('../../data/records/card-brief.ts');
    const c = card('ent-bytedance', '2024-03-13');
    const cut = cardBrief(c).notes!.roles!.now;
    const whole = timeNotes(c)!.roles!.now;
    expect(cut).toMatch(/^Now: Holds 19\.9% of TikTok USDS Joint Venture LLC…$/);
    expect(whole.length).toBeGreaterThan(cut.length);
    expect(whole).toMatch(/\.$/);
    expect(cardBrief(c).hasMore).toBe(true);
  });
});
