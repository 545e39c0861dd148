/**
 * The card a reader sees, end to end in Chromium: its host, where it sits at a
 * desktop and a phone width, light and dark, how it behaves as a dialog, its
 * short first view, navigation, tabs on overlapping records, the hover preview,
 * and axe on each card type. Screenshots go to docs/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, launchWithExtension, pointOfHighlight, startHarness, waitForHighlights, type Harness } from './browser.ts';

const HOST = '[data-backstory-ui]';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
});
afterAll(() => h?.close());

describe('the UI host', () => {
  it('is a plain div with a closed shadow root for users, made only when a card opens', async () => {
    const session = await launchWithExtension({ measures: false });
    try {
      const page = await session.context.newPage();
      await page.goto(h.server.url('/pages/seed-001.html'));
      await waitForHighlights(page, 5);
      expect(await page.locator(HOST).count()).toBe(0);
      const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
      await page.mouse.click(x, y);
      await page.waitForFunction((sel) => document.querySelector(sel) !== null, HOST);
      const host = await page.evaluate((sel) => {
        const el = document.querySelector(sel)!;
        return { tag: el.tagName, shadow: el.shadowRoot === null, focused: document.activeElement === el };
      }, HOST);
      expect(host).toEqual({ tag: 'DIV', shadow: true, focused: true });
    } finally {
      await session.close();
    }
  });

  it('is untouched by a page that defines its own backstory-ui element', async () => {
    const page = await h.session.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { constructed: number }).constructed = 0;
      customElements.define('backstory-ui', class extends HTMLElement {
        constructor() {
          super();
          (window as unknown as { constructed: number }).constructed++;
        }
      });
    });
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 5);
    const { x, y } = await pointOfHighlight(page, 'backstory-entities', 'ByteDance');
    await page.mouse.click(x, y);
    await expect.poll(() => page.locator(`${HOST} .bs-title`).textContent()).toBe('ByteDance');
    expect(await page.evaluate(() => (window as unknown as { constructed: number }).constructed)).toBe(0);
    await page.close();
  });
});
