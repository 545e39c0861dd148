/** "Off on this site" and "Pause everywhere": the reader's switches in the popup, the options page and the badge. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, highlightCount, startHarness, tabIdOf, waitForHighlights, type Harness } from './browser.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
});
afterAll(() => h?.close());

async function popupFor(page: Page) {
  const tabId = await tabIdOf(h.session.worker, page);
  const popup = await h.session.context.newPage();
  await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html?tab=${tabId}`);
  return { popup, tabId };
}
const badge = (tabId: number) => h.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
/** The icon the background last set on a tab ('on' or 'off'), from its setIcon calls, recorded in the worker. */
const recordIcons = () =>
  h.session.worker.evaluate(() => {
    const g = globalThis as unknown as { iconCalls?: { tabId?: number; path: Record<string, string> }[] };
    if (g.iconCalls) return;
    g.iconCalls = [];
    const apis = [chrome.action, (globalThis as unknown as { browser?: typeof chrome }).browser?.action];
    for (const api of new Set(apis.filter((a): a is typeof chrome.action => a !== undefined))) {
      const set = api.setIcon.bind(api);
      api.setIcon = ((d: chrome.action.TabIconDetails) => (g.iconCalls!.push(d as never), set(d))) as typeof api.setIcon;
    }
  });
const lastIcon = (tabId: number) =>
  h.session.worker.evaluate((id) => {
    const calls = (globalThis as unknown as { iconCalls: { tabId?: number; path: Record<string, string> }[] }).iconCalls;
    const last = calls.filter((c) => c.tabId === id).at(-1);
    return last ? (last.path['16']!.includes('off-') ? 'off' : 'on') : 'none';
  }, tabId);
const gateRan = (page: Page) => page.evaluate(() => performance.getEntriesByName('backstory:gate').length > 0);

describe('off on this site', () => {
  it('clears an annotated page at once, stays off on reload and after an SPA route, and says so on the badge and icon', async () => {
    await recordIcons();
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/dynamic-spa.html'));
    await waitForHighlights(page, 3, 15_000);
    const { popup } = await popupFor(page);
    await popup.locator('input[name="siteOff"]').check();
    await expect.poll(() => highlightCount(page)).toBe(0);

    // An SPA route to another article on the same site: nothing.
    await page.evaluate(() => {
      history.pushState({}, '', '/news/another-tiktok-story');
      (window as unknown as { renderArticle(): void }).renderArticle();
    });
    await page.waitForTimeout(2500);
    expect(await highlightCount(page)).toBe(0);

    // A reload: the gate does not even run, and the badge says off.
    await page.goto(h.server.url('/pages/seed-001.html'));
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    expect(await gateRan(page)).toBe(false);
    const tabId = await tabIdOf(h.session.worker, page);
    await expect.poll(() => badge(tabId)).toBe('off');
    // The toolbar icon turns grey and struck through for this tab, and back when the site is on again.
    await expect.poll(() => lastIcon(tabId)).toBe('off');
    await popup.reload();
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toMatch(/off here/);
    expect(await popup.locator('input[name="siteOff"]').isChecked()).toBe(true);

    // The options page lists the site; Remove turns Backstory back on there.
    const options = await h.session.context.newPage();
    await options.goto(`chrome-extension://${h.session.extensionId}/options.html`);
    await options.getByRole('button', { name: /Remove 127\.0\.0\.1/ }).click();
    await expect.poll(() => options.locator('.bs-off-sites li').count()).toBe(0);
    await page.reload();
    await waitForHighlights(page, 3);
    await expect.poll(() => lastIcon(tabId)).toBe('on');
    await Promise.all([options.close(), popup.close(), page.close()]);
  });

  it('pauses everywhere and resumes', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-002.html'));
    await waitForHighlights(page, 3);
    const { popup } = await popupFor(page);
    await popup.locator('input[name="paused"]').check();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await page.goto(h.server.url('/pages/seed-003.html'));
    await page.waitForTimeout(1500);
    expect(await gateRan(page)).toBe(false);
    await recordIcons();
    await page.reload();
    await expect.poll(async () => lastIcon(await tabIdOf(h.session.worker, page))).toBe('off');
    await popup.locator('input[name="paused"]').uncheck();
    await page.reload();
    await waitForHighlights(page, 3);
    await Promise.all([popup.close(), page.close()]);
  });

  it('annotates a page opened while paused as soon as the reader resumes, with no reload', async () => {
    const story = await h.session.context.newPage();
    await story.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(story, 3);
    const { popup } = await popupFor(story);
    await popup.locator('input[name="paused"]').check();
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-002.html'));
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    expect(await gateRan(page)).toBe(false);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1)); // gone if the page reloads
    await popup.locator('input[name="paused"]').uncheck();
    await waitForHighlights(page, 3);
    // The same document, and the gate ran in it only now.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect(await gateRan(page)).toBe(true);
    await Promise.all([popup.close(), page.close(), story.close()]);
  });

  it('annotates a page opened while its site was off as soon as the site is on again, with no reload', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-003.html'));
    await waitForHighlights(page, 3);
    const { popup } = await popupFor(page);
    await popup.locator('input[name="siteOff"]').check();
    await expect.poll(() => highlightCount(page)).toBe(0);
    await page.goto(h.server.url('/pages/seed-001.html'));
    await page.waitForTimeout(1500);
    expect(await highlightCount(page)).toBe(0);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1)); // gone if the page reloads
    await popup.locator('input[name="siteOff"]').uncheck();
    await waitForHighlights(page, 3);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await Promise.all([popup.close(), page.close()]);
  });

  it('shows off on the toolbar of every open tab at once, a quiet page included, and on again on resume', async () => {
    await recordIcons();
    const quiet = await h.session.context.newPage();
    await quiet.goto(h.server.url('/pages/hard-lifestyle-dance.html'));
    await quiet.waitForTimeout(1000);
    expect(await highlightCount(quiet)).toBe(0); // its script stopped at the gate
    const story = await h.session.context.newPage();
    await story.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(story, 3);
    const [quietTab, storyTab] = [await tabIdOf(h.session.worker, quiet), await tabIdOf(h.session.worker, story)];
    await expect.poll(() => badge(storyTab)).toMatch(/^\d+$/);
    const counted = await badge(storyTab);

    const { popup } = await popupFor(story);
    await popup.locator('input[name="paused"]').check();
    // No reload: the quiet tab's toolbar says off too.
    await expect.poll(() => badge(quietTab)).toBe('off');
    await expect.poll(() => lastIcon(quietTab)).toBe('off');
    await expect.poll(() => badge(storyTab)).toBe('off');

    await popup.locator('input[name="paused"]').uncheck();
    await expect.poll(() => badge(quietTab)).toBe('');
    await expect.poll(() => lastIcon(quietTab)).toBe('on');
    // The annotated page repaints and shows its own count again.
    await waitForHighlights(story, 3);
    await expect.poll(() => badge(storyTab)).toBe(counted);
    await Promise.all([popup.close(), quiet.close(), story.close()]);
  });
});
