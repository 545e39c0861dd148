/**
 * Main content and article dates on the 130 real pages of Readability's test
 * suite, against Readability's own expected output: the words Backstory reads
 * against the expected article, and the date it finds against publishedTime.
 * Runs the product's own functions in Chromium (tests/eval/scope.ts, dates.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureDates } from '../eval/dates.ts';
import { measureScope } from '../eval/scope.ts';
import { median } from '../eval/word-overlap.ts';

const READABILITY = resolve(import.meta.dirname, '../fixtures/readability');
const names = readdirSync(READABILITY).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5)).sort();
const readerable = (name: string) => JSON.parse(readFileSync(join(READABILITY, 'expected', `${name}.json`), 'utf8')).readerable === true;

describe('main-content scope against Readability', () => {
  it('reads at least 95% of the expected article (median) at 90% precision (median), and something of every article', async () => {
    const scope = (await measureScope(READABILITY, names)).filter((s) => readerable(s.name));
    expect(scope.length).toBe(122);
    expect(median(scope.map((s) => s.recall))).toBeGreaterThanOrEqual(0.95);
    expect(median(scope.map((s) => s.precision))).toBeGreaterThanOrEqual(0.9);
    expect(scope.filter((s) => s.recall === 0).map((s) => s.name)).toEqual([]);
  }, 300_000);
});

describe('article dates against Readability', () => {
  it('gives the same calendar day on at least 31 of the 33 dated pages, and never a wrong day', async () => {
    const dates = await measureDates(READABILITY, names);
    const dated = dates.filter((d) => d.expected);
    expect(dated.length).toBe(33);
    expect(dated.filter((d) => d.found === d.expected).length).toBeGreaterThanOrEqual(31);
    expect(dated.filter((d) => d.found && d.found !== d.expected).map((d) => `${d.name}: ${d.found} (${d.source})`)).toEqual([]);
  }, 300_000);
});
