import { describe, expect, it } from 'vitest';
import { createMentionRule, sectionOf } from '../../data/match/mentions.ts';

describe('quiet highlights: first mentions', () => {
  it('marks a record once per section, at its first mention', () => {
    // Sections start at offsets 100 and 200 (two h2s).
    const rule = createMentionRule([100, 200]);
    const marks = [
      ['tiktok', 5], ['tiktok', 40], ['bytedance', 50], // intro
      ['tiktok', 120], ['tiktok', 150], // section 1
      ['bytedance', 210], ['tiktok', 260], ['tiktok', 300], // section 2
    ].map(([id, at]) => rule.isFirst(id as string, at as number));
    expect(marks).toEqual([true, false, true, true, false, true, true, false]);
  });

  it('places offsets in sections, a heading itself opening its section', () => {
    expect([0, 99, 100, 150, 200, 999].map((o) => sectionOf([100, 200], o))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('leaves a record unmarked in a reread paragraph when the page already marks it', () => {
    const rule = createMentionRule([], ['tiktok']);
    expect(rule.isFirst('tiktok', 0)).toBe(false);
    expect(rule.isFirst('oracle', 3)).toBe(true);
  });
});
