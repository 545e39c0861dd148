// Diagnostics for one page: npx vite-node tests/eval/debug-scope.ts NAME [dir]
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/server.ts';
const [name, dir = '../shared/corpus/readability'] = process.argv.slice(2);
const probe = (await build({ entryPoints: [resolve(import.meta.dirname, 'scope-probe.ts')], bundle: true, write: false, format: 'iife' })).outputFiles[0]!.text;
const server = await serveStatic({ '/': dir });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (r) => r.abort());
await page.goto(server.url(`/${name}.html`), { waitUntil: 'load' });
await page.addScriptTag({ content: probe });
console.log((await page.evaluate(() => window.backstoryCandidates())).join('\n'));
const s = await page.evaluate(() => window.backstoryScope());
console.log('root', s.root, '\n', s.text.slice(0, 600).replaceAll('\u2029', ' | '));
await browser.close();
await server.close();
