import { describe, expect, it } from 'vitest';
import { buildCardData } from '../../data/records/card-data.ts';
import { isStale, newestDate, STALE_AFTER_DAYS } from '../../data/freshness.ts';
import { claimSchema, type DatasetMeta } from '../../data/records/schema.ts';

describe('is the context out of date?', () => {
  const today = new Date('2026-12-02T12:00:00Z');
  it(`is stale only when the review is more than ${STALE_AFTER_DAYS} days before today`, () => {
    expect(isStale('2026-08-04', today)).toBe(false); // 120 days
    expect(isStale('2026-08-03', today)).toBe(true); // 121 days
    expect(isStale('2026-12-02', today)).toBe(false);
  });
  it('counts a month or a year from its first day', () => {
    expect(isStale('2026-08', today)).toBe(true);
    expect(isStale('2026', today)).toBe(true);
  });
  it('uses the newest of the bundled review and the packs', () => {
    expect(newestDate(['2026-01-23', '2026-11-30', '2026-06'])).toBe('2026-11-30');
  });
});

describe('cards for imported fact checks', () => {
  const meta: DatasetMeta = { version: '2026.12.02', lastReviewed: '2026-12-02', title: 'T', license: 'L' };
  const lookup = { record: () => undefined, source: () => undefined, followersOf: () => [], meta, pack: { id: 'cr', title: 'Checks', publisher: 'PolitiFact', version: '1', created: '2026-12-01' } };
  const claim = (over: object) =>
    ({ type: 'claim' as const, ...claimSchema.parse({ id: 'clm-x', statement: 'S', explanation: 'E', evidence: ['e'], sources: ['src-a'], aliases: ['s'], ...over }) });

  it('shows an unmapped rating as the fact-checker wrote it, saying Backstory did not translate it', () => {
    const card = buildCardData(claim({ rating: 'Four Pinocchios' }), lookup);
    expect(card.verdict).toEqual({ key: 'as-rated', label: 'Four Pinocchios', definition: expect.stringMatching(/does not translate it/) });
    expect(card.pack).toEqual({ title: 'Checks', publisher: 'PolitiFact', version: '1', created: '2026-12-01' });
  });

  it('shows a mapped verdict with the original rating beside it', () => {
    const card = buildCardData(claim({ verdict: 'contradicted', rating: 'Pants on Fire!' }), lookup);
    expect(card.verdict?.label).toBe('Contradicted');
    expect(card.facts).toEqual([{ label: 'Fact-checker’s rating', value: 'Pants on Fire!' }]);
  });
});
