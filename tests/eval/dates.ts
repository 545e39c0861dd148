/**
 * Article dates on real pages against Readability's expected `publishedTime`:
 * each page is loaded in Chromium and the product's own reader (date-probe.ts,
 * bundled) runs in it.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/server.ts';

export interface PageDate {
  name: string;
  /** Readability's publishedTime, as its calendar day; null when it has none. */
  expected: string | null;
  found: string | null;
  source: string;
}

/** The calendar day of Readability's publishedTime, as written. */
export const expectedDay = (publishedTime: string | null) => (publishedTime ? publishedTime.slice(0, 10) : null);

export async function measureDates(dir: string, names: string[]): Promise<PageDate[]> {
  const out = await build({ entryPoints: [resolve(import.meta.dirname, 'date-probe.ts')], bundle: true, write: false, format: 'iife', target: 'chrome110' });
  const probe = out.outputFiles[0]!.text;
  const server = await serveStatic({ '/': dir });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const results: PageDate[] = [];
  try {
    for (const name of names) {
      await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
      await page.addScriptTag({ content: probe });
      const got = await page.evaluate(() => window.backstoryDate());
      const meta = JSON.parse(readFileSync(join(dir, 'expected', `${name}.json`), 'utf8'));
      results.push({ name, expected: expectedDay(meta.publishedTime), ...got });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
