/**
 * Time-aware cards, end to end in Chromium: on a real page carrying an article of
 * 13 March 2024 about the House vote, the ByteDance card counts what has happened
 * since and, on More, lists it newest first (the Supreme Court ruling, the joint
 * venture). The same page without its date says so and splits nothing.
 * Screenshots go to docs/screenshots/.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centre, playwrightRanges, pointOfHighlight, scrollRangeTo, startHarness, tabIdOf, waitForHighlights, type Harness } from './browser.ts';
import { buildTimeAwarePages, DATED_PAGE, TIME_AWARE_PAGES, UNDATED_PAGE } from './time-aware-page.ts';

const HOST = '[data-backstory-ui]';
const CARD = `${HOST} .bs-card`;
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const DARK_PAGE_CSS = 'html, body, article, main, header, div, section { background: #16151b !important; color: #e6e3ee !important; } a { color: #b9c8ff !important; }';
const RULING = 'Supreme Court upholds the law in TikTok v. Garland';
const JOINT_VENTURE = 'Binding agreements signed for the TikTok USDS Joint Venture';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/time-aware/': TIME_AWARE_PAGES });
  const builder = await h.session.context.newPage();
  await buildTimeAwarePages((fn, arg) => builder.evaluate(fn as (a: unknown) => never, arg));
  await builder.close();
});
afterAll(() => h?.close());

async function openByteDance(file: string, theme: 'light' | 'dark' = 'light', open?: Page): Promise<Page> {
  const page = open ?? (await h.session.context.newPage());
  if (!open) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(h.server.url(`/time-aware/${file}`));
    if (theme === 'dark') await page.addStyleTag({ content: DARK_PAGE_CSS });
    await waitForHighlights(page, 3);
  }
  await page.bringToFront();
  const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
  await page.mouse.click(x, y);
  await page.locator(`${CARD} .bs-body`).waitFor();
  expect(await page.locator(`${CARD} .bs-title`).textContent()).toBe('ByteDance');
  return page;
}

const itemTexts = (page: Page, section: string) => page.locator(`${CARD} ${section} li .bs-link`).allTextContents();

describe('a card on an article of 13 March 2024', () => {
  it('counts the developments since the article in its first view, and on More lists them, the ruling and the joint venture among them', async () => {
    const page = await openByteDance(DATED_PAGE);
    const card = page.locator(CARD);
    const count = await card.locator('.bs-since-count').textContent();
    expect(count).toMatch(/^\d+ developments since 13 Mar 2024$/);
    const n = Number(count!.split(' ')[0]);
    expect(n).toBeGreaterThanOrEqual(5);
    await card.locator('.bs-more').click();
    expect(await card.locator('.bs-since h3').textContent()).toBe('Since this article was published (13 Mar 2024)');
    const since = await itemTexts(page, '.bs-since');
    expect(since).toHaveLength(n);
    expect(since).toEqual(expect.arrayContaining([RULING, JOINT_VENTURE]));
    expect(since.indexOf(JOINT_VENTURE)).toBeLessThan(since.indexOf(RULING)); // newest first
    // The article's own day, the House vote, is not "since" it.
    expect(since).not.toContain('House passes H.R. 7521, 352–65');
    expect(await itemTexts(page, '.bs-before')).toContain('House passes H.R. 7521, 352–65');
    await page.close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`shows its Since section at 1280×800, ${theme} (screenshot)`, async () => {
      const page = await openByteDance(DATED_PAGE, theme);
      const card = page.locator(CARD);
      await card.locator('.bs-more').click();
      // The Since section's heading at the top of the card's scrolling body.
      await page.evaluate((sel) => {
        const root = document.querySelector(sel)!.shadowRoot!;
        const scroll = root.querySelector<HTMLElement>('.bs-scroll')!;
        const since = root.querySelector<HTMLElement>('.bs-since')!;
        scroll.scrollTop += since.getBoundingClientRect().top - scroll.getBoundingClientRect().top - 8;
      }, HOST);
      await page.waitForTimeout(50);
      const box = (await card.boundingBox())!;
      expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1280 && box.y + box.height <= 800).toBe(true);
      await page.screenshot({ path: resolve(SHOTS, `card-time-aware-${theme}.png`) });
      await page.close();
    });
  }
});

/** Opens the card of the claim "ByteDance … to sell … or … banned", clicking its last word (no name overlaps it there). */
async function openDeadlineClaim(file: string, viewport = { width: 1280, height: 800 }, theme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await h.session.context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(h.server.url(`/time-aware/${file}`));
  if (theme === 'dark') await page.addStyleTag({ content: DARK_PAGE_CSS });
  await waitForHighlights(page, 3);
  const claim = await scrollRangeTo(playwrightRanges(page), 'backstory-claims', (b) => /ByteDance.*sell.*banned$/s.test(b.text)).catch(() => {
    throw new Error('No painted deadline claim');
  });
  const last = claim.rects[claim.rects.length - 1]!;
  const point = { x: last.right - 6, y: centre(last).y };
  await page.mouse.click(point.x, point.y);
  await page.locator(`${CARD} .bs-body`).waitFor();
  const claimTab = page.locator(`${CARD} .bs-tab`, { hasText: 'Claim' });
  if (await claimTab.count()) await claimTab.first().click();
  await expect.poll(() => page.locator(`${CARD} .bs-title`).textContent()).toBe(DEADLINE_CLAIM);
  return page;
}

