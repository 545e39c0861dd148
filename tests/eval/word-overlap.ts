/**
 * Scope quality as word overlap, the way the issue defines it: recall is the share
 * of the expected article's words that Backstory reads, precision the share of
 * Backstory's words that are in the expected article. Words are compared as bags
 * (a word counted as often as it occurs); Han and kana characters are one word each.
 */

/** Lower-cased words of `text`; every CJK character is a word of its own. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu)) out.push(m[0]);
  return out;
}

function bag(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of list) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

export interface Overlap {
  recall: number;
  precision: number;
  expectedWords: number;
  foundWords: number;
}

export function overlap(expected: string, found: string): Overlap {
  const e = words(expected);
  const f = words(found);
  const eb = bag(e);
  const fb = bag(f);
  let shared = 0;
  for (const [w, n] of eb) shared += Math.min(n, fb.get(w) ?? 0);
  return {
    recall: e.length ? shared / e.length : 1,
    precision: f.length ? shared / f.length : 0,
    expectedWords: e.length,
    foundWords: f.length,
  };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
