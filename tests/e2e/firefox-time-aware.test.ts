/**
 * A time-aware card in Debian's Firefox ESR, over WebDriver BiDi (puppeteer-core):
 * the same House-vote page as time-aware.test.ts, built in Firefox itself. Dated,
 * the ByteDance card counts the developments since 13 Mar 2024 and lists the
 * ruling and the joint venture; undated, it says so and splits nothing. Set up
 * as firefox-cards.test.ts is (the test switch opens the card's shadow root).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centre, scrollRangeTo, wordOutsideLinks } from './browser.ts';
import { launchFirefoxWithExtension, puppeteerRanges } from './firefox.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { buildTimeAwarePages, DATED_PAGE, TIME_AWARE_PAGES, UNDATED_PAGE } from './time-aware-page.ts';

const HOST = '[data-backstory-ui]';

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/time-aware/': TIME_AWARE_PAGES });
  browser = await launchFirefoxWithExtension({
    desktopWindow: true,
    measures: true,
    // The pages, placed and dated by Firefox's own parser.
    inOptions: (options) => buildTimeAwarePages((fn, arg) => options.evaluate(fn as (a: unknown) => never, arg)),
  });
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

/** Opens the ByteDance card, as a click on its highlight does. */
async function openByteDance(file: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(`/time-aware/${file}`), { waitUntil: 'load' });
  await page.waitForFunction(painted, { timeout: 15_000, polling: 100 });
  const point = centre((await scrollRangeTo(puppeteerRanges(page), 'backstory-entities', wordOutsideLinks('ByteDance'))).rects[0]!);
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.bs-body') !== null, { timeout: 10_000, polling: 100 }, HOST);
  return page;
}

/** The card's count line, and after More its Since section and every dated item. */
const readCard = (page: Page) =>
  page.evaluate(async (sel) => {
    const root = document.querySelector(sel)!.shadowRoot!;
    const count = root.querySelector('.bs-since-count')?.textContent ?? null;
    root.querySelector<HTMLButtonElement>('.bs-more')!.click();
    for (let i = 0; i < 50 && !root.querySelector('.bs-full'); i++) await new Promise((r) => setTimeout(r, 20));
    const texts = (s: string) => [...root.querySelectorAll(`${s} li .bs-link`)].map((e) => e.textContent ?? '');
    return { title: root.querySelector('.bs-title')?.textContent, count, sinceHeading: root.querySelector('.bs-since h3')?.textContent ?? null, since: texts('.bs-since'), all: texts('.bs-timeline') };
  }, HOST);

describe('a time-aware card in Firefox ESR', () => {
  it('counts and lists the developments since 13 Mar 2024 on the dated page, and none on the undated one', async () => {
    const dated = await openByteDance(DATED_PAGE);
    const d = await readCard(dated);
    console.info(`Firefox, dated: ${d.count}; since: ${d.since.length}`);
    expect(d.title).toBe('ByteDance');
    expect(d.count).toMatch(/^\d+ developments since 13 Mar 2024$/);
    expect(d.sinceHeading).toBe('Since this article was published (13 Mar 2024)');
    expect(d.since.length).toBe(Number(d.count!.split(' ')[0]));
    expect(d.since).toEqual(expect.arrayContaining(['Supreme Court upholds the law in TikTok v. Garland', 'Binding agreements signed for the TikTok USDS Joint Venture']));
    await dated.close();

    const undated = await openByteDance(UNDATED_PAGE);
    const u = await readCard(undated);
    expect(u.count).toBe('Publish date unknown');
    expect(u.sinceHeading).toBeNull();
    expect(u.all).toContain('Supreme Court upholds the law in TikTok v. Garland');
    await undated.close();
  });
});
