/**
 * npm run bench:matcher (and run.ts): the matcher as the browser runs it,
 * bundled by esbuild and run in plain Node, each measurement in fresh
 * processes, because a page always runs it cold. Modes:
 * - `product`: unpack the precompiled bundled matcher (the JSON the annotator
 *   chunk ships), then the product's sliced scan (data/match/slices.ts) over
 *   ~1 MB: first pass cold, then warm; warm 10 MB throughput.
 * - `regex`: variant (b), the regex prefilter alone (variants/regex-prefilter.ts).
 * - `synthetic`: the product with a term set 100× today's (generate.ts).
 * Prints one JSON line per process. Run directly, it bundles itself and runs
 * three processes per mode.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundledDataset } from '../../data/dataset/index.ts';
import { BLOCK_BREAK } from '../../data/match/fold.ts';
import { unpackMatcher, type Matcher, type PackedMatcher } from '../../data/match/matcher.ts';
import { findInSlice, sliceText } from '../../data/match/slices.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';
import { packedBundledMatcher } from '../../data/scripts/bundled-matcher.ts';
import { longText, syntheticTermIndex } from './generate.ts';
import { buildPrefilter, prefilterStarts } from './variants/regex-prefilter.ts';

const round = (x: number) => Math.round(x * 100) / 100;
const time = <T>(work: () => T): [number, T] => {
  const t0 = performance.now();
  const out = work();
  return [performance.now() - t0, out];
};

function scan(text: string, matcher: Matcher): number {
  let matches = 0;
  for (const slice of sliceText(text)) matches += findInSlice(text, slice, matcher).length;
  return matches;
}

function child(mode: string, packedFile: string) {
  const oneMb = longText(1_000_000, BLOCK_BREAK);
  const tenMb = longText(10_000_000, BLOCK_BREAK);
  if (mode === 'regex') {
    const index = JSON.parse(readFileSync(packedFile.replace(/\.packed\.json$/, '.index.json'), 'utf8'));
    const [buildMs, re] = time(() => buildPrefilter(index));
    const [coldMs, hits] = time(() => sliceText(oneMb).reduce((n, s) => n + prefilterStarts(oneMb.slice(s.scanFrom, s.scanTo), re), 0));
    const warm = [1, 2, 3].map(() => time(() => sliceText(oneMb).reduce((n, s) => n + prefilterStarts(oneMb.slice(s.scanFrom, s.scanTo), re), 0))[0]).sort((a, b) => a - b);
    console.log(JSON.stringify({ mode, buildMs: round(buildMs), coldFirstPassMs: round(coldMs), warmPassMs: round(warm[1]!), prefilterHits: hits, chars: oneMb.length }));
    return;
  }
  const json = readFileSync(packedFile, 'utf8');
  const [unpackMs, matcher] = time(() => unpackMatcher(JSON.parse(json) as PackedMatcher));
  const [coldMs, matches] = time(() => scan(oneMb, matcher));
  const warm = [1, 2, 3].map(() => time(() => scan(oneMb, matcher))[0]).sort((a, b) => a - b);
  const warm10 = [1, 2].map(() => time(() => scan(tenMb, matcher))[0]).sort((a, b) => a - b);
  console.log(JSON.stringify({
    mode, terms: matcher.size, packedChars: json.length, unpackMs: round(unpackMs), coldFirstPassMs: round(coldMs), warmPassMs: round(warm[1]!),
    tenMbWarmMBps: round(Buffer.byteLength(tenMb) / 1e6 / (warm10[0]! / 1000)), matches, chars: oneMb.length,
  }));
}

/** Bundles this file and runs `runs` fresh processes per mode; returns their JSON lines, parsed. */
export function runBundled(runs = 3, modes = ['product', 'regex', 'synthetic']): Record<string, Record<string, number | string>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-matcher-'));
  const out = join(dir, 'bench.mjs');
  const real = compileTermIndex(datasetSchema.parse(bundledDataset));
  const synthetic = syntheticTermIndex(real, 100);
  writeFileSync(join(dir, 'product.packed.json'), JSON.stringify(packedBundledMatcher(real)));
  writeFileSync(join(dir, 'product.index.json'), JSON.stringify(real));
  const t0 = performance.now();
  writeFileSync(join(dir, 'synthetic.packed.json'), JSON.stringify(packedBundledMatcher(synthetic)));
  const syntheticBuildMs = performance.now() - t0;
  const root = resolve(import.meta.dirname, '../..');
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [
    resolve(import.meta.dirname, 'matcher-bundled.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`,
    '--log-level=error', `--define:import.meta.dirname=${JSON.stringify(import.meta.dirname)}`,
  ]);
  const results: Record<string, Record<string, number | string>[]> = {};
  for (let run = 0; run < runs; run++) {
    for (const mode of modes) {
      const file = join(dir, `${mode === 'synthetic' ? 'synthetic' : 'product'}.packed.json`);
      const line = execFileSync(process.execPath, [out], { env: { ...process.env, BACKSTORY_BUNDLED: mode, BACKSTORY_PACKED: file }, encoding: 'utf8' });
      (results[mode] ??= []).push(JSON.parse(line.trim().split('\n').pop()!));
    }
  }
  (results.synthetic ?? []).forEach((r) => (r.buildMs = round(syntheticBuildMs)));
  return results;
}

if (process.env.BACKSTORY_BUNDLED) child(process.env.BACKSTORY_BUNDLED, process.env.BACKSTORY_PACKED!);
else if (process.argv.some((a) => a.endsWith('matcher-bundled.ts')) || process.env.npm_lifecycle_event === 'bench:matcher') {
  for (const [mode, rows] of Object.entries(runBundled())) for (const r of rows) console.log(mode, JSON.stringify(r));
}
