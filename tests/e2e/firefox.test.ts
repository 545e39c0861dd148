/**
 * The Firefox build in Debian's Firefox ESR, driven over WebDriver BiDi by
 * puppeteer-core (never a browser download): the gate loads the annotator chunk
 * there too, and a page about the story is annotated.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from './browser.ts';
import { launchFirefoxWithExtension, rangeBoxes } from './firefox.ts';
import { serveStatic, type StaticServer } from './server.ts';

// A fixed moz-extension:// host, so the test can open the side panel's page (the sidebar itself is browser chrome).
const PANEL_UUID = '6f1c2a52-8b0e-4c39-9a0e-2d7c5b1e9f10';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/pages/': FIXTURE_PAGES });
  browser = await launchFirefoxWithExtension({ uuid: PANEL_UUID });
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

  it('shows the side panel (sidebar_action) for a tab: the page’s records with counts, search, and a click that flashes the mention', async () => {
    const page = await browser.newPage();
    const url = server.url('/pages/seed-001.html');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(painted, { timeout: 15_000, polling: 100 });
    const panel = await browser.newPage();
    /** Runs `fn` in the panel page until it returns something truthy. */
    const until = async <T,>(fn: () => T | Promise<T>, timeout = 10_000): Promise<T> => {
      const end = Date.now() + timeout;
      for (;;) {
        const v = await panel.evaluate(fn).catch(() => undefined);
        if (v) return v as T;
        if (Date.now() > end) throw new Error(`Timed out waiting for ${fn.toString().slice(0, 80)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    // Firefox moves extension pages to their own process: the navigation is not reported, the page is there.
    const open = (path: string) => void panel.goto(`moz-extension://${PANEL_UUID}/${path}`).catch(() => undefined);
    open('sidepanel.html');
    // The article's tab id, asked of the extension (its host permission shows it the URL).
    const tabId = await until(async () => {
      const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
      return tabs.find((t) => t.url?.endsWith('/pages/seed-001.html'))?.id;
    });
    expect(tabId).toBeGreaterThan(0);
    open(`sidepanel.html?tab=${tabId}`);
    await until(() => location.search.includes('tab=') && document.querySelector('.bs-group-entities .bs-entry') !== null);
    const { entities, total } = await panel.evaluate(() => ({
      entities: [...document.querySelectorAll('.bs-group-entities .bs-entry-title')].map((e) => e.textContent),
      total: Number(document.querySelector('.bs-group-entities h2 .bs-total')?.firstChild?.textContent),
    }));
    expect(entities).toContain('ByteDance');
    expect(total).toBeGreaterThanOrEqual(entities.length);

    await panel.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'Presser';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => document.querySelector('.bs-results .bs-entry-title')?.textContent === 'Adam Presser');
    await panel.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => {
      const entry = [...document.querySelectorAll<HTMLButtonElement>('.bs-group-entities .bs-entry')].find((b) => b.querySelector('.bs-entry-title')?.textContent === 'ByteDance');
      entry?.click();
      return entry !== undefined;
    });
    const flashText = async () => (await rangeBoxes(page, 'backstory-flash'))[0]?.text;
    for (const end = Date.now() + 5000; !(await flashText()) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));
    expect(await flashText()).toMatch(/^ByteDance/);
    expect(await until(() => document.querySelector('.bs-flash-note')?.textContent)).toMatch(/^Mention 1 of \d+/);
    await Promise.all([panel.close(), page.close()]);
  });
});