const DEADLINE_CLAIM = 'Unless ByteDance sells TikTok’s US business by the law’s deadline, the app will be banned in the US.';

describe('what changed after an article of 13 March 2024', () => {
  it('says a claim a later event overturned is outdated since that event, and links to it', async () => {
    const page = await openDeadlineClaim(DATED_PAGE);
    const note = page.locator(`${CARD} .bs-outdated`);
    expect(await note.locator('strong').textContent()).toBe('Outdated since 20 Jan 2025.');
    expect(await note.locator('.bs-link').textContent()).toBe('EO 14166 pauses enforcement for 75 days');
    await page.close();
  });

  it('gives ByteDance’s role then and now', async () => {
    const page = await openByteDance(DATED_PAGE);
    const roles = page.locator(`${CARD} .bs-roles`);
    expect(await roles.locator('.bs-role-then').textContent()).toBe('Then (Mar 2024): Owner of TikTok, US business included;');
    expect(await roles.locator('.bs-role-now').textContent()).toMatch(/^Now: Holds 19\.9% of TikTok USDS Joint Venture LLC/);
    await page.screenshot({ path: resolve(SHOTS, 'card-roles-desktop-light.png') });
    // The first view cuts the roles short; More gives them whole.
    const cut = (await roles.locator('.bs-role-now').textContent())!;
    await page.locator(`${CARD} .bs-more`).click();
    await page.locator(`${CARD} .bs-full`).waitFor();
    const whole = (await roles.locator('.bs-role-now').textContent())!;
    expect(whole.length).toBeGreaterThan(cut.length);
    expect(whole).toMatch(/algorithm/);
    await page.close();
  });

  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`shows the outdated note at ${viewport.width}×${viewport.height}, ${theme} (screenshot)`, async () => {
        const page = await openDeadlineClaim(DATED_PAGE, viewport, theme);
        await page.locator(`${CARD} .bs-outdated`).waitFor();
        await page.waitForTimeout(100);
        await page.screenshot({ path: resolve(SHOTS, `card-outdated-${name}-${theme}.png`) });
        await page.close();
      });
    }
  }
});

describe('the same article with its date removed, on what changed after it', () => {
  it('shows neither an outdated note nor a role then and now: it never guesses', async () => {
    const claim = await openDeadlineClaim(UNDATED_PAGE);
    expect(await claim.locator(`${CARD} .bs-verdict strong`).textContent()).toBe('Outdated');
    expect(await claim.locator(`${CARD} .bs-outdated`).count()).toBe(0);
    await claim.close();
    const entity = await openByteDance(UNDATED_PAGE);
    expect(await entity.locator(`${CARD} .bs-roles`).count()).toBe(0);
    await entity.locator(`${CARD} .bs-more`).click();
    await entity.locator(`${CARD} .bs-full`).waitFor();
    expect(await entity.locator(`${CARD} .bs-roles`).count()).toBe(0);
    await entity.close();
  });
});

