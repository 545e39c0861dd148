/**
 * The matcher: every dictionary term in a text, as whole words, after folding.
 * Literal (a trie over folded code units, never a RegExp from data), linear in
 * the text for a fixed dictionary, pure. Overlaps within a layer resolve
 * longest first, then earliest; layers overlap freely (a name inside a claim).
 */
import { charClass, isDigit, NON_WORD, UNSPACED, WORD } from './char-class.ts';
import { foldCode, foldText, FOLDED_BREAK } from './fold.ts';
import { LAYERS, type Layer } from '../layers.ts';
import type { Trie } from './automaton.ts';
import type { Matcher } from './matcher.ts';

export { createMatcher, type Matcher } from './matcher.ts';

/** How far (folded characters, either side) a context word may be from its term. */
export const CONTEXT_WINDOW = 160;
/** How close together the cue words of a paraphrased claim must be. */
export const CUE_WINDOW = 220;

export interface Match {
  /** Offsets into the raw text given to findTerms (plus its `offset`). */
  start: number;
  end: number;
  id: string;
  layer: Layer;
}

interface Candidate {
  start: number; // folded offsets
  end: number;
  id: string;
  layer: number;
}

interface CueHit {
  start: number;
  end: number;
  group: number;
}

/** Characters that glue a word into a URL, handle or file name ("tiktok.com", "@bytedance", "/oracle/"). */
const isGlue = (c: number) => c === 47 || c === 64 || c === 95 || c === 35;

/** True when a folded span [s, e) stands as whole words, not inside a longer word, number or URL. */
function wholeWord(codes: Uint16Array, n: number, s: number, e: number): boolean {
  const first = codes[s]!;
  const last = codes[e - 1]!;
  if (s > 0 && charClass(first) === WORD) {
    const before = codes[s - 1]!;
    if (isGlue(before)) return false;
    if (before === 46 && s > 1 && charClass(codes[s - 2]!) === WORD) return false; // www.tiktok
    if (charClass(before) !== NON_WORD && charClass(before) !== UNSPACED) return false;
    // "1,170 million" must not yield "170 million".
    if (isDigit(first) && (before === 44 || before === 46) && s > 1 && isDigit(codes[s - 2]!)) return false;
  }
  if (e < n && charClass(last) === WORD) {
    const after = codes[e]!;
    if (after !== 35 && isGlue(after)) return false; // "tiktok#" is a hashtag's end, not a handle
    if (after === 46 && e + 1 < n && charClass(codes[e + 1]!) === WORD) return false; // tiktok.com
    if (charClass(after) !== NON_WORD && charClass(after) !== UNSPACED) return false;
    if (isDigit(last) && (after === 44 || after === 46) && e + 1 < n && isDigit(codes[e + 1]!)) return false;
  }
  return true;
}

/** How far back a match looks for the start of a URL it might sit in. */
const URL_LOOKBACK = 300;

/** True when the whitespace-delimited token holding position `s` is a web address ("https://…", "www.…"). */
function insideUrl(codes: Uint16Array, s: number): boolean {
  let k = s;
  while (k > 0 && s - k < URL_LOOKBACK && codes[k - 1] !== 32 && codes[k - 1] !== FOLDED_BREAK) k--;
  for (let i = k; i + 2 < s; i++) {
    if (codes[i] === 58 && codes[i + 1] === 47 && codes[i + 2] === 47) return true; // "://"
  }
  return codes[k] === 119 && codes[k + 1] === 119 && codes[k + 2] === 119 && codes[k + 3] === 46; // "www."
}

function exactCaseMatches(raw: string, map: Int32Array, s: number, exact: string): boolean {
  for (let k = 0; k < exact.length; k++) {
    if (foldCode(raw.charCodeAt(map[s + k]!), true) !== exact.charCodeAt(k)) return false;
  }
  return true;
}

