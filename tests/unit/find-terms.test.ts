import { describe, expect, it } from 'vitest';
import { createMatcher, findTerms } from '../../data/match/find-terms.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';
import { miniDataset } from './fixture-dataset.ts';

const matcher = createMatcher(compileTermIndex(datasetSchema.parse(miniDataset())));
const found = (text: string) => findTerms(text, matcher).map((m) => [text.slice(m.start, m.end), m.id]);

describe('findTerms', () => {
  it('finds a name as a whole word, case-insensitively', () => {
    expect(found('Reports say BYTEDANCE and bytedance agree.')).toEqual([
      ['BYTEDANCE', 'ent-bytedance'],
      ['bytedance', 'ent-bytedance'],
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(found('ByteDancers and TikTokers met.')).toEqual([]);
  });

  it('highlights the name in a possessive, straight or curly', () => {
    expect(found("TikTok's owner, ByteDance’s board")).toEqual([
      ['TikTok', 'ent-tiktok'],
      ['ByteDance', 'ent-bytedance'],
    ]);
  });

  it('reads through NBSP, soft hyphens and zero-width characters', () => {
    const text = 'Shou\u00a0Zi\u00a0Chew met Byte\u00adDance and Tik\u200bTok.';
    expect(found(text)).toEqual([
      ['Shou\u00a0Zi\u00a0Chew', 'ent-chew'],
      ['Byte\u00adDance', 'ent-bytedance'],
      ['Tik\u200bTok', 'ent-tiktok'],
    ]);
  });

  it('matches decomposed accents as their composed form', () => {
    const m = createMatcher({ version: 't', terms: [{ key: 'café', id: 'ent-cafe', layer: 'entities' }], cues: [] });
    const text = 'A cafe\u0301 opened.';
    expect(findTerms(text, m).map((x) => text.slice(x.start, x.end))).toEqual(['cafe\u0301']);
  });

  it('finds Chinese aliases inside unspaced text', () => {
    expect(found('母公司字节跳动表示')).toEqual([['字节跳动', 'ent-bytedance']]);
  });

  it('requires the exact case for names that are also words', () => {
    expect(found('an oracle spoke; Oracle hosts data')).toEqual([['Oracle', 'ent-oracle']]);
  });

  it('takes a bare surname only with its context nearby', () => {
    expect(found('Chew the gum slowly.')).toEqual([]);
    expect(found('TikTok CEO Chew testified.').map((x) => x[1])).toContain('ent-chew');
  });

  it('prefers the longest overlapping term, then the earliest', () => {
    expect(found('The TikTok USDS Joint Venture closed.')).toEqual([['TikTok USDS Joint Venture', 'ent-jv']]);
  });

  it('recognises figures through their number spellings and units', () => {
    expect(found('It has 170 million users; the House voted 352–65; a 19.9% stake.')).toEqual([
      ['170 million', 'fig-users-170m'],
      ['352–65', 'fig-vote'],
      ['19.9%', 'fig-stake'],
    ]);
  });

  it('does not take a figure out of a bigger number', () => {
    expect(found('about 1,170 million people, 119.9% growth, 352–650 votes')).toEqual([]);
  });

  it('tells two figures with the same number apart by their context', () => {
    expect(found('Vance said the venture was valued at $14 billion.')).toEqual([['$14 billion', 'fig-jv-14bn']]);
    expect(found('ByteDance may spend $14bn on Nvidia chips.').map((x) => x[1])).toContain('fig-nvidia-14bn');
    expect(found('A bridge cost $14 billion.')).toEqual([]);
  });

  it('recognises a claim by its wording and by a light paraphrase', () => {
    expect(found('it stores U.S. traffic on servers managed by Oracle.').map((x) => x[1])).toContain('clm-oracle-servers');
    const para = 'The company said its US user data now sits in the Oracle cloud.';
    expect(found(para).map((x) => x[1])).toContain('clm-oracle-servers');
  });

  it('does not assemble a claim from cue words in different sentences', () => {
    expect(found('Oracle rose. Its cloud grew. Rail traffic fell.').map((x) => x[1])).not.toContain('clm-oracle-servers');
  });

  it('recognises an event by its written date', () => {
    expect(found('On January 17, 2025, the court ruled.')).toEqual([['January 17, 2025', 'evt-2025-01-17-ruling']]);
  });

  it('shifts every match by the offset it is given', () => {
    const [m] = findTerms('TikTok', matcher, 100);
    expect(m).toMatchObject({ start: 100, end: 106 });
  });
});

describe('findTerms on web addresses and handles', () => {
  it('leaves names inside URLs, domains and handles alone', () => {
    expect(found('See https://www.tiktok.com/@bytedance and bytedance.com or #TikTok_news')).toEqual([]);
    expect(found('https://finance.example/news/tiktok-owner-bytedance-now-chinas')).toEqual([]);
  });
  it('still finds a name at the end of a sentence', () => {
    expect(found('It is owned by ByteDance. TikTok said so.')).toEqual([
      ['ByteDance', 'ent-bytedance'],
      ['TikTok', 'ent-tiktok'],
    ]);
  });
});