describe('Report a problem with this card', () => {
  it('opens a prefilled GitHub issue in a new tab, with the page’s address only once the reader ticks the box', async () => {
    const page = await openByteDance(DATED_PAGE);
    const card = page.locator(CARD);
    await card.locator('.bs-more').click();
    const link = card.locator('.bs-report-link');
    const body = async () => new URL((await link.getAttribute('href'))!).searchParams.get('body') ?? '';
    expect(await body()).toContain('Record: ent-bytedance');
    expect(await body()).not.toContain('127.0.0.1');
    await card.locator('input[name="includePage"]').check();
    await expect.poll(body).toContain(`Page: ${h.server.url(`/time-aware/${DATED_PAGE}`)}`);
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(SHOTS, 'card-report-problem.png') });
    const opened = h.session.context.waitForEvent('page');
    await link.click();
    const tab = await opened;
    // The test browser refuses the outside world, so the tab's address is read from the request it made.
    const asked = await new Promise<string>((resolve) => {
      if (tab.url().startsWith('https://github.com/')) resolve(tab.url());
      tab.on('request', (r) => resolve(r.url()));
      tab.on('framenavigated', (f) => f.url().startsWith('https://') && resolve(f.url()));
    });
    expect(asked.startsWith('https://github.com/backstory-news/backstory/issues/new?')).toBe(true);
    expect(await page.locator(CARD).count()).toBe(1); // the card stays open on the article
    await tab.close();
    await page.close();
  });
});

describe('the same article with its date removed', () => {
  it('says the publish date is unknown and shows no Since section', async () => {
    const page = await openByteDance(UNDATED_PAGE);
    const card = page.locator(CARD);
    expect(await card.locator('.bs-since-count').textContent()).toBe('Publish date unknown');
    await card.locator('.bs-more').click();
    await card.locator('.bs-full').waitFor();
    expect(await card.locator('.bs-since').count()).toBe(0);
    expect(await card.locator('.bs-before').count()).toBe(0);
    // Every date is still there, just not read against the article.
    expect(await itemTexts(page, '.bs-timeline')).toEqual(expect.arrayContaining([RULING, JOINT_VENTURE]));
    await page.close();
  });
});

describe('a date the reader corrects in the popup', () => {
  it('is what the card reads against: the Since section follows the corrected date, and Clear brings the page’s back', async () => {
    const page = await openByteDance(DATED_PAGE);
    await page.keyboard.press('Escape');
    const popup = await h.session.context.newPage();
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html?tab=${await tabIdOf(h.session.worker, page)}`);
    await expect.poll(() => popup.locator('.bs-published-line').textContent()).toBe("Article published 13 Mar 2024 (from the page's publication metadata)");
    await popup.locator('.bs-date-fix summary').click();
    await popup.locator('input[name="publishedDate"]').fill('2025-06-01');
    await popup.locator('.bs-date-save').click();
    await expect.poll(() => popup.locator('.bs-published-line').textContent()).toBe('Article published 1 Jun 2025 (as you corrected it)');
    expect(await popup.locator('.bs-published-page').textContent()).toBe("The page says 13 Mar 2024 (from the page's publication metadata).");
    await popup.screenshot({ path: resolve(SHOTS, 'popup-date-correction.png') });

    await openByteDance(DATED_PAGE, 'light', page);
    const card = page.locator(CARD);
    expect(await card.locator('.bs-since-count').textContent()).toMatch(/^\d+ developments since 1 Jun 2025$/);
    await card.locator('.bs-more').click();
    expect(await card.locator('.bs-since h3').textContent()).toBe('Since this article was published (1 Jun 2025)');
    const since = await itemTexts(page, '.bs-since');
    expect(since).toContain(JOINT_VENTURE);
    expect(since).not.toContain(RULING); // January 2025: before the corrected day
    expect(await itemTexts(page, '.bs-before')).toContain(RULING);
    await page.keyboard.press('Escape');

    // The correction is kept for the address (without its #fragment), and Clear undoes it.
    const stored = await h.session.worker.evaluate(() => chrome.storage.local.get('backstory:date-overrides'));
    expect(stored['backstory:date-overrides']).toEqual([{ url: h.server.url(`/time-aware/${DATED_PAGE}`), date: '2025-06-01' }]);
    await popup.locator('.bs-date-clear').click();
    await expect.poll(() => popup.locator('.bs-published-line').textContent()).toBe("Article published 13 Mar 2024 (from the page's publication metadata)");
    await openByteDance(DATED_PAGE, 'light', page);
    expect(await card.locator('.bs-since-count').textContent()).toMatch(/^\d+ developments since 13 Mar 2024$/);
    await popup.close();
    await page.close();
  });
});
