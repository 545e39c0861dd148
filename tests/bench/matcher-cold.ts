/**
 * Child process of run.ts: the first compileTermIndex + createMatcher a fresh
 * process performs (module loading and dataset parsing are not timed).
 * Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { bundledDataset } from '../../data/dataset/index.ts';
import { createMatcher } from '../../data/match/find-terms.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';

const ds = datasetSchema.parse(bundledDataset);
const t0 = performance.now();
const index = compileTermIndex(ds);
const t1 = performance.now();
createMatcher(index);
const t2 = performance.now();
console.log(JSON.stringify({ terms: index.terms.length, compileMs: t1 - t0, createMatcherMs: t2 - t1, totalMs: t2 - t0 }));
