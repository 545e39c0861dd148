/**
 * Text folding: the one normalisation both the term index (at compile time) and
 * the matcher (at run time) apply, so a term matches however a page spells it.
 *
 * Folding is per UTF-16 code unit with an offset map back to the raw text, so a
 * match in folded text maps to the exact raw characters, and so to DOM ranges.
 * - case folded (ASCII fast path; other letters through toLowerCase, cached)
 * - curly quotes and primes → ' and ", dashes and minus → -
 * - NBSP and every other space → one space; runs of spaces collapse
 * - soft hyphens and zero-width characters inside words are dropped
 * - a combining mark after a letter is composed into it (NFC) when a precomposed form exists
 * - BLOCK_BREAK (U+2029), which the DOM layer puts between blocks, folds to "\n":
 *   no term and no claim cue window crosses it.
 */

/** Separator the page-text collector inserts between block elements. */
export const BLOCK_BREAK = '\u2029';
export const FOLDED_BREAK = 10; // "\n"

const SPACE = 32;
const lowerCache = new Map<number, number>();

/** The folded code for one raw code unit: -1 drops it, SPACE is collapsible space. */
export function foldCode(c: number, keepCase = false): number {
  if (c < 128) {
    if (c >= 65 && c <= 90) return keepCase ? c : c + 32;
    if (c === 9 || c === 10 || c === 12 || c === 13) return SPACE;
    return c;
  }
  switch (c) {
    case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000: case 0x0085:
      return SPACE;
    case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return -1;
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc: case 0xff07:
      return 39;
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0xff02:
      return 34;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63: case 0xff0d:
      return 45;
    case 0x2029:
      return FOLDED_BREAK;
  }
  if (c >= 0x2000 && c <= 0x200a) return SPACE;
  if (keepCase || (c >= 0xd800 && c <= 0xdfff)) return c;
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    const s = String.fromCharCode(c).toLowerCase();
    // Rare one-to-many lowerings (U+0130) keep the original: offsets stay 1:1.
    lower = s.length === 1 ? s.charCodeAt(0) : c;
    lowerCache.set(c, lower);
  }
  return lower;
}

const isCombiningMark = (c: number) => c >= 0x0300 && c <= 0x036f;

export interface FoldedText {
  /** Folded code units; only the first `length` are used. */
  codes: Uint16Array;
  length: number;
  /** For each folded unit, the index of the raw unit it came from. */
  map: Int32Array;
}

/** Folds `raw` into codes plus an offset map. Linear; never throws. */
export function foldText(raw: string, keepCase = false): FoldedText {
  const n = raw.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n);
  let len = 0;
  let prev = FOLDED_BREAK; // leading space is dropped
  for (let i = 0; i < n; i++) {
    const raw_c = raw.charCodeAt(i);
    if (raw_c < 128) {
      // ASCII fast path: most of any English page.
      let c = raw_c;
      if (c >= 65 && c <= 90) {
        if (!keepCase) c += 32;
      } else if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
        if (prev === SPACE || prev === FOLDED_BREAK) continue;
        c = SPACE;
      }
      codes[len] = c;
      map[len] = i;
      len++;
      prev = c;
      continue;
    }
    if (isCombiningMark(raw_c) && len > 0 && prev !== SPACE && prev !== FOLDED_BREAK) {
      const composed = (String.fromCharCode(codes[len - 1]!) + String.fromCharCode(raw_c)).normalize('NFC');
      if (composed.length === 1) {
        codes[len - 1] = foldCode(composed.charCodeAt(0), keepCase);
        prev = codes[len - 1]!;
        continue;
      }
    }
    const c = foldCode(raw_c, keepCase);
    if (c < 0) continue;
    if (c === SPACE && (prev === SPACE || prev === FOLDED_BREAK)) continue;
    if (c === FOLDED_BREAK && prev === SPACE && len > 0) {
      // A space before a break carries no meaning: turn it into the break.
      codes[len - 1] = FOLDED_BREAK;
      map[len - 1] = i;
      prev = c;
      continue;
    }
    if (c === FOLDED_BREAK && prev === FOLDED_BREAK) continue;
    codes[len] = c;
    map[len] = i;
    len++;
    prev = c;
  }
  return { codes, length: len, map };
}

/** Folds a short string (a term, a cue, a context word) to a plain string. */
export function foldString(s: string, keepCase = false): string {
  const { codes, length } = foldText(s.normalize('NFC'), keepCase);
  let end = length;
  while (end > 0 && (codes[end - 1] === SPACE || codes[end - 1] === FOLDED_BREAK)) end--;
  let out = '';
  for (let i = 0; i < end; i++) out += String.fromCharCode(codes[i]!);
  return out;
}
