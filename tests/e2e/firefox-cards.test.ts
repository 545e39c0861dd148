/**
 * The card in Debian's Firefox ESR, over WebDriver BiDi (puppeteer-core): it opens
 * inside the window at 1280×800 without scrolling the page, keeps focus inside
 * over 12 Tabs, and Escape closes it; in a window too narrow for a card beside the
 * word it is a bottom sheet, with the same focus and Escape. The test switch is set from the extension's
 * own options page (its moz-extension UUID pinned by a pref), which opens the
 * card's shadow root to the test.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centre, FIXTURE_PAGES, scrollRangeTo, wordOutsideLinks } from './browser.ts';
import { SHEET_BELOW_PX, SHEET_MAX_VH } from '../../entrypoints/content/card-limits.ts';
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

describe('a card in Firefox ESR at a phone width', () => {
  it('is a bottom sheet at most 60% of the window tall, header in view, focus kept over 12 Tabs, closed by Escape', async () => {
    // Firefox's narrowest window is 450 px, and its page area narrower still: below the 600 px where the card becomes a sheet.
    const narrow = await launchFirefoxWithExtension({ window: { width: 450, height: 930 }, measures: true });
    try {
      const page = await narrow.newPage();
      await page.goto(server.url('/pages/seed-001.html'), { waitUntil: 'load' });
      await page.waitForFunction(painted, { timeout: 15_000, polling: 100 });
      // The window less its scrollbars: the sheet sits on the visible bottom edge, above a horizontal scrollbar.
      // Firefox opens the extension's sidebar at install, so the page gets less than the window's width.
      const { width, height, vh, outer } = await page.evaluate(() => ({
        width: document.documentElement.clientWidth, height: document.documentElement.clientHeight, vh: innerHeight, outer: `${outerWidth}×${outerHeight} at ${devicePixelRatio}×`,
      }));
      expect(width).toBeLessThan(SHEET_BELOW_PX);
      const word = await scrollRangeTo(puppeteerRanges(page), 'backstory-entities', wordOutsideLinks('ByteDance'), Math.round(height / 2));
      const scrolled = await page.evaluate(() => scrollY);
      const at = centre(word.rects[0]!);
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.bs-body') !== null, { timeout: 10_000, polling: 100 }, HOST);
      await new Promise((r) => setTimeout(r, 100));
      const open = (await cardState(page))!;
      const header = await page.evaluate((sel) => {
        const r = document.querySelector(sel)!.shadowRoot!.querySelector('.bs-close')!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }, HOST);
      console.info(`Firefox window ${outer}, ${width}×${height} inside its scrollbars; sheet ${JSON.stringify(open.box)}`);
      expect(open.title).toBe('ByteDance');
      expect(open.box.x).toBeGreaterThanOrEqual(-0.5);
      expect(open.box.right).toBeLessThanOrEqual(width + 0.5);
      expect(Math.abs(open.box.bottom - height)).toBeLessThan(1.5); // on the window's bottom edge
      expect(open.box.bottom - open.box.y).toBeLessThanOrEqual(vh * (SHEET_MAX_VH / 100) + 1); // 60vh
      expect(header.top).toBeGreaterThanOrEqual(open.box.y);
      expect(header.bottom).toBeLessThanOrEqual(height);
      expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect((await cardState(page))?.focusInside, `after Tab ${i + 1}`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await page.waitForFunction((sel) => !document.querySelector(sel), { timeout: 5_000, polling: 100 }, HOST);
    } finally {
      await narrow.close();
    }
  });
});
