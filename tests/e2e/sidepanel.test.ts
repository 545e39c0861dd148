/**
 * The "On this page" side panel in Chromium, with the built extension: the
 * panel page for a tab lists what the page holds (groups and counts as painted),
 * searches the whole dataset, and a click flashes the mention on the page,
 * scrolls to it and opens its card. Screenshots in light and dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, highlightedTexts, rangeBoxes, startHarness, tabIdOf, waitForHighlights, waitForPhase, type Harness } from './browser.ts';

const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
  // Every mention painted, so the page's highlights can be counted against the panel's counts.
  await h.session.worker.evaluate(() => chrome.storage.local.set({ markEvery: true }));
});
afterAll(() => h?.close());

async function article(path: string) {
  const page = await h.session.context.newPage();
  await page.goto(h.server.url(path));
  return page;
}

async function panelFor(page: Page, size = { width: 400, height: 860 }) {
  const tabId = await tabIdOf(h.session.worker, page);
  const panel = await h.session.context.newPage();
  await panel.setViewportSize(size);
  await panel.goto(`chrome-extension://${h.session.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

/** The number a group heading shows (its hidden words left out). */
const groupTotal = (panel: Page, layer: string) =>
  panel.locator(`.bs-group-${layer} h2 .bs-total`).evaluate((el) => Number(el.firstChild?.textContent));

