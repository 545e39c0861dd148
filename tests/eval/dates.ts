/**
 * Article dates on real pages against Readability's expected `publishedTime`:
 * each page is loaded in Chromium and the product's own reader (date-probe.ts,
 * bundled) runs in it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { probePages } from './probe-pages.ts';

export interface PageDate {
  name: string;
  /** Readability's publishedTime, as its calendar day; null when it has none. */
  expected: string | null;
  found: string | null;
  source: string;
}

/** The calendar day of Readability's publishedTime, as written. */
export const expectedDay = (publishedTime: string | null) => (publishedTime ? publishedTime.slice(0, 10) : null);

export function measureDates(dir: string, names: string[]): Promise<PageDate[]> {
  return probePages('date-probe.ts', dir, names, async (page, name) => {
    const got = await page.evaluate(() => window.backstoryDate());
    const meta = JSON.parse(readFileSync(join(dir, 'expected', `${name}.json`), 'utf8'));
    return { name, expected: expectedDay(meta.publishedTime), ...got };
  });
}
