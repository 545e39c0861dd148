/**
 * Where the annotator's matcher comes from. Today: the term index, by message
 * from the background, built into a trie in the page (issue 9 replaces this
 * with the precompiled bundled matcher, plus the packs' terms by message).
 */
import { createMatcher, type Matcher } from '../../data/match/find-terms.ts';
import { loadTermIndex } from './background-client.ts';
import { phase, phaseSync } from './measure.ts';

export async function loadMatcher(): Promise<Matcher> {
  const index = await phase('index-load', () => loadTermIndex());
  return phaseSync('matcher-build', () => createMatcher(index));
}
