/**
 * Where the annotator's matcher comes from. The bundled dataset's automaton is
 * built at build time and ships packed inside the annotator chunk
 * (virtual:bundled-matcher, made by data/scripts/bundled-matcher.ts), so a page
 * with no packs installed sends no message before painting. With packs
 * installed (storage.local PACKS_KEY > 0), only their terms come by message and
 * are laid over it.
 */
import { browser } from 'wxt/browser';
import packed from 'virtual:bundled-matcher';
import { unpackMatcher, withPackTerms, type Matcher } from '../../data/match/matcher.ts';
import { PACKS_KEY } from '../../data/revision.ts';
import { loadPackTerms } from './background-client.ts';
import { phase, phaseSync } from './measure.ts';

let bundled: Matcher | undefined;

const readPackCount = (): Promise<number> =>
  browser.storage.local.get(PACKS_KEY).then(
    (got) => (typeof got[PACKS_KEY] === 'number' ? (got[PACKS_KEY] as number) : 0),
    () => 0,
  );

/** Started when the chunk loads, so the answer is in by the time the first pass paints. */
let packCount: Promise<number> | undefined = readPackCount();

export async function loadMatcher(): Promise<Matcher> {
  const base = (bundled ??= phaseSync('matcher-unpack', () => unpackMatcher(packed)));
  const count = await (packCount ?? readPackCount());
  packCount = undefined; // a later call (the data changed) reads storage again
  if (count <= 0) return base;
  const packs = await phase('pack-terms', () => loadPackTerms());
  return phaseSync('matcher-merge', () => withPackTerms(base, { ...packs, version: packs.revision }, packs.replaced, packs.revision));
}
