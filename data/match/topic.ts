/**
 * Is this page about TikTok or ByteDance? Two pure steps over strings:
 * `mentionsTopic`, a gate cheap enough for every page, and `detectCoverage`, the
 * decision on the main content once the gate passes. Passing mentions (a share
 * button, a viral dance, one name in a list of chip buyers) are not coverage.
 */

import { charClass, UNSPACED, WORD } from './char-class.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import { CORE_TERMS, cuesFor } from './topic-cues.ts';

export { CORE_TERMS } from './topic-cues.ts';

/** How many characters of the page's opening text the gate reads, at most. */
export const GATE_CHARS = 6_000;
/** The coverage decision reads this much of the main content: a story shows what it is about early. */
export const DETECT_CHARS = 60_000;

/** True when any core term occurs in the first `limit` characters of any of the texts (case-insensitive). */
export function mentionsTopic(texts: readonly string[], limit = GATE_CHARS): boolean {
  for (const t of texts) {
    const lower = (t.length > limit ? t.slice(0, limit) : t).toLowerCase();
    for (const term of CORE_TERMS) if (lower.includes(term)) return true;
  }
  return false;
}

/** A letter of a spaced script: "TikTok" right after 在 or before 上 is still a whole word. */
const isLetter = (text: string, at: number) => at >= 0 && at < text.length && charClass(text.charCodeAt(at)) === WORD;

/** Whole-word occurrences of `word` in lower-cased `text`. */
export function countWord(text: string, word: string, limit = Infinity): number {
  let count = 0;
  const unspaced = charClass(word.charCodeAt(0)) === UNSPACED;
  for (let at = text.indexOf(word); at >= 0 && count < limit; at = text.indexOf(word, at + word.length)) {
    if (unspaced || (!isLetter(text, at - 1) && !isLetter(text, at + word.length))) count++;
  }
  return count;
}

/** Words in `text`; two Han or kana characters count as one word (about what they carry). */
function countWords(text: string): number {
  let words = 0;
  let unspaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && charClass(c) === UNSPACED) {
      unspaced++;
      inWord = false;
      continue;
    }
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x2029;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.max(1, words + Math.round(unspaced / 2));
}

export interface PageSignals {
  title: string;
  /** The main content's headline (h1), when it has one. */
  headline: string;
  /** Text of the main content only, chrome excluded. */
  mainText: string;
  /** The page's `<html lang>`, as written (may be empty or wrong: the text is checked too). */
  lang?: string;
}

export interface CoverageDecision {
  coverage: boolean;
  /** Core-term mentions in the main content. */
  mentions: number;
  /** Distinct subject-matter words in the main content. */
  cues: number;
  inHeadline: boolean;
  /** The language whose subject words were counted, and how it was told. */
  language: LanguageGuess;
  reason: string;
}

/** Thresholds, chosen on the seeds, the hard cases and the readability corpus (tests/unit/topic.test.ts). */
export const MIN_MENTIONS = 3;
export const MIN_MENTIONS_WITH_HEADLINE = 2;
export const MIN_CUES = 5;
/** A page this thick with the story's subject words needs only two mentions (a chip story naming ByteDance twice). */
export const STRONG_CUES = 10;
export const MIN_MENTIONS_STRONG = 2;
/** Above this many words, mentions must also be this dense (per 1,000 words). */
export const LONG_ARTICLE_WORDS = 1500;
export const MIN_DENSITY = 1.5;

export function detectCoverage(s: PageSignals): CoverageDecision {
  const text = s.mainText.slice(0, DETECT_CHARS).toLowerCase();
  const language = detectLanguage(s.lang ?? '', text);
  let mentions = 0;
  for (const term of CORE_TERMS) mentions += countWord(text, term);
  const heading = `${s.title}\n${s.headline}`.toLowerCase();
  const inHeadline = CORE_TERMS.some((t) => countWord(heading, t, 1) > 0);
  let cues = 0;
  for (const cue of cuesFor(language.language)) if (countWord(text, cue, 1) > 0) cues++;
  const words = countWords(text);
  const density = (mentions * 1000) / words;
  const needed = inHeadline ? MIN_MENTIONS_WITH_HEADLINE : cues >= STRONG_CUES ? MIN_MENTIONS_STRONG : MIN_MENTIONS;
  let reason: string;
  if (mentions < needed) reason = `mentioned ${mentions}× in the main content (needs ${needed})`;
  else if (cues < MIN_CUES) reason = `only ${cues} subject-matter words (needs ${MIN_CUES}): a passing mention`;
  else if (words > LONG_ARTICLE_WORDS && density < MIN_DENSITY && !inHeadline) reason = `mentions too sparse (${density.toFixed(2)} per 1,000 words)`;
  else return { coverage: true, mentions, cues, inHeadline, language, reason: `${mentions} mentions, ${cues} subject-matter words (${language.language})` };
  return { coverage: false, mentions, cues, inHeadline, language, reason };
}
