/**
 * Is this page about TikTok or ByteDance? Two pure steps over strings:
 * `mentionsTopic`, a gate cheap enough for every page, and `detectCoverage`, the
 * decision on the main content once the gate passes. Passing mentions (a share
 * button, a viral dance, one name in a list of chip buyers) are not coverage.
 */

import { charClass, NON_WORD, UNSPACED } from './char-class.ts';

/** Names that must appear for a page to be about the story at all. */
export const CORE_TERMS = ['tiktok', 'bytedance', 'douyin', '字节跳动', '抖音', 'musical.ly'] as const;

/**
 * Words of the story's subject matter: ownership, regulation, courts, business,
 * technology, security, geopolitics, chips. A lifestyle story about a TikTok trend
 * has almost none of them.
 */
export const TOPIC_CUES = [
  'ban', 'banned', 'divest', 'divestiture', 'divestment', 'sale', 'sell', 'buyer', 'deal', 'ownership', 'owner', 'owned',
  'parent company', 'acquisition', 'joint venture', 'investors', 'stake', 'valuation', 'revenue', 'e-commerce', 'ecommerce',
  'merchants', 'advertising', 'congress', 'senate', 'lawmakers', 'legislation', 'law', 'supreme court', 'court', 'judge',
  'executive order', 'white house', 'administration', 'national security', 'security', 'data', 'privacy', 'algorithm',
  'algorithms', 'recommendation', 'export', 'export controls', 'regulators', 'regulatory', 'regulation', 'ministry',
  'beijing', 'washington', 'china', 'chinese', 'oracle', 'cfius', 'commerce department', 'chips', 'nvidia', 'gpus',
  'semiconductor', 'artificial intelligence', 'ai', 'trump', 'biden', 'xi jinping', 'tariffs', 'geopolitical',
] as const;

/** How many characters of the page's opening text the gate reads, at most. */
export const GATE_CHARS = 6_000;
/** The coverage decision reads this much of the main content: a story shows what it is about early. */
export const DETECT_CHARS = 60_000;

/** True when any core term occurs in any of the texts (case-insensitive). */
export function mentionsTopic(texts: readonly string[]): boolean {
  for (const t of texts) {
    const lower = t.slice(0, GATE_CHARS).toLowerCase();
    for (const term of CORE_TERMS) if (lower.includes(term)) return true;
  }
  return false;
}

const isLetter = (text: string, at: number) => at >= 0 && at < text.length && charClass(text.charCodeAt(at)) !== NON_WORD;

/** Whole-word occurrences of `word` in lower-cased `text`. */
export function countWord(text: string, word: string, limit = Infinity): number {
  let count = 0;
  const unspaced = charClass(word.charCodeAt(0)) === UNSPACED;
  for (let at = text.indexOf(word); at >= 0 && count < limit; at = text.indexOf(word, at + word.length)) {
    if (unspaced || (!isLetter(text, at - 1) && !isLetter(text, at + word.length))) count++;
  }
  return count;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2029;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(1, words);
}

export interface PageSignals {
  title: string;
  /** The main content's headline (h1), when it has one. */
  headline: string;
  /** Text of the main content only, chrome excluded. */
  mainText: string;
}

export interface CoverageDecision {
  coverage: boolean;
  /** Core-term mentions in the main content. */
  mentions: number;
  /** Distinct subject-matter words in the main content. */
  cues: number;
  inHeadline: boolean;
  reason: string;
}

/** Thresholds, chosen on the seeds, the hard cases and the readability corpus (tests/unit/topic.test.ts). */
export const MIN_MENTIONS = 3;
export const MIN_MENTIONS_WITH_HEADLINE = 2;
export const MIN_CUES = 5;
/** Above this many words, mentions must also be this dense (per 1,000 words). */
export const LONG_ARTICLE_WORDS = 1500;
export const MIN_DENSITY = 1.5;

export function detectCoverage(s: PageSignals): CoverageDecision {
  const text = s.mainText.slice(0, DETECT_CHARS).toLowerCase();
  let mentions = 0;
  for (const term of CORE_TERMS) mentions += countWord(text, term);
  const heading = `${s.title}\n${s.headline}`.toLowerCase();
  const inHeadline = CORE_TERMS.some((t) => countWord(heading, t, 1) > 0);
  let cues = 0;
  for (const cue of TOPIC_CUES) if (countWord(text, cue, 1) > 0) cues++;
  const words = countWords(text);
  const density = (mentions * 1000) / words;
  const needed = inHeadline ? MIN_MENTIONS_WITH_HEADLINE : MIN_MENTIONS;
  let reason: string;
  if (mentions < needed) reason = `mentioned ${mentions}× in the main content (needs ${needed})`;
  else if (cues < MIN_CUES) reason = `only ${cues} subject-matter words (needs ${MIN_CUES}): a passing mention`;
  else if (words > LONG_ARTICLE_WORDS && density < MIN_DENSITY && !inHeadline) reason = `mentions too sparse (${density.toFixed(2)} per 1,000 words)`;
  else return { coverage: true, mentions, cues, inHeadline, reason: `${mentions} mentions, ${cues} subject-matter words` };
  return { coverage: false, mentions, cues, inHeadline, reason };
}