function contextNear(codes: Uint16Array, n: number, s: number, e: number, words: string[]): boolean {
  let from = s;
  while (from > 0 && s - from < CONTEXT_WINDOW && codes[from - 1] !== FOLDED_BREAK) from--;
  let to = e;
  while (to < n && to - e < CONTEXT_WINDOW && codes[to] !== FOLDED_BREAK) to++;
  let window = '';
  for (let i = from; i < to; i++) window += String.fromCharCode(codes[i]!);
  return words.some((w) => window.includes(w));
}

/** Hits of the trie walk as flat [start, end, payload list] triples; reused by every call (one thread). */
let hits: Int32Array = new Int32Array(3 * 1024);

function growHits(): Int32Array {
  const next = new Int32Array(hits.length * 2);
  next.set(hits);
  return (hits = next);
}

/** Word class of the ASCII code units, so the hot loop needs no call for them. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (charClass(c) === WORD ? 1 : 0));

/**
 * The hot loop: walks `trie` from every word start and records each whole-word
 * end in `hits`. Small, integer-only and monomorphic, so the engine's tiers
 * compile it early (see BENCHMARKS.md, "fastest cold scan"). Returns how many
 * ints of `hits` it filled.
 */
function walk(codes: Uint16Array, n: number, trie: Trie): number {
  const { root, code, first, terminal } = trie;
  let buf = hits;
  let count = 0;
  let prevWord = false;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    const isWord = c < 128 ? ASCII_WORD[c] === 1 : charClass(c) === WORD;
    // A term can only begin where a word begins: skip the inside of words early.
    const inside = isWord && prevWord;
    prevWord = isWord;
    if (inside) continue;
    let node = root[c]!;
    if (node === 0) continue;
    let j = i + 1;
    for (;;) {
      const t = terminal[node]!;
      if (t >= 0 && wholeWord(codes, n, i, j)) {
        if (count + 3 > buf.length) buf = growHits();
        buf[count] = i;
        buf[count + 1] = j;
        buf[count + 2] = t;
        count += 3;
      }
      if (j >= n) break;
      const want = codes[j]!;
      let k = first[node]!;
      const end = first[node + 1]!;
      while (k < end && code[k] !== want) k++;
      if (k === end) break;
      node = k;
      j++;
    }
  }
  return count;
}

/**
 * Turns one trie's hits into candidates: per start, outside URLs, the longest
 * spelling per layer whose case and context rules hold; cue words go to `cueHits`.
 */
function collect(text: string, map: Int32Array, codes: Uint16Array, n: number, trie: Trie, count: number, candidates: Candidate[], cueHits: number[][]) {
  const buf = hits;
  const { payloads } = trie;
  let h = 0;
  while (h < count) {
    const s = buf[h]!;
    let g = h;
    while (g < count && buf[g] === s) g += 3;
    if (!insideUrl(codes, s)) {
      const bestByLayer: (Candidate | undefined)[] = [undefined, undefined, undefined, undefined];
      for (let k = h; k < g; k += 3) {
        const e = buf[k + 1]!;
        for (const p of payloads[buf[k + 2]!]!) {
          if (p.cue >= 0) {
            (cueHits[p.cue] ??= []).push(s, e);
            continue;
          }
          if (bestByLayer[p.layer]?.end === e) continue; // an earlier payload won this spelling
          if (p.exact !== undefined && !exactCaseMatches(text, map, s, p.exact)) continue;
          if (p.context && !contextNear(codes, n, s, e, p.context)) continue;
          bestByLayer[p.layer] = { start: s, end: e, id: p.id, layer: p.layer };
        }
      }
      for (const cand of bestByLayer) if (cand) candidates.push(cand);
    }
    h = g;
  }
}

/**
 * Finds every term of `matcher` in `text`. `offset` is added to every returned
 * position, so a caller can match a long text in slices (cut at block breaks).
 */
export function findTerms(text: string, matcher: Matcher, offset = 0): Match[] {
  const { codes, length: n, map } = foldText(text);
  const candidates: Candidate[] = [];
  /** Per cue word, its occurrences as flat [start, end, start, end, …]. */
  const cueHits: number[][] = [];
  for (const trie of matcher.tries) collect(text, map, codes, n, trie, walk(codes, n, trie), candidates, cueHits);
  if (cueHits.length > 0) candidates.push(...paraphrases(cueHits, matcher, codes));
  return resolve(candidates, n).map((cand) => toRaw(cand, text, map, offset));
}

