// Diagnostics: the coverage decision on every real-markup page, in plain Chromium with the product's own functions.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/server.ts';
import { buildRealMarkup, REAL_MARKUP_PAGES } from './real-markup.ts';
const manifest = await buildRealMarkup();
const probe = (await build({ entryPoints: [resolve(import.meta.dirname, 'scope-probe.ts')], bundle: true, write: false, format: 'iife' })).outputFiles[0]!.text;
const server = await serveStatic({ '/': REAL_MARKUP_PAGES });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
for (const m of manifest) {
  await page.goto(server.url(`/${m.file}`), { waitUntil: 'load' });
  await page.addScriptTag({ content: probe });
  const d = (await page.evaluate(() => window.backstoryDecision())) as any;
  const inBody = await page.evaluate(() => { const s = (window as any); return null; });
  const ok = typeof d === 'object' && d.coverage === (m.label === 'positive');
  console.log(`${ok ? 'ok ' : 'BAD'} ${m.label.slice(0, 3)} ${m.lang.padEnd(7)} m=${d.mentions ?? '-'} c=${d.cues ?? '-'} h=${d.inHeadline ? 1 : 0} ${d.language?.language ?? ''}/${d.language?.from ?? ''} ${m.file} root=${d.root ?? d}`);
}
await browser.close();
await server.close();
void readFileSync;
