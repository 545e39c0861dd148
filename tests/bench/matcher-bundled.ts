/**
 * npm run bench:matcher — the matcher as the browser runs it: bundled (esbuild), in
 * plain Node, not through vite-node's module transform. Prints, as JSON, the cold
 * first pass of a fresh process and the warm passes after it over ~1 MB and ~10 MB
 * of generated text cut in the content script's 24,000-character chunks.
 *
 * Run directly this file bundles itself and re-runs the bundle in a child process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundledDataset } from '../../data/dataset/index.ts';
import { createMatcher, findTerms } from '../../data/match/find-terms.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';
import { longText } from './generate.ts';

const CHUNK = 24_000;

function pass(text: string, matcher: ReturnType<typeof createMatcher>) {
  const start = performance.now();
  let matches = 0;
  for (let i = 0; i < text.length; i += CHUNK) matches += findTerms(text.slice(i, i + CHUNK), matcher, i).length;
  return { ms: performance.now() - start, matches };
}

function measure() {
  const index = compileTermIndex(datasetSchema.parse(bundledDataset));
  const t0 = performance.now();
  const matcher = createMatcher(index);
  const buildColdMs = performance.now() - t0;
  const oneMb = longText(1_000_000, '\n');
  const tenMb = longText(10_000_000, '\n');
  const cold = pass(oneMb, matcher);
  const warm1 = [1, 2, 3].map(() => pass(oneMb, matcher).ms).sort((a, b) => a - b);
  const warm10 = [1, 2, 3].map(() => pass(tenMb, matcher).ms).sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  console.log(
    JSON.stringify({
      terms: index.terms.length,
      buildColdMs: round(buildColdMs),
      oneMbChars: oneMb.length,
      coldFirstPassMs: round(cold.ms),
      warmPassMedianMs: round(warm1[1]!),
      tenMbWarmMedianMs: round(warm10[1]!),
      tenMbWarmMBps: round(tenMb.length / 1e6 / (warm10[1]! / 1000)),
      matchesPerMb: cold.matches,
    }),
  );
}

if (process.env.BACKSTORY_BUNDLED === '1') {
  measure();
} else {
  // Bundle this file with esbuild (vite's own dependency) and run the bundle.
  const root = resolve(import.meta.dirname, '../..');
  const out = join(mkdtempSync(join(tmpdir(), 'backstory-matcher-')), 'bench.mjs');
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [
    resolve(import.meta.dirname, 'matcher-bundled.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`,
    '--log-level=error', `--define:import.meta.dirname=${JSON.stringify(import.meta.dirname)}`,
  ]);
  for (let run = 0; run < 3; run++) {
    process.stdout.write(execFileSync(process.execPath, [out], { env: { ...process.env, BACKSTORY_BUNDLED: '1' }, encoding: 'utf8' }));
  }
}
