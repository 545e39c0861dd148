/**
 * npm run demo — shows Backstory on a bundled demo article. With a display it opens
 * Chromium with the extension loaded and waits; without one (or with --screenshot)
 * it clicks a highlighted name and saves docs/demo.png.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const extension = join(root, '.output/chrome-mv3');
const article = join(root, 'tests/fixtures/pages/seed-001.html');
const shot = join(root, 'docs/demo.png');
const headless = process.argv.includes('--screenshot') || !process.env.DISPLAY;
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('No Chromium: run `apt-get install -y chromium` or set CHROMIUM_PATH.');

const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(readFileSync(article));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/demo-article.html`;

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'backstory-demo-')), {
  executablePath,
  headless,
  viewport: { width: 1200, height: 860 },
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
const page = await context.newPage();
await page.goto(url);
await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')) && CSS.highlights.get('backstory-entities')?.size > 0, null, { timeout: 15000 });

if (!headless) {
  console.log(`Backstory is running on ${url}. Click a highlighted name; close the window to finish.`);
  await new Promise((r) => context.on('close', r));
} else {
  const point = await page.evaluate(() => {
    for (const r of CSS.highlights.get('backstory-entities')) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      if (live.toString() === 'ByteDance' && !r.startContainer.parentElement.closest('a')) {
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = live.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return null;
  });
  if (point) {
    await page.mouse.click(point.x, point.y);
    // The card's shadow root is closed (as every reader has it): wait for its host, then for it to fill.
    await page.waitForFunction(() => document.querySelector('[data-backstory-ui]'), null, { timeout: 5000 });
    await page.waitForTimeout(500);
  }
  mkdirSync(dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  const counts = await page.evaluate(() => Object.fromEntries([...CSS.highlights].filter(([k]) => k.startsWith('backstory-')).map(([k, h]) => [k, h.size])));
  console.log('Highlights per layer:', JSON.stringify(counts));
  console.log(`No display: saved a screenshot of the card to ${shot}`);
  await context.close();
}
server.close();
