import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimReviewsToPack, findClaimReviews, normaliseRating, RATING_VERDICTS, verdictForRating } from '../../data/records/claim-review.ts';
import { checkImport } from '../../data/records/pack-import.ts';
import { VERDICTS } from '../../data/records/schema.ts';
import { miniBundled } from './pack-fixtures.ts';

const review = (over: Record<string, unknown> = {}) => ({
  '@type': 'ClaimReview',
  url: 'https://www.politifact.example/factchecks/2026/tiktok/',
  datePublished: '2026-02-10T09:00:00-05:00',
  author: { '@type': 'Organization', name: 'PolitiFact' },
  claimReviewed: 'TikTok was sold to the Chinese government',
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A viral post' } },
  reviewRating: { '@type': 'Rating', alternateName: 'Pants on Fire!' },
  ...over,
});
const convert = (raw: unknown) => claimReviewsToPack(raw, { fileName: 'checks.jsonld', today: '2026-12-02' });
const check = (raw: unknown) => checkImport({ text: JSON.stringify(raw), fileName: 'checks.json', bundled: miniBundled(), installed: [], today: '2026-12-02' }).check;

describe('the ClaimReview rating table', () => {
  it.each([
    ['True', 'supported'], ['Mostly True', 'partly-supported'], ['Half-True', 'partly-supported'], ['Mixture', 'partly-supported'],
    ['Misleading', 'partly-supported'], ['Missing context', 'partly-supported'], ['Unproven', 'not-supported'], ['No evidence', 'not-supported'],
    ['False', 'contradicted'], ['FALSE.', 'contradicted'], ['Pants on Fire!', 'contradicted'], ['“Incorrect”', 'contradicted'], ['Outdated', 'outdated'],
  ])('maps "%s" to %s', (rating, verdict) => {
    expect(verdictForRating(rating)).toBe(verdict);
  });

  it.each(['Mostly False', 'Four Pinocchios', 'Faux', 'Satire', 'Too early to say', 'constructor', '__proto__'])('does not guess at "%s"', (rating) => {
    expect(verdictForRating(rating)).toBeUndefined();
  });

  it('maps only onto the five verdicts, from normalised keys', () => {
    for (const [key, verdict] of Object.entries(RATING_VERDICTS)) {
      expect(VERDICTS).toContain(verdict);
      expect(normaliseRating(key)).toBe(key);
    }
  });
});

describe('claimReviewsToPack', () => {
  it('turns a review into a claim whose source is the review: its URL, publisher and date', () => {
    const out = convert(review());
    if (!out.ok) throw new Error(JSON.stringify(out.problems));
    const { claims, sources, pack } = out.value.pack;
    expect(claims).toEqual([
      expect.objectContaining({
        statement: 'TikTok was sold to the Chinese government',
        verdict: 'contradicted',
        rating: 'Pants on Fire!',
        aliases: ['TikTok was sold to the Chinese government'],
        evidence: ['PolitiFact (2026-02-10) rated it “Pants on Fire!”; the claim was made by A viral post.'],
      }),
    ]);
    expect(sources).toEqual([
      expect.objectContaining({ url: 'https://www.politifact.example/factchecks/2026/tiktok/', publisher: 'PolitiFact', published: '2026-02-10', kind: 'analysis' }),
    ]);
    expect(claims![0]!.sources).toEqual([sources![0]!.id]);
    expect(pack).toEqual({ id: 'claimreview-checks', title: 'Fact checks from checks', publisher: 'PolitiFact', version: '2026.02.10', created: '2026-12-02' });
  });

  it('keeps an unmapped rating as written, with no verdict', () => {
    const out = convert(review({ reviewRating: { alternateName: 'Four Pinocchios' } }));
    expect(out.ok && out.value.pack.claims![0]).toMatchObject({ rating: 'Four Pinocchios' });
    expect(out.ok && out.value.pack.claims![0]!.verdict).toBeUndefined();
  });

  it('finds reviews in a list, an @graph and an ItemList, and ignores other JSON-LD nodes', () => {
    expect(findClaimReviews([review(), review()])).toHaveLength(2);
    expect(findClaimReviews({ '@graph': [{ '@type': 'WebPage' }, review()] })).toHaveLength(1);
    expect(findClaimReviews({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: review() }] })).toHaveLength(1);
  });

  it('joins reviews of the same wording into one claim, with a verdict only if they agree', () => {
    const a = review();
    const b = review({ url: 'https://factcheck.example/b', author: 'FactCheck.example', reviewRating: { alternateName: 'Mostly False' } });
    const out = convert([a, b]);
    if (!out.ok) throw new Error('expected ok');
    const claim = out.value.pack.claims![0]!;
    expect(out.value.pack.claims).toHaveLength(1);
    expect(claim.verdict).toBeUndefined();
    expect(claim.rating).toBe('PolitiFact: Pants on Fire!; FactCheck.example: Mostly False');
    expect(claim.sources).toHaveLength(2);
  });

  it('reports missing or unsafe fields at the path in the file', () => {
    const out = convert({ '@graph': [review({ url: 'javascript:alert(1)', claimReviewed: '', reviewRating: {}, author: {} })] });
    expect(out.ok ? [] : out.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      '@graph[0].claimReviewed: is required: the claim as the fact-checker quotes it',
      '@graph[0].reviewRating.alternateName: is required: the textual rating, such as "False"',
      '@graph[0].author: is required: the fact-checker (a name, or an Organization with a name)',
      '@graph[0].url: must be an absolute http(s) URL',
    ]);
  });

  it('passes through the same validation and preview as any pack', () => {
    const ok = check([review(), review({ url: 'https://factcheck.example/2', claimReviewed: 'ByteDance keeps 19.9%', reviewRating: { alternateName: 'True' } })]);
    expect(ok.valid && ok.kind).toBe('claimreview');
    expect(ok.valid && ok.changes.added.map((c) => c.type).sort()).toEqual(['claim', 'claim', 'source', 'source']);
    const clash = check(review({ claimReviewed: 'ByteDance' }));
    expect(clash.valid ? [] : clash.problems.map((p) => p.path)).toEqual(['(file)']);
    expect(clash.valid ? '' : clash.problems[0]!.message).toMatch(/"bytedance" is also a spelling of ent-bytedance/);
  });

  it('imports the fixture file the end-to-end test uses', () => {
    const raw = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/packs/claimreview.jsonld'), 'utf8'));
    const out = check(raw);
    expect(out.valid && out.changes.added).toHaveLength(4);
  });
});
