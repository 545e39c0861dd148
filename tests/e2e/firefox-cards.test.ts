/**
 * The card in Debian's Firefox ESR, over WebDriver BiDi (puppeteer-core): it opens
 * inside the window at 1280×800 without scrolling the page, keeps focus inside
 * over 12 Tabs, and Escape closes it. The test switch is set from the extension's
 * own options page (its moz-extension UUID pinned by a pref), which opens the
 * card's shadow root to the test.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centre, FIXTURE_PAGES, scrollRangeTo, wordOutsideLinks } from './browser.ts';
import { launchFirefoxWithExtension, puppeteerRanges } from './firefox.ts';
import { serveStatic, type StaticServer } from './server.ts';

const HOST = '[data-backstory-ui]';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/pages/': FIXTURE_PAGES });
  browser = await launchFirefoxWithExtension({ desktopWindow: true, measures: true });
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

/** The card's box and whether focus is inside it, read through the (test-only open) shadow root. */
const cardState = (page: Page) =>
  page.evaluate((sel) => {
    const host = document.querySelector(sel);
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.bs-card');
    if (!host || !card) return null;
    const r = card.getBoundingClientRect();
    const inner = host.shadowRoot!.activeElement;
    return {
      box: { x: r.x, y: r.y, right: r.right, bottom: r.bottom },
      title: card.querySelector('.bs-title')?.textContent ?? '',
      focusInside: document.activeElement === host && !!inner && card.contains(inner),
    };
  }, HOST);

describe('a card in Firefox ESR', () => {
  it('opens inside the window without scrolling the page, keeps focus in over 12 Tabs, and closes on Escape', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pages/seed-001.html'), { waitUntil: 'load' });
    await page.waitForFunction(painted, { timeout: 15_000, polling: 100 });
    // Low in the window (100 px up from its bottom edge), so the card must go above the word.
    const { width, height } = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    const word = await scrollRangeTo(puppeteerRanges(page), 'backstory-entities', wordOutsideLinks('ByteDance'), height - 100);
    const point = { ...centre(word.rects[0]!), scrollY: await page.evaluate(() => scrollY), width, height };
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.bs-body') !== null, { timeout: 10_000, polling: 100 }, HOST);
    await new Promise((r) => setTimeout(r, 100));
    const open = (await cardState(page))!;
    console.info(`Firefox window ${point.width}×${point.height}; card ${JSON.stringify(open.box)}`);
    expect(open.title).toBe('ByteDance');
    expect(open.box.x).toBeGreaterThanOrEqual(0);
    expect(open.box.y).toBeGreaterThanOrEqual(0);
    expect(open.box.right).toBeLessThanOrEqual(point.width);
    expect(open.box.bottom).toBeLessThanOrEqual(point.height);
    expect(open.box.bottom <= point.y || open.box.y >= point.y).toBe(true); // beside the word, not over it
    expect(open.box.bottom - open.box.y).toBeGreaterThan(250); // above the word, where there is room, not squeezed below it
    expect(await page.evaluate(() => scrollY)).toBe(point.scrollY);
    expect(open.focusInside || (await page.evaluate((sel) => document.activeElement === document.querySelector(sel), HOST))).toBe(true);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await cardState(page))?.focusInside, `after Tab ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.waitForFunction((sel) => !document.querySelector(sel), { timeout: 5_000, polling: 100 }, HOST);
    await page.close();
  });
});
