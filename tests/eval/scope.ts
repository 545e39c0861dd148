/**
 * Measures Backstory's main-content scope on real pages against Mozilla
 * Readability's expected article: each page is loaded in Chromium, the product's
 * own findMainContent + collectText run in it (scope-probe.ts, bundled), and the
 * text read is compared word by word with expected/NAME.html.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/server.ts';
import { overlap, type Overlap } from './word-overlap.ts';

export interface PageScope extends Overlap {
  name: string;
  root: string;
}

async function probeSource(): Promise<string> {
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'scope-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome110',
  });
  return out.outputFiles[0]!.text;
}

/** Text of an HTML fragment with a space between text nodes, so block boundaries split words. */
function expectedTextInPage(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  return parts.join(' ');
}

/** Scope figures for each named page of a readability-layout folder (NAME.html + expected/NAME.html). */
export async function measureScope(dir: string, names: string[]): Promise<PageScope[]> {
  const probe = await probeSource();
  const server = await serveStatic({ '/': dir });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  const results: PageScope[] = [];
  try {
    for (const name of names) {
      await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
      await page.addScriptTag({ content: probe });
      const scope = await page.evaluate(() => window.backstoryScope());
      const expectedHtml = await readFile(join(dir, 'expected', `${name}.html`), 'utf8');
      const expected = await page.evaluate(expectedTextInPage, expectedHtml);
      results.push({ name, root: scope.root, ...overlap(expected, scope.text.replaceAll('\u2029', ' ')) });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
