/**
 * Which language a page is written in, among those the story is covered in:
 * from `<html lang>`, checked against the text, and from the text alone when the
 * attribute is missing or wrong (a CMS template that says `en` on every page).
 * Pure: the caller passes the attribute and a sample of the main content.
 */

export const LANGUAGES = ['en', 'zh', 'ja', 'es', 'fr', 'de', 'pt'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Frequent short words that tell the Latin-script languages apart. */
const FUNCTION_WORDS: Record<'en' | 'es' | 'fr' | 'de' | 'pt', readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'for', 'with', 'was', 'on', 'it', 'said', 'by', 'are', 'from', 'has', 'have', 'this', 'which', 'would'],
  es: ['el', 'los', 'las', 'del', 'y', 'con', 'una', 'es', 'al', 'su', 'más', 'pero', 'sus', 'fue', 'según', 'muy', 'también', 'entre', 'hasta', 'desde'],
  fr: ['le', 'les', 'des', 'et', 'du', 'une', 'est', 'dans', 'pour', 'par', 'sur', 'au', 'aux', 'qui', 'pas', 'ce', 'été', 'avec', 'sont', 'selon'],
  de: ['der', 'die', 'das', 'und', 'den', 'von', 'zu', 'mit', 'ist', 'im', 'des', 'ein', 'eine', 'nicht', 'auf', 'für', 'sich', 'dem', 'auch', 'wird'],
  pt: ['os', 'do', 'da', 'dos', 'das', 'em', 'um', 'uma', 'não', 'no', 'na', 'com', 'ao', 'pelo', 'pela', 'foi', 'são', 'mais', 'seu', 'segundo'],
};

/** How much text the guess reads: enough for a few hundred words. */
export const LANGUAGE_SAMPLE_CHARS = 4000;
/** The text overrules the attribute when its best language leads by this factor, on this many hits. */
const TEXT_LEAD = 2;
const MIN_HITS = 8;

interface ScriptCounts {
  han: number;
  kana: number;
  latin: number;
}

function countScripts(text: string): ScriptCounts {
  const c: ScriptCounts = { han: 0, kana: 0, latin: 0 };
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if ((u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || (u >= 0xf900 && u <= 0xfaff)) c.han++;
    else if (u >= 0x3040 && u <= 0x30ff) c.kana++;
    else if ((u >= 65 && u <= 90) || (u >= 97 && u <= 122) || (u >= 0xc0 && u <= 0x24f)) c.latin++;
  }
  return c;
}

/** Function word → the languages whose list has it ("des" and "das" are in two), built once. */
function languagesOf(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(FUNCTION_WORDS)) for (const w of list) map.set(w, [...(map.get(w) ?? []), lang]);
  return map;
}
// Pure, so a bundle that never guesses a language (the gate) drops it.
const LANGUAGES_OF = /* @__PURE__ */ languagesOf();

/** Function-word hits per Latin-script language, best first. */
function latinScores(text: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const lang of LANGUAGES_OF.get(m[0]) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

const primaryTag = (declared: string) => declared.trim().toLowerCase().split(/[-_]/)[0] ?? '';
const isKnown = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

export interface LanguageGuess {
  language: Language | 'other';
  /** Where it came from: the attribute, the text, or both agreeing. */
  from: 'attribute' | 'text' | 'both';
}

/** The page's language from its `lang` attribute and a sample of its main text. */
export function detectLanguage(declared: string, text: string): LanguageGuess {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const tag = primaryTag(declared);
  const s = countScripts(sample);
  // A Han or kana character carries about a word; Latin letters come five or so to a word.
  const cjk = s.han + s.kana > s.latin / 5;
  if (cjk) {
    const guess: Language = s.kana > (s.han + s.kana) * 0.08 ? 'ja' : 'zh';
    // zh and ja share Han: trust an attribute that names one of them unless kana says otherwise.
    if (tag === 'ja' || tag === 'zh') return { language: guess, from: guess === tag ? 'both' : 'text' };
    return { language: guess, from: 'text' };
  }
  const ranked = latinScores(sample);
  const [top, second] = ranked;
  const textGuess = top && top[1] >= MIN_HITS && top[1] >= (second?.[1] ?? 0) * TEXT_LEAD ? (top[0] as Language) : undefined;
  if (isKnown(tag) && tag !== 'zh' && tag !== 'ja') {
    if (!textGuess || textGuess === tag) return { language: tag, from: textGuess ? 'both' : 'attribute' };
    return { language: textGuess, from: 'text' };
  }
  if (textGuess) return { language: textGuess, from: 'text' };
  if (top && top[1] >= 3) return { language: top[0] as Language, from: 'text' };
  return { language: isKnown(tag) ? tag : 'other', from: 'attribute' };
}
