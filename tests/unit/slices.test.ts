/**
 * Matching in slices finds exactly what matching the whole text finds, however
 * the text is cut: inside long blocks, in text without spaces, beside
 * context-bound terms and paraphrased claims.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, findTerms, type Match } from '../../data/match/find-terms.ts';
import { BLOCK_BREAK, foldString } from '../../data/match/fold.ts';
import { findInSlice, MATCH_SLICE_CHARS, matchInSlices, MIN_SLICE_CHARS, SLICE_MARGIN, sliceText } from '../../data/match/slices.ts';
import type { TermIndex } from '../../data/match/terms.ts';

const WORDS = ['TikTok', 'ByteDance', 'Shou Zi Chew', 'Oracle', '字节跳动', '170 million', 'U.S.', 'CFIUS', 'Supreme Court'];
const index: TermIndex = {
  version: 'p',
  terms: [
    ...WORDS.map((t, i) => ({ key: foldString(t), id: `ent-${i}`, layer: 'entities' as const })),
    { key: foldString('Court'), id: 'ent-court', layer: 'entities', context: [foldString('supreme')] },
  ],
  cues: [{ id: 'clm-ban', layer: 'claims', groups: [[foldString('ban')], [foldString('tiktok')]] }],
};
const matcher = createMatcher(index);

const bySlices = (text: string, size: number): Match[] => sliceText(text, size).flatMap((s) => findInSlice(text, s, matcher));

const piece = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom('the', 'ban', 'court', 'said', 'TikTokers', 'x', '.', ',', ' ', '\n', '字', '节'),
  fc.string({ maxLength: 3 }),
);

describe('matching in slices', () => {
  it('finds what one pass over the whole text finds, for any slice size', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 120 }), fc.constantFrom('', ' '), fc.integer({ min: 8, max: 300 }), (parts, sep, size) => {
        const text = parts.join(sep);
        expect(bySlices(text, size)).toEqual(findTerms(text, matcher));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a 2 MB paragraph into bounded slices, and still finds every name in it', () => {
    const sentence = 'Shou Zi Chew told the Supreme Court that TikTok would fight the ban. ';
    const text = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const slices = sliceText(text);
    expect(slices.length).toBeGreaterThan(50);
    for (const s of slices) expect(s.scanTo - s.scanFrom).toBeLessThanOrEqual(24_000 + 256 + 2 * SLICE_MARGIN);
    const found = slices.flatMap((s) => findInSlice(text, s, matcher));
    expect(found).toEqual(findTerms(text, matcher));
  }, 60_000); // 2 MB matched twice: seconds on a busy 2-core machine

  it('cuts text without spaces without splitting a surrogate pair', () => {
    const text = '字节跳动😀'.repeat(20_000);
    for (const s of sliceText(text, 1000)) {
      const c = text.charCodeAt(s.from);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
    expect(bySlices(text, 1000)).toEqual(findTerms(text, matcher));
  });

  it('cuts at a block break when there is one, with no margin', () => {
    const block = 'TikTok and ByteDance. '.repeat(50);
    const text = [block, block, block].join(BLOCK_BREAK);
    const slices = sliceText(text, 2000); // a break always lies within one slice size of the nominal cut
    expect(slices.every((s) => s.scanFrom === s.from && s.scanTo === s.to)).toBe(true);
    expect(slices.slice(1).every((s) => text[s.from] === BLOCK_BREAK)).toBe(true);
  });

  it('yields to the page between slices when the clock says so', async () => {
    const text = 'TikTok. '.repeat(10_000);
    let yields = 0;
    const found: Match[] = [];
    let slices = 0;
    await matchInSlices(text, matcher, { due: () => true, yield: async () => void yields++ }, (m) => (slices++, found.push(...m)));
    expect(yields).toBe(slices);
    expect(found).toEqual(findTerms(text, matcher));
  });

  it('halves its slices while each one alone spends the budget, and finds the same matches', async () => {
    const text = 'TikTok and ByteDance. '.repeat(20_000);
    const sizes: number[] = [];
    let last = 0;
    const found: Match[] = [];
    await matchInSlices(text, matcher, { due: () => true, yield: async () => undefined }, (m) => {
      found.push(...m);
      const end = m.length ? m[m.length - 1]!.end : last;
      sizes.push(end - last);
      last = end;
    });
    expect(found).toEqual(findTerms(text, matcher));
    expect(Math.max(...sizes.slice(-10))).toBeLessThanOrEqual(MIN_SLICE_CHARS + 300);
    expect(sizes[0]).toBeLessThanOrEqual(MIN_SLICE_CHARS + 300); // the first, cold slice is small
  });

  it('starts a new task before a slice the last one says would overrun the budget, and finds the same matches', async () => {
    const text = 'TikTok and ByteDance. '.repeat(20_000);
    // A fake 8 ms budget where every slice costs 3 ms: without looking ahead, the third slice of a task ends at 9 ms.
    let now = 0;
    let taskStart = 0;
    const tasks: number[] = [];
    const clock = {
      due: () => now - taskStart >= 8,
      left: () => 8 - (now - taskStart),
      yield: async () => {
        tasks.push(now - taskStart);
        taskStart = now;
      },
    };
    const found: Match[] = [];
    await matchInSlices(text, matcher, clock, (m) => {
      found.push(...m);
      now += 3;
    });
    expect(found).toEqual(findTerms(text, matcher));
    expect(tasks.length).toBeGreaterThan(10);
    expect(Math.max(...tasks)).toBeLessThanOrEqual(8);
  });

  it('grows its slices to full size when the clock never says the budget is spent', async () => {
    const text = 'TikTok. '.repeat(40_000);
    let slices = 0;
    await matchInSlices(text, matcher, { due: () => false, yield: async () => undefined }, () => slices++);
    // 2k, 4k, 8k, 16k (four of each) then 24k slices: far fewer than at the smallest size.
    expect(slices).toBeLessThan(sliceText(text).length + 16);
    expect(slices).toBeLessThan(text.length / MIN_SLICE_CHARS / 4);
  });
});
