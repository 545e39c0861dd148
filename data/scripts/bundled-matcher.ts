/**
 * Build time: the bundled dataset's matcher, compiled and packed, as the source
 * of the annotator chunk's `virtual:bundled-matcher` module (wxt.config.ts).
 * The page only unpacks it (data/match/automaton.ts). JSON.parse of one string
 * literal, because engines parse JSON faster than the same object as code.
 *
 * BACKSTORY_MATCHER_INDEX=<file.json> swaps in another term index (the bench's
 * 100× synthetic term set); nothing else should set it.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';
import { bundledDataset } from '../dataset/index.ts';
import { createMatcher, packMatcher, type PackedMatcher } from '../match/matcher.ts';
import type { TermIndex } from '../match/terms.ts';
import { datasetSchema } from '../records/schema.ts';
import { compileTermIndex } from '../records/term-index.ts';

export const BUNDLED_MATCHER_MODULE = 'virtual:bundled-matcher';

export function bundledTermIndex(): TermIndex {
  const override = process.env.BACKSTORY_MATCHER_INDEX;
  if (override) return JSON.parse(readFileSync(override, 'utf8')) as TermIndex;
  return compileTermIndex(datasetSchema.parse(bundledDataset));
}

export function packedBundledMatcher(index: TermIndex = bundledTermIndex()): PackedMatcher {
  return packMatcher(createMatcher(index));
}

/** The module's source: `export default` the packed matcher. */
export function bundledMatcherSource(index?: TermIndex): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(packedBundledMatcher(index)))});\n`;
}

/** esbuild plugin resolving `virtual:bundled-matcher` to the packed matcher. */
export function bundledMatcherPlugin(): Plugin {
  return {
    name: 'bundled-matcher',
    setup(b) {
      b.onResolve({ filter: /^virtual:bundled-matcher$/ }, () => ({ path: BUNDLED_MATCHER_MODULE, namespace: 'bundled-matcher' }));
      b.onLoad({ filter: /.*/, namespace: 'bundled-matcher' }, () => ({ contents: bundledMatcherSource(), loader: 'js' }));
    },
  };
}
