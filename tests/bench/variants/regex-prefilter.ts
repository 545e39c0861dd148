/**
 * Variant (b) of the cold scan, measured and not kept: the regex engine over
 * the folded text as a prefilter. One alternation of every folded spelling
 * (escaped, longest first) runs over the folded string; only its hit positions
 * would then need exact verification by the trie (word boundaries, context,
 * case). What is timed here is the prefilter alone — fold, string, regex — so
 * it is a lower bound on the variant: if it is already slower than the whole
 * product scan, verification cannot make it win.
 */
import { foldText } from '../../../data/match/fold.ts';
import type { TermIndex } from '../../../data/match/terms.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildPrefilter(index: TermIndex): RegExp {
  const keys = [...new Set([...index.terms.map((t) => t.key), ...index.cues.flatMap((c) => c.groups.flat())])];
  keys.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(keys.map(escape).join('|'), 'g');
}

/** Candidate starts in `text` (folded offsets), as the verification step would get them. */
export function prefilterStarts(text: string, re: RegExp): number {
  const { codes, length } = foldText(text);
  let folded = '';
  for (let i = 0; i < length; i += 8192) folded += String.fromCharCode(...codes.subarray(i, Math.min(length, i + 8192)));
  re.lastIndex = 0;
  let hits = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) hits++;
  return hits;
}
