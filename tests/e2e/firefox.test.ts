/**
 * The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by
 * puppeteer-core (never a browser download): the gate loads the annotator chunk
 * there too, and a page about the story is annotated.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from './browser.ts';
import { serveStatic, type StaticServer } from './server.ts';

const FIREFOX_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
const firefoxPath = () => {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Firefox found: run `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  return found;
};

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/pages/': FIXTURE_PAGES });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, protocol: 'webDriverBiDi' });
  await browser.installExtension(FIREFOX_DIR);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const painted = () => {
  let total = 0;
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<unknown>>) if (name.startsWith('backstory-')) total += hl.size;
  return total;
};

describe('in Firefox ESR', () => {
  it('loads the annotator from the gate and highlights an article about the story', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/seed-001.html'), { waitUntil: 'load' });
    await page.waitForFunction(painted, { timeout: 15_000, polling: 100 }).catch(() => undefined);
    expect(await page.evaluate(painted)).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it('leaves a page that is not about the story without highlights', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/hard-lifestyle-dance.html'), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 2000));
    expect(await page.evaluate(painted)).toBe(0);
    await page.close();
  });
});
