/**
 * The matcher in Node, outside any browser: startup (cold in a fresh process,
 * warm in this one) and throughput over ~10 MB of text.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledDataset } from '../../data/dataset/index.ts';
import { createMatcher, findTerms } from '../../data/match/find-terms.ts';
import { BLOCK_BREAK } from '../../data/match/fold.ts';
import { datasetSchema, type Dataset } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';
import { longText } from './generate.ts';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
};

export function parsedDataset(): Dataset {
  return datasetSchema.parse(bundledDataset);
}

/** Same chunking as the content script's paintMatches (MATCH_CHUNK_CHARS, cut at a block break). */
const MATCH_CHUNK_CHARS = 24_000;

export function matchAll(text: string, matcher: ReturnType<typeof createMatcher>): number {
  let count = 0;
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + MATCH_CHUNK_CHARS);
    if (to < text.length) {
      const cut = text.indexOf(BLOCK_BREAK, to);
      to = cut < 0 ? text.length : cut;
    }
    count += findTerms(text.slice(from, to), matcher, from).length;
    from = to;
  }
  return count;
}

export interface ColdStartup {
  terms: number;
  compileMs: number;
  createMatcherMs: number;
  totalMs: number;
}

/** Run in a fresh vite-node process: the first compile + createMatcher that process ever does. */
export function coldInChild(): ColdStartup {
  const bin = resolve(import.meta.dirname, '../../node_modules/.bin/vite-node');
  const out = execFileSync(bin, [resolve(import.meta.dirname, 'matcher-cold.ts')], {
    cwd: resolve(import.meta.dirname, '../..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const line = out.split('\n').find((l) => l.startsWith('{'));
  if (!line) throw new Error(`matcher-cold.ts printed no result: ${out}`);
  return JSON.parse(line);
}

export function warmStartup(ds: Dataset, reps = 20) {
  const total: number[] = [];
  const create: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    const index = compileTermIndex(ds);
    const t1 = performance.now();
    createMatcher(index);
    const t2 = performance.now();
    total.push(t2 - t0);
    create.push(t2 - t1);
  }
  return { totalMs: median(total), createMatcherMs: median(create), reps };
}

export function throughput(ds: Dataset, targetBytes = 10_000_000, runs = 3) {
  const matcher = createMatcher(compileTermIndex(ds));
  const text = longText(targetBytes, BLOCK_BREAK);
  const bytes = Buffer.byteLength(text);
  matchAll(text.slice(0, 200_000), matcher); // let the JIT see the code once
  const times: number[] = [];
  let matches = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    matches = matchAll(text, matcher);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { bytes, chars: text.length, matches, runsMs: times, medianMs: ms, mbPerSec: bytes / 1e6 / (ms / 1000) };
}