/**
 * A paraphrased claim or event: one cue from every group inside CUE_WINDOW,
 * within one sentence. Of overlapping windows the tightest wins.
 */
function paraphrases(wordHits: number[][], matcher: Matcher, codes: Uint16Array): Candidate[] {
  const out: Candidate[] = [];
  for (const record of matcher.cueRecords) {
    // Cheap exit: some group has no hit at all in this text.
    if (!record.groups.every((words) => words.some((w) => wordHits[w]))) continue;
    const own: CueHit[] = [];
    record.groups.forEach((words, group) => {
      for (const w of words) {
        const flat = wordHits[w];
        if (flat) for (let k = 0; k < flat.length; k += 2) own.push({ start: flat[k]!, end: flat[k + 1]!, group });
      }
    });
    own.sort((a, b) => a.start - b.start || a.end - b.end);
    const groups = record.groups.length;
    // Two pointers: for each left hit, the first right hit at which every group is covered.
    const counts = new Int32Array(groups);
    let covered = 0;
    let right = 0;
    let end = 0;
    const windows: Candidate[] = [];
    for (let left = 0; left < own.length; left++) {
      while (covered < groups && right < own.length && own[right]!.end - own[left]!.start <= CUE_WINDOW) {
        const g = own[right]!.group;
        if (counts[g]! === 0) covered++;
        counts[g] = counts[g]! + 1;
        end = Math.max(end, own[right]!.end);
        right++;
      }
      if (covered === groups && !crossesSentence(codes, own[left]!.start, end)) {
        windows.push({ start: own[left]!.start, end, id: record.id, layer: record.layer });
      }
      const g = own[left]!.group;
      counts[g] = counts[g]! - 1;
      if (counts[g] === 0) covered--;
      if (right <= left + 1) {
        // The window is empty again: restart the right edge after this hit.
        right = left + 1;
        end = 0;
        counts.fill(0);
        covered = 0;
      } else {
        end = 0;
        for (let k = left + 1; k < right; k++) end = Math.max(end, own[k]!.end);
      }
    }
    windows.sort((x, y) => x.end - x.start - (y.end - y.start) || x.start - y.start);
    const kept: Candidate[] = [];
    for (const w of windows) if (!kept.some((k) => w.start < k.end && k.start < w.end)) kept.push(w);
    out.push(...kept);
  }
  return out;
}

/** A block break, or ". " after a word of two letters or more ("U.S. " is not an end). */
function crossesSentence(codes: Uint16Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = codes[k]!;
    if (c === FOLDED_BREAK) return true;
    if ((c === 46 || c === 33 || c === 63) && codes[k + 1] === 32 && k >= 2 &&
        charClass(codes[k - 1]!) === WORD && charClass(codes[k - 2]!) === WORD) return true;
  }
  return false;
}

/** Longest first, then earliest; a candidate overlapping an accepted one of its layer is dropped. */
function resolve(candidates: Candidate[], n: number): Candidate[] {
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.layer - b.layer || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = LAYERS.map(() => new Uint8Array(n));
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    const claimed = taken[c.layer]!;
    let free = true;
    for (let k = c.start; k < c.end; k++) if (claimed[k]) { free = false; break; }
    if (!free) continue;
    claimed.fill(1, c.start, c.end);
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start || a.layer - b.layer);
}

function toRaw(c: Candidate, text: string, map: Int32Array, offset: number): Match {
  let end = map[c.end - 1]! + 1;
  // Keep a trailing combining mark or a surrogate's second half with its character.
  while (end < text.length) {
    const next = text.charCodeAt(end);
    if ((next >= 0x0300 && next <= 0x036f) || (next >= 0xdc00 && next <= 0xdfff)) end++;
    else break;
  }
  return { start: map[c.start]! + offset, end: end + offset, id: c.id, layer: LAYERS[c.layer]! };
}
