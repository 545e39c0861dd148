/** Pages that change after load: late articles, infinite scroll, SPA routes, anchor jumps. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightCount, highlightedTexts, pointOfHighlight, tabIdOf, waitForHighlights, FIXTURE_PAGES, startHarness, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
});
afterAll(() => h?.close());

const gateRuns = (page: import('playwright-core').Page) => page.evaluate(() => performance.getEntriesByName('backstory:gate').length);

describe('on a page that changes after load', () => {
  it('annotates an article that arrives after the page has loaded', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    expect(await highlightCount(page)).toBe(0);
    await waitForHighlights(page, 4, 15_000);
    expect(Object.values(await highlightedTexts(page)).flat()).toContain('ByteDance');
    await page.close();
  });

  it('adds highlights for text appended by infinite scroll without repainting the rest', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    await waitForHighlights(page, 4, 15_000);
    const before = await highlightCount(page);
    const passes = await gateRuns(page);
    await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBeGreaterThan(before);
    expect(Object.values(await highlightedTexts(page)).flat()).toContain('Shou Zi Chew');
    expect(await gateRuns(page)).toBe(passes); // incremental: no full pass
    await page.close();
  });

  it('ignores an anchor jump within the page', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    await waitForHighlights(page, 4, 15_000);
    const passes = await gateRuns(page);
    const count = await highlightCount(page);
    await page.evaluate(() => (window as unknown as { jumpToSection(): void }).jumpToSection());
    await page.waitForTimeout(2000); // WXT checks the URL once a second
    expect(await gateRuns(page)).toBe(passes);
    expect(await highlightCount(page)).toBe(count);
    await page.close();
  });

  it('clears highlights and the open card when the route replaces the article', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    await waitForHighlights(page, 4, 15_000);
    const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
    await page.mouse.click(x, y);
    await page.locator('[data-backstory-ui] [role="dialog"]').waitFor();
    await page.evaluate(() => (window as unknown as { navigateAway(): void }).navigateAway());
    await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);
    expect(await page.locator('[data-backstory-ui] [role="dialog"]').count()).toBe(0);
    await page.close();
  });
});

describe('Backstory’s own work', () => {
  it('does not rescan the page when its own card opens and closes', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    await waitForHighlights(page, 4, 15_000);
    const passes = await gateRuns(page);
    const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
    await page.mouse.click(x, y);
    await page.locator('[data-backstory-ui] [role="dialog"]').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000); // past the observer's debounce
    expect(await gateRuns(page)).toBe(passes);
    await page.close();
  });

  it('clears the badge when the route replaces the article with something else', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    await waitForHighlights(page, 4, 15_000);
    const tabId = await tabIdOf(h.session.worker, page);
    const badge = () => h.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).not.toBe('');
    await page.evaluate(() => (window as unknown as { navigateAway(): void }).navigateAway());
    await expect.poll(badge, { timeout: 5000 }).toBe('');
    await page.close();
  });
});
