/**
 * Properties of the matcher over generated text (fast-check). The run's seed is
 * printed on failure; add it to tests/fixtures/property-seeds.json to replay it forever.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMatcher, findTerms } from '../../data/match/find-terms.ts';
import { foldString } from '../../data/match/fold.ts';
import type { TermIndex } from '../../data/match/terms.ts';

const recorded: { property: string; seed: number; path?: string }[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/property-seeds.json'), 'utf8'),
).seeds;

/** Runs a property with random seeds, then with every seed once recorded for it. */
function check(name: string, property: fc.IProperty<unknown> | fc.IAsyncProperty<unknown>, runs = 200) {
  fc.assert(property as fc.IProperty<unknown>, { numRuns: runs });
  for (const r of recorded.filter((x) => x.property === name)) fc.assert(property as fc.IProperty<unknown>, { seed: r.seed, path: r.path });
}

const WORDS = ['TikTok', 'ByteDance', 'Shou Zi Chew', 'Oracle', '字节跳动', '170 million', '$14 billion', 'U.S.', 'H.R. 7521', 'a.b', '(x)', 'c++', '[y]', 'q*', 'CFIUS'];
const index = (terms: string[]): TermIndex => ({
  version: 'p',
  terms: terms.map((t, i) => ({ key: foldString(t), id: `ent-${i}`, layer: 'entities' as const })),
  cues: [],
});
const matcher = createMatcher(index(WORDS));
const keys = new Set(WORDS.map((w) => foldString(w)));

/** Text made of dictionary words, filler words, punctuation and odd whitespace. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom('the', 'deal', 'said', 'TikTokers', 'Oracles', 'x', '1', '.', ',', '’s', "'s", '\u00a0', '\u00ad', '\u200b', ' ', '\n', '\u2029'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(' '));

describe('findTerms properties', () => {
  it('every match is a dictionary term after normalisation', () => {
    check('term', fc.property(text, (t) => {
      for (const m of findTerms(t, matcher)) expect(keys.has(foldString(t.slice(m.start, m.end)))).toBe(true);
    }));
  });

  it('gives the same output for the same input', () => {
    check('deterministic', fc.property(text, (t) => {
      expect(findTerms(t, matcher)).toEqual(findTerms(t, matcher));
    }));
  });

  it('does not depend on the order of the dictionary', () => {
    check('order', fc.property(text, fc.shuffledSubarray(WORDS, { minLength: WORDS.length }), (t, shuffled) => {
      const other = createMatcher({ ...index(shuffled), terms: index(shuffled).terms.map((x) => ({ ...x, id: `ent-${WORDS.indexOf(shuffled[Number(x.id.slice(4))]!)}` })) });
      expect(findTerms(t, other)).toEqual(findTerms(t, matcher));
    }));
  });

  it('shifts every match by the length of term-free text put before it', () => {
    const prefix = fc.array(fc.constantFrom('so', 'and', 'then', '42', ',', '—'), { maxLength: 12 }).map((w) => `${w.join(' ')} \n`);
    check('shift', fc.property(prefix, text, (p, t) => {
      const shifted = findTerms(p + t, matcher).map((m) => ({ ...m, start: m.start - p.length, end: m.end - p.length }));
      expect(shifted).toEqual(findTerms(t, matcher));
    }));
  });

  it('never throws on arbitrary Unicode: lone surrogates, NUL, emoji, RTL marks', () => {
    const nasty = fc.array(
      fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\u0000', '\ud800', '\udfff', '👩‍👩‍👧', '\u200f', '\u202e', 'TikTok', '\u0301')),
      { maxLength: 30 },
    ).map((x) => x.join(''));
    check('unicode', fc.property(nasty, (t) => {
      for (const m of findTerms(t, matcher)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(t.length);
        expect(m.start).toBeLessThan(m.end);
      }
    }), 300);
  });

  it('matches regex metacharacters in terms literally', () => {
    expect(findTerms('a.b axb (x) c++ cc [y] q* qqq', matcher).map((m) => m.id)).toEqual(['ent-9', 'ent-10', 'ent-11', 'ent-12', 'ent-13']);
    expect(findTerms('axb x c y qq', matcher)).toEqual([]);
  });

  it('takes time linear in the input, even on text built to stall a naive matcher', () => {
    const adversarial = createMatcher(index(['a'.repeat(60) + 'b', 'a a a a a a a a c']));
    const time = (n: number) => {
      const t = 'a'.repeat(n) + ' ' + 'a '.repeat(n / 2);
      const start = performance.now();
      findTerms(t, adversarial);
      return performance.now() - start;
    };
    time(100_000); // warm up
    // The best of three runs each: a busy machine slows single runs, never the best one by 10×.
    const best = (n: number) => Math.min(time(n), time(n), time(n));
    const small = Math.max(best(100_000), 1);
    const large = best(1_000_000);
    // 10× the text; a quadratic matcher would be ~100× slower.
    expect(large / small).toBeLessThan(30);
  });
});
