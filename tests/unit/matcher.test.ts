/**
 * The precompiled matcher (built at build time, packed into the annotator chunk,
 * unpacked in the page) must match exactly what a matcher built cold from the
 * same term index matches, and packs laid over it must match what a cold build
 * of the merged data matches.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../data/dataset/index.ts';
import { findTerms } from '../../data/match/find-terms.ts';
import { BLOCK_BREAK } from '../../data/match/fold.ts';
import { createMatcher, unpackMatcher, withPackTerms, type Matcher, type PackedMatcher } from '../../data/match/matcher.ts';
import { mergePacks } from '../../data/records/pack-merge.ts';
import { allRecords, compilePackTerms, compileTermIndex, recordSpellings } from '../../data/records/term-index.ts';
import { datasetSchema, packSchema } from '../../data/records/schema.ts';
import { bundledMatcherSource, packedBundledMatcher } from '../../data/scripts/bundled-matcher.ts';
import { goodPack, miniBundled } from './pack-fixtures.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const ds = datasetSchema.parse(bundledDataset);
const cold = createMatcher(compileTermIndex(ds));
/** What the annotator chunk carries, through the same JSON text it ships as. */
const shipped = (): PackedMatcher => {
  const source = bundledMatcherSource();
  const literal = source.slice(source.indexOf('JSON.parse(') + 'JSON.parse('.length, source.lastIndexOf(')'));
  return JSON.parse(JSON.parse(literal) as string) as PackedMatcher;
};
const precompiled = unpackMatcher(shipped());

const articles: { id: string; headline: string; paragraphs: string[] }[] = ['articles.json', 'holdout.json'].flatMap(
  (f) => JSON.parse(readFileSync(resolve(FIXTURES, 'real-markup', f), 'utf8')).articles,
);
const articleText = (a: (typeof articles)[number]) => [a.headline, ...a.paragraphs].join(BLOCK_BREAK);
const spans = (text: string, m: Matcher) => findTerms(text, m).map((x) => [x.start, x.end, x.id, x.layer]);

describe('the precompiled bundled matcher', () => {
  it('ships the whole term index', () => {
    expect(precompiled.size).toBe(cold.size);
    expect(precompiled.version).toBe(ds.meta.version);
    expect(shipped()).toEqual(packedBundledMatcher());
  });

  it('finds exactly what the cold-built matcher finds on every real-markup article', () => {
    let total = 0;
    for (const a of articles) {
      const text = articleText(a);
      const found = spans(text, precompiled);
      expect(found, a.id).toEqual(spans(text, cold));
      total += found.length;
    }
    expect(total).toBeGreaterThan(1000);
  });

  it('finds what the matcher found before the hot loop was rewritten (recorded golden output)', () => {
    const golden: Record<string, unknown[]> = JSON.parse(readFileSync(resolve(FIXTURES, 'matcher-golden.json'), 'utf8'));
    for (const a of articles) expect(spans(articleText(a), precompiled), a.id).toEqual(golden[a.id]);
  });

  it('finds exactly what the cold-built matcher finds on generated text', () => {
    const spellings = allRecords(ds).flatMap((r) => recordSpellings(r).map((s) => (typeof s === 'string' ? s : s.text)));
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...spellings) },
      { weight: 3, arbitrary: fc.constantFrom('the', 'said', 'U.S.', 'deal', '.', ',', '’s', 'www.', 'https://x.com/', '@', '#', '1,', '\u00a0', '\u00ad', '\u2029', '\n', 'TIKTOK', 'Tiktoks', 'e\u0301') },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    );
    const text = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '  ', '-')), { maxLength: 60 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));
    fc.assert(fc.property(text, (t) => {
      expect(spans(t, precompiled)).toEqual(spans(t, cold));
    }), { numRuns: 300 });
  });
});

describe('packs laid over the precompiled matcher', () => {
  const bundled = miniBundled();
  const input = goodPack();
  // The pack replaces ent-oracle with a record that only answers to its full name.
  input.entities![1]!.aliases = ['Oracle Corporation'];
  const pack = packSchema.parse(input);
  const { dataset: merged, origin } = mergePacks(bundled, [pack]);
  const packTerms = compilePackTerms(merged, origin, new Set(allRecords(bundled).map((r) => r.id)), 'v+pack');
  const base = unpackMatcher(JSON.parse(JSON.stringify(packedBundledMatcher(compileTermIndex(bundled)))) as PackedMatcher);
  const layered = withPackTerms(base, packTerms, packTerms.replaced, packTerms.version);
  const mergedCold = createMatcher(compileTermIndex(merged));

  it('carries only the packs’ records and names the bundled ones they replace', () => {
    expect(packTerms.replaced).toEqual(['ent-oracle']);
    expect(new Set(packTerms.terms.map((t) => t.id))).toEqual(new Set(['ent-app-stores', 'ent-oracle']));
  });

  it('matches the pack’s spellings and no longer the replaced record’s bundled ones', () => {
    const text = 'Apple runs app stores. Oracle said so; Oracle Corporation agreed, with TikTok and ByteDance.';
    const ids = findTerms(text, layered).map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
    expect(ids).toContain('ent-app-stores:app stores');
    expect(ids).toContain('ent-oracle:Oracle Corporation');
    expect(ids).not.toContain('ent-oracle:Oracle');
    expect(ids).toContain('ent-bytedance:ByteDance');
  });

  it('finds what a cold build of the merged data finds', () => {
    const words = ['app stores', 'App Store', 'Oracle', 'Oracle Corporation', 'TikTok', 'ByteDance', 'servers', 'cloud', 'user data', 'traffic', 'the', '.', ','];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(fc.property(text, (t) => {
      expect(spans(t, layered)).toEqual(spans(t, mergedCold));
    }), { numRuns: 300 });
  });
});