/** The flash highlight's text, its top in the document, and whether it sits inside the viewport. */
async function flashed(page: Page) {
  const [range] = await rangeBoxes(page, 'backstory-flash');
  const box = range?.rects[0];
  if (!box) return null;
  const { scrolled, height } = await page.evaluate(() => ({ scrolled: scrollY, height: innerHeight }));
  return { text: range.text, top: Math.round(box.top + scrolled), inView: box.top >= 0 && box.bottom <= height };
}

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: ['body'] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe('the side panel', () => {
  it('lists the page’s records by layer, with counts that match what is painted on the page', async () => {
    const page = await article('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    await waitForPhase(page, 'pass');
    const panel = await panelFor(page);
    await panel.locator('.bs-group-entities .bs-entry').first().waitFor();
    const painted = await highlightedTexts(page);
    for (const layer of ['claims', 'entities', 'timeline', 'figures']) {
      expect(await groupTotal(panel, layer), layer).toBe(painted[`backstory-${layer}`]?.length ?? 0);
    }
    // Each entry's count is that record's mentions: ByteDance's is the number of times the page's highlight says "ByteDance".
    const bytedance = panel.locator('.bs-group-entities .bs-entry', { hasText: /^ByteDance/ });
    const bytedanceCount = Number(await bytedance.locator('.bs-mentions').evaluate((el) => el.firstChild?.textContent));
    expect(bytedanceCount).toBe(painted['backstory-entities']!.filter((t) => /^ByteDance/.test(t)).length);
    expect(await panel.locator('h2').allTextContents()).toEqual([
      expect.stringMatching(/^Claims/), expect.stringMatching(/^People and organisations/), expect.stringMatching(/^Timeline/), expect.stringMatching(/^Figures/),
    ]);
    await Promise.all([panel.close(), page.close()]);
  });

  it('flashes the next mention on a click, scrolls to it and opens its card; a second click goes on to the next one', async () => {
    const page = await article('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    await waitForPhase(page, 'pass');
    // Reduced motion: the jump is instant (a smooth scroll would not run in a tab hidden behind the panel's).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const bottom = await page.evaluate(() => scrollY);
    const panel = await panelFor(page);
    const entry = panel.locator('.bs-group-entities .bs-entry', { hasText: /^ByteDance/ });
    await entry.click();
    await expect.poll(() => flashed(page)).toMatchObject({ text: expect.stringMatching(/^ByteDance/), inView: true });
    const first = (await flashed(page))!;
    expect(await page.evaluate(() => scrollY)).toBeLessThan(bottom);
    await expect.poll(() => page.locator('[data-backstory-ui] #bs-title').textContent()).toBe('ByteDance');
    await expect.poll(() => panel.locator('.bs-flash-note').textContent()).toMatch(/^Mention 1 of \d+/);
    await entry.click();
    await expect.poll(async () => (await flashed(page))?.top).not.toBe(first.top);
    await expect.poll(() => panel.locator('.bs-flash-note').textContent()).toMatch(/^Mention 2 of \d+/);
    // The flash goes by itself.
    await expect.poll(() => flashed(page), { timeout: 5000 }).toBeNull();
    await Promise.all([panel.close(), page.close()]);
  });

  it('flashes in its own colours on a dark page too (the dark highlight sheet carries the rule)', async () => {
    const html = readFileSync(resolve(FIXTURE_PAGES, 'seed-001.html'), 'utf8').replace('</head>', '<style>body,article{background:#121212;color:#e8e8e8}</style></head>');
    const url = h.server.url('/dark/seed-001.html');
    await h.session.context.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const page = await article('/dark/seed-001.html');
    await waitForHighlights(page, 5);
    await waitForPhase(page, 'pass');
    const panel = await panelFor(page);
    await panel.locator('.bs-group-entities .bs-entry', { hasText: /^ByteDance/ }).click();
    await expect.poll(() => flashed(page)).toMatchObject({ text: expect.stringMatching(/^ByteDance/) });
    const paint = await page.evaluate(() => {
      const [r] = [...(CSS.highlights.get('backstory-flash') as unknown as Set<AbstractRange>)];
      const el = r!.startContainer.parentElement!;
      const style = getComputedStyle(el, '::highlight(backstory-flash)');
      const sheets = [...document.adoptedStyleSheets].map((sh) => [...sh.cssRules].map((x) => x.cssText).join('\n')).join('\n');
      return { background: style.backgroundColor, dark: sheets.includes('rgb(255, 206, 84)'), flashRule: sheets.includes('::highlight(backstory-flash)') };
    });
    expect(paint).toEqual({ background: 'rgb(255, 221, 51)', dark: true, flashRule: true });
    await Promise.all([panel.close(), page.close()]);
  });

  it('follows the page as it changes: a paragraph added to the article raises the counts', async () => {
    const page = await article('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    await waitForPhase(page, 'pass');
    const panel = await panelFor(page);
    const bytedance = panel.locator('.bs-group-entities .bs-entry', { hasText: /^ByteDance/ }).locator('.bs-mentions');
    await bytedance.waitFor();
    const before = Number(await bytedance.evaluate((el) => el.firstChild?.textContent));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late news: ByteDance said on Friday that ByteDance would appeal.';
      document.querySelector('.article-body')!.append(p);
    });
    await expect.poll(async () => Number(await bytedance.evaluate((el) => el.firstChild?.textContent)), { timeout: 8000 }).toBe(before + 2);
    await Promise.all([panel.close(), page.close()]);
  });

  it('searches the whole dataset, finds a record the page does not mention, and opens its card in the panel', async () => {
    const page = await article('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    const panel = await panelFor(page);
    await panel.locator('.bs-group').first().waitFor();
    expect(await panel.locator('.bs-entry', { hasText: 'Adam Presser' }).count()).toBe(0); // not on this page
    await panel.locator('input[type="search"]').fill('adam presser');
    const hit = panel.locator('.bs-results .bs-entry').first();
    await expect.poll(() => hit.locator('.bs-entry-title').textContent()).toBe('Adam Presser');
    await hit.click();
    await expect.poll(() => panel.locator('.bs-panel-card #bs-title').textContent()).toBe('Adam Presser');
    await panel.locator('.bs-panel-card .bs-more').click(); // the first view is short; More shows the sources
    expect(await panel.locator('.bs-panel-card .bs-sources a').count()).toBeGreaterThan(0);
    await panel.keyboard.press('Escape');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toMatch(/^Adam Presser/); // back to the result
    await Promise.all([panel.close(), page.close()]);
  });

  it('on a page that is not coverage, says nothing is annotated and still searches (the page sent nothing)', async () => {
    const page = await article('/pages/hard-lifestyle-dance.html');
    await page.waitForTimeout(1500);
    const panel = await panelFor(page);
    await panel.locator('.bs-none').waitFor();
    await panel.locator('input[type="search"]').fill('Presser');
    await expect.poll(() => panel.locator('.bs-results .bs-entry-title').first().textContent()).toBe('Adam Presser');
    await Promise.all([panel.close(), page.close()]);
  });

  it('declares its shortcuts to the browser: Alt+Shift+B opens the panel, Alt+Shift+N / P step through cards', async () => {
    // Headless Chromium registers the commands but binds no keys (it has no window to take them); the manifest says which.
    const names = (await h.session.worker.evaluate(() => chrome.commands.getAll())).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['open-panel', 'next-mention', 'previous-mention']));
    const manifest = await h.session.worker.evaluate(() => chrome.runtime.getManifest().commands as Record<string, { suggested_key: { default: string } }>);
    expect(Object.fromEntries(Object.entries(manifest).map(([k, v]) => [k, v.suggested_key.default]))).toEqual({
      'open-panel': 'Alt+Shift+B', 'next-mention': 'Alt+Shift+N', 'previous-mention': 'Alt+Shift+P',
    });
    expect(await h.session.worker.evaluate(() => chrome.runtime.getManifest().permissions)).toContain('sidePanel');
    // And the page itself listens for no keys: the same keys typed into the page open nothing.
    const page = await article('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(400);
    expect(await page.locator('[data-backstory-ui] .bs-card').count()).toBe(0);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${scheme} mode, with the page’s lists and with search results (screenshots)`, async () => {
      const page = await article('/pages/seed-001.html');
      await waitForHighlights(page, 5);
      await waitForPhase(page, 'pass');
      const panel = await panelFor(page);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.locator('.bs-group-entities .bs-entry').first().waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.screenshot({ path: resolve(SHOTS, `sidepanel-${scheme}.png`) });
      await panel.locator('input[name="wholeStory"]').check();
      expect(await violations(panel)).toEqual([]);
      await panel.locator('input[type="search"]').fill('bytedance');
      await panel.locator('.bs-results .bs-entry').first().waitFor();
      expect(await violations(panel)).toEqual([]);
      await panel.mouse.move(0, 0); // no row left hovered from the last click
      await panel.screenshot({ path: resolve(SHOTS, `sidepanel-search-${scheme}.png`) });
      await panel.locator('.bs-results .bs-entry').first().click();
      await panel.locator('.bs-panel-card .bs-more').click();
      await panel.locator('.bs-panel-card .bs-sources').waitFor();
      expect(await violations(panel)).toEqual([]);
      await Promise.all([panel.close(), page.close()]);
    });
  }
});

/** The side panel documents Chrome has open (chrome.runtime.getContexts, from the worker). */
const panelContexts = () =>
  h.session.worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] }).then((c) => c.map((x) => x.documentUrl)));

/**
 * The visible text of Chrome's own side panel. Playwright lists no page for it, so
 * this goes through the DevTools protocol: the panel's target, attached from a page's session.
 */
async function sidePanelText(from: Page): Promise<string> {
  const cdp = await h.session.context.newCDPSession(from);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const target = targetInfos.find((t) => t.url.endsWith('/sidepanel.html'));
    if (!target) return '';
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<string>((done) =>
      cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
        if (e.sessionId === sessionId) done(e.message);
      }));
    const expression = 'document.body.innerText';
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    const reply = JSON.parse(await answer) as { result?: { result?: { value?: string } } };
    return reply.result?.result?.value ?? '';
  } finally {
    await cdp.detach();
  }
}

// Last in the file: the panel stays open in the test window.
describe('Chrome’s own side panel, opened by the reader', () => {
  it('opens from the popup’s button within the click’s gesture and shows the page’s records; without a gesture Chrome refuses', async () => {
    const page = await article('/pages/seed-001.html');
    await waitForHighlights(page, 5);
    const tabId = await tabIdOf(h.session.worker, page);
    // Without a gesture (from the worker, as a command handler that awaited first would be) Chrome says no.
    const refused = await h.session.worker.evaluate(async () => {
      const [w] = await chrome.windows.getAll();
      return chrome.sidePanel.open({ windowId: w!.id! }).then(() => 'opened', (e: Error) => e.message);
    });
    expect(refused).toMatch(/user gesture/);
    expect(await panelContexts()).toEqual([]);

    // The popup, opened as a tab of the same window; a real click (a trusted input event) is the gesture.
    const popup = await h.session.context.newPage();
    await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html?tab=${tabId}`);
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Open the side panel' }).click();
    await closed; // the popup closes itself once the panel is open
    await expect.poll(panelContexts).toEqual([`chrome-extension://${h.session.extensionId}/sidepanel.html`]);
    await expect.poll(() => sidePanelText(page), { timeout: 10_000 }).toMatch(/On this page[\s\S]*CLAIMS[\s\S]*PEOPLE AND ORGANISATIONS[\s\S]*ByteDance/i);
    await page.close();
  });
});
