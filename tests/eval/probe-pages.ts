/**
 * Runs one of the page probes (scope-probe.ts, date-probe.ts: the product's own
 * functions, bundled by esbuild) in each named page of a folder, in plain
 * Chromium on loopback, and collects what `measure` reads from each page.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/server.ts';

export async function probePages<T>(probe: string, dir: string, names: string[], measure: (page: Page, name: string) => Promise<T>): Promise<T[]> {
  const out = await build({ entryPoints: [resolve(import.meta.dirname, probe)], bundle: true, write: false, format: 'iife', target: 'chrome110' });
  const code = out.outputFiles[0]!.text;
  const server = await serveStatic({ '/': dir });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  const results: T[] = [];
  try {
    for (const name of names) {
      await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
      await page.addScriptTag({ content: code });
      results.push(await measure(page, name));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
