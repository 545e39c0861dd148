/**
 * The card a reader sees, end to end in Chromium: its host, where it sits at a
 * desktop and a phone width, light and dark, how it behaves as a dialog, its
 * short first view, navigation, tabs on overlapping records, the hover preview,
 * and axe on each card type. Screenshots go to docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centre, FIXTURE_PAGES, launchWithExtension, playwrightRanges, pointOfHighlight, rangeBoxes, scrollRangeTo, sendToTab, startHarness, tabIdOf, waitForHighlights, wordOutsideLinks, type Harness } from './browser.ts';

const HOST = '[data-backstory-ui]';
const CARD = `${HOST} .bs-card`;
const SHOTS = resolve(import.meta.dirname, '../../docs/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;
type Viewport = keyof typeof VIEWPORTS;
type Theme = 'light' | 'dark';

/** A dark page, as a site's dark theme paints it (Backstory reads the background, not the OS setting). */
const DARK_PAGE_CSS = 'html, body, article, main, .article-body { background: #16151b !important; color: #e6e3ee !important; } a { color: #b9c8ff !important; }';

/** One highlight of each card type, on the pages that have them. */
const CASES = [
  { type: 'entity', page: '/pages/seed-001.html', layer: 'backstory-entities', text: 'ByteDance' },
  { type: 'event', page: '/pages/seed-002.html', layer: 'backstory-timeline', text: 'call took place between President Donald Trump and Chinese President Xi' },
  { type: 'claim', page: '/pages/seed-002.html', layer: 'backstory-claims', text: 'H800 chips are specifically tailored for the Chinese market' },
  { type: 'figure', page: '/pages/seed-002.html', layer: 'backstory-figures', text: '600,000' },
] as const;

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

async function openPage(path: string, viewport: Viewport, theme: Theme): Promise<Page> {
  const page = await h.session.context.newPage();
  await page.setViewportSize(VIEWPORTS[viewport]);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(h.server.url(path));
  if (theme === 'dark') await page.addStyleTag({ content: DARK_PAGE_CSS });
  await waitForHighlights(page, 5);
  return page;
}

/** Scrolls so the highlight's first box sits at `where` in the window, and returns its centre. */
async function placeHighlight(page: Page, layer: string, text: string, where: 'top' | 'middle' | 'bottom') {
  const height = await page.evaluate(() => innerHeight);
  const at = where === 'top' ? 40 : where === 'bottom' ? height - 60 : height / 2;
  return centre((await scrollRangeTo(playwrightRanges(page), layer, wordOutsideLinks(text), at)).rects[0]!);
}

async function openCardAt(page: Page, point: { x: number; y: number }) {
  await page.mouse.click(point.x, point.y);
  await page.locator(`${CARD} .bs-body`).waitFor();
}

/** The card's box, its title's and its ×'s, in window coordinates. */
async function boxes(page: Page) {
  const [card, title, close] = await Promise.all([CARD, `${CARD} .bs-title`, `${CARD} .bs-close`].map((s) => page.locator(s).boundingBox()));
  return { card: card!, title: title!, close: close! };
}

const inside = (b: { x: number; y: number; width: number; height: number }, v: { width: number; height: number }) =>
  b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;

/** Where focus is: inside the card (in its shadow root), on the host itself, or out in the page. */
const focusPlace = (page: Page) =>
  page.evaluate((sel) => {
    const host = document.querySelector(sel);
    if (!host || document.activeElement !== host) return 'page';
    const inner = host.shadowRoot?.activeElement;
    return inner && inner.closest('.bs-card') ? 'card' : 'host';
  }, HOST);

/** Words in the first view a reader sees: the header's type and name and the short body. */
const firstViewWords = (page: Page) =>
  page.evaluate((sel) => {
    const card = document.querySelector(sel)!.shadowRoot!.querySelector('.bs-card')!;
    const parts = ['.bs-kicker', '.bs-title', '.bs-verdict', '.bs-outdated', '.bs-roles', '.bs-brief'].map((s) => card.querySelector(s));
    const text = parts.map((p) => (p as HTMLElement | null)?.innerText ?? '').join(' ');
    return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  }, HOST);

async function axeViolations(page: Page, inner: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, [[HOST, inner]]);
}

for (const viewport of ['desktop', 'phone'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    const v = VIEWPORTS[viewport];
    describe(`a card at ${v.width}×${v.height}, ${theme}`, () => {
      it('lies inside the window with its header in view, wherever the word sits, and never scrolls the page', async () => {
        const sizes: string[] = [];
        for (const c of CASES) {
          const page = await openPage(c.page, viewport, theme);
          for (const where of ['top', 'middle', 'bottom'] as const) {
            const point = await placeHighlight(page, c.layer, c.text, where);
            const scrolled = await page.evaluate(() => scrollY);
            await openCardAt(page, point);
            await page.waitForTimeout(50); // autoUpdate's first placement
            const b = await boxes(page);
            expect(inside(b.card, v), `${c.type} at ${where}: ${JSON.stringify(b.card)}`).toBe(true);
            expect(inside(b.title, v) && inside(b.close, v)).toBe(true);
            expect(b.title.y).toBeGreaterThanOrEqual(b.card.y);
            // Not squeezed: it gets its whole height, or the larger of the room above and below the word.
            const natural = await page.evaluate((sel) => {
              const card = document.querySelector(sel)!.shadowRoot!.querySelector<HTMLElement>('.bs-card')!;
              const scroll = card.querySelector<HTMLElement>('.bs-scroll')!;
              return card.offsetHeight - scroll.clientHeight + scroll.scrollHeight;
            }, HOST);
            const room = viewport === 'phone' ? v.height * 0.6 : Math.max(point.y, v.height - point.y) - 30;
            expect(b.card.height, `${c.type} at ${where}`).toBeGreaterThanOrEqual(Math.min(natural, room) - 1);
            expect(await page.evaluate(() => scrollY)).toBe(scrolled);
            if (viewport === 'phone') {
              expect(b.card.y + b.card.height).toBeCloseTo(v.height, 0);
              expect(b.card.height).toBeLessThanOrEqual(v.height * 0.6 + 1);
            } else {
              // Beside the words, not over them.
              const over = b.card.y < point.y && b.card.y + b.card.height > point.y && b.card.x < point.x && b.card.x + b.card.width > point.x;
              expect(over, `${c.type} at ${where} covers the clicked word`).toBe(false);
            }
            sizes.push(`${c.type}/${where} ${Math.round(b.card.width)}×${Math.round(b.card.height)}, ${await firstViewWords(page)} words`);
            await page.keyboard.press('Escape');
            await expect.poll(() => page.locator(CARD).count()).toBe(0);
          }
          await page.close();
        }
        console.info(`cards at ${viewport} ${theme}: ${sizes.join('; ')}`);
      });

      it('keeps focus inside over 12 Tabs and Shift+Tabs, closes on Escape, and returns focus to where it was', async () => {
        const page = await openPage('/pages/seed-001.html', viewport, theme);
        // Keyboard path: focus a page link, step to a highlight with the Alt+Shift+N command, and come back to the link.
        // The browser owns the shortcut and tells the background, which tells the tab: the same message here.
        await page.locator('a').first().focus();
        await sendToTab(h.session.worker, await tabIdOf(h.session.worker, page), 'stepCard', { step: 1 });
        await page.locator(`${CARD} .bs-body`).waitFor();
        await expect.poll(() => focusPlace(page)).toBe('card');
        for (let i = 0; i < 12; i++) {
          await page.keyboard.press('Tab');
          expect(await focusPlace(page), `after Tab ${i + 1}`).toBe('card');
        }
        for (let i = 0; i < 12; i++) {
          await page.keyboard.press('Shift+Tab');
          expect(await focusPlace(page), `after Shift+Tab ${i + 1}`).toBe('card');
        }
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator(CARD).count()).toBe(0);
        expect(await page.evaluate(() => document.activeElement === document.querySelector('a'))).toBe(true);
        await page.close();
      });

      it('closes on a press outside it', async () => {
        const page = await openPage('/pages/seed-001.html', viewport, theme);
        await openCardAt(page, await placeHighlight(page, 'backstory-entities', 'ByteDance', 'middle'));
        const card = (await boxes(page)).card;
        // A point in the window the card does not cover: above it when there is room (a tall bottom sheet starts above the middle), else below.
        const y = card.y >= 20 ? 10 : Math.min(v.height - 10, card.y + card.height + 10);
        await page.mouse.click(5, y);
        await expect.poll(() => page.locator(CARD).count()).toBe(0);
        await page.close();
      });

      it(`shows a short first view, More for the rest, and follows a date to its own card and Back`, async () => {
        const page = await openPage('/pages/seed-001.html', viewport, theme);
        await openCardAt(page, await placeHighlight(page, 'backstory-entities', 'ByteDance', 'middle'));
        const card = page.locator(CARD);
        expect(await firstViewWords(page)).toBeLessThanOrEqual(60);
        expect(await card.locator('.bs-dates li').count()).toBe(3);
        expect(await card.locator('.bs-count').textContent()).toMatch(/^\d+ sources?$/);
        await page.screenshot({ path: resolve(SHOTS, `card-${viewport}-${theme}.png`) });
        const more = card.locator('.bs-more');
        expect(await more.getAttribute('aria-expanded')).toBe('false');
        await more.click();
        expect(await more.getAttribute('aria-expanded')).toBe('true');
        expect(await card.locator('.bs-timeline li').count()).toBeGreaterThan(3);
        expect(await card.locator('.bs-sources li').count()).toBeGreaterThan(0);
        await page.waitForTimeout(50); // autoUpdate follows the card's new size
        const full = await boxes(page);
        expect(inside(full.card, v) && inside(full.title, v) && inside(full.close, v)).toBe(true);
        await more.click();
        // A date opens its event inside the card; Back and the breadcrumb come back.
        const date = card.locator('.bs-dates .bs-link').first();
        await date.click();
        await expect.poll(() => card.locator('.bs-kicker').textContent()).toMatch(/^Timeline/);
        expect(await card.locator('.bs-crumb').allTextContents()).toEqual(['ByteDance']);
        await card.locator('.bs-back').click();
        await expect.poll(() => card.locator('.bs-title').textContent()).toBe('ByteDance');
        expect(await card.locator('.bs-back').count()).toBe(0);
        await page.close();
      });
    });
  }
}

describe('records over the same words', () => {
  it('shows a tab for the claim and the event where they overlap, the most specific first', async () => {
    const page = await openPage('/pages/seed-001.html', 'desktop', 'light');
    await openCardAt(page, await placeHighlight(page, 'backstory-claims', 'China later added export controls on certain algorithms', 'middle'));
    const tabs = page.locator(`${CARD} [role="tab"]`);
    await expect.poll(() => tabs.allTextContents()).toContain('Claim');
    const labels = await tabs.allTextContents();
    expect(labels).toContain('Event');
    expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
    const kickers: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      await tabs.nth(i).click();
      await expect.poll(() => tabs.nth(i).getAttribute('aria-selected')).toBe('true');
      await expect.poll(() => page.locator(`${CARD} .bs-kicker`).textContent()).not.toBe('');
      kickers.push((await page.locator(`${CARD} .bs-kicker`).textContent())!);
    }
    expect(kickers.some((k) => /claim check/i.test(k)) && kickers.some((k) => /^timeline/i.test(k))).toBe(true);
    await page.screenshot({ path: resolve(SHOTS, 'card-tabs.png') });
    expect(await axeViolations(page, '.bs-card')).toEqual([]);
    await page.close();
  });
});

describe('the hover preview', () => {
  it('appears after the pointer rests 350 ms on a highlight, not before, and goes when it moves away', async () => {
    const page = await openPage('/pages/seed-001.html', 'desktop', 'light');
    const point = await placeHighlight(page, 'backstory-entities', 'ByteDance', 'middle');
    const preview = page.locator(`${HOST} .bs-preview`);
    await page.mouse.move(point.x - 1, point.y);
    const start = Date.now();
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(200);
    expect(await preview.count()).toBe(0);
    await preview.waitFor();
    expect(Date.now() - start).toBeGreaterThanOrEqual(350);
    expect(await preview.locator('.bs-preview-title').textContent()).toBe('ByteDance');
    expect(await preview.locator('.bs-kicker').textContent()).toMatch(/company/i);
    const box = (await preview.boundingBox())!;
    expect(inside(box, VIEWPORTS.desktop)).toBe(true);
    expect(box.y + box.height).toBeLessThanOrEqual(point.y); // beside (above) the word, not over it
    await page.screenshot({ path: resolve(SHOTS, 'card-preview.png'), clip: { x: 0, y: Math.max(0, box.y - 40), width: 1280, height: box.height + 120 } });
    expect(await axeViolations(page, '.bs-preview')).toEqual([]);
    await page.mouse.move(point.x, point.y + 60);
    await expect.poll(() => preview.count()).toBe(0);
    await page.close();
  });
});

describe('an open card', () => {
  it('stays attached to its words when the page scrolls and the window is resized', async () => {
    const page = await openPage('/pages/seed-001.html', 'desktop', 'light');
    const point = await placeHighlight(page, 'backstory-entities', 'ByteDance', 'middle');
    await openCardAt(page, point);
    await page.waitForTimeout(50); // autoUpdate's first placement
    // The clicked word's box: the ByteDance whose box held the click, found again by its place in the highlight.
    const holds = (r: { left: number; right: number; top: number; bottom: number }) => point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom;
    const nth = (await rangeBoxes(page, 'backstory-entities')).findIndex((b) => b.rects.some(holds));
    expect(nth).toBeGreaterThanOrEqual(0);
    const wordBox = async () => {
      const r = (await rangeBoxes(page, 'backstory-entities'))[nth]!.rects[0]!;
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    };
    const gap = (card: { y: number; height: number }, word: { y: number; height: number }) =>
      card.y >= word.y + word.height ? card.y - (word.y + word.height) : word.y - (card.y + card.height);
    const before = { card: (await boxes(page)).card, word: await wordBox() };
    expect(gap(before.card, before.word)).toBeLessThan(40);

    // Scrolled, then resized: each time the card is still in the window, beside its word and not over it.
    const stillBeside = async (v: { width: number; height: number }, what: string) => {
      await page.waitForTimeout(150); // autoUpdate follows on the next frame
      expect(await page.locator(CARD).count(), what).toBe(1);
      const card = (await boxes(page)).card;
      const word = await wordBox();
      expect(inside(card, v), `${what}: ${JSON.stringify(card)}`).toBe(true);
      const over = card.y < word.y + word.height && card.y + card.height > word.y && card.x < word.x + word.width && card.x + card.width > word.x;
      expect(over, `${what}: the card covers its word`).toBe(false);
      expect(gap(card, word), what).toBeLessThan(40);
    };
    await page.evaluate(() => window.scrollBy(0, 90));
    await stillBeside(VIEWPORTS.desktop, 'scrolled 90 px');
    await page.setViewportSize({ width: 900, height: 640 });
    await stillBeside({ width: 900, height: 640 }, 'resized to 900×640');
    await page.close();
  });
});

describe('on a phone, the bottom sheet', () => {
  it('closes with a swipe down on its handle, and not with a short drag', async () => {
    const page = await openPage('/pages/seed-001.html', 'phone', 'light');
    await openCardAt(page, await placeHighlight(page, 'backstory-entities', 'ByteDance', 'top'));
    const grip = (await page.locator(`${CARD} .bs-grip`).boundingBox())!;
    const drag = async (dy: number) => {
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
      await page.mouse.down();
      await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2 + dy, { steps: 5 });
      await page.mouse.up();
    };
    await drag(20);
    expect(await page.locator(CARD).count()).toBe(1);
    await drag(150);
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    await page.close();
  });
});

describe('a tap', () => {
  it('opens the card from 8 px beside the word, where a mouse click there opens nothing', async () => {
    const page = await openPage('/pages/seed-001.html', 'phone', 'light');
    // A ByteDance that does not start its text node, so 8 px to its left is still text.
    const word = await scrollRangeTo(playwrightRanges(page), 'backstory-entities', (b) => wordOutsideLinks('ByteDance')(b) && b.startOffset >= 2);
    const left = { x: word.rects[0]!.left - 8, y: centre(word.rects[0]!).y };
    await page.mouse.click(left.x, left.y);
    await page.waitForTimeout(300);
    expect(await page.locator(CARD).count()).toBe(0);
    // A real touch: Chromium's touch emulation turns touchstart/touchend into a tap and its click.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    for (const type of ['touchStart', 'touchEnd'] as const) {
      await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: left!.x, y: left!.y }] });
    }
    await expect.poll(() => page.locator(`${CARD} .bs-title`).textContent()).toBe('ByteDance');
    await page.close();
  });
});

describe('accessibility of each card type', () => {
  it('axe finds nothing in the first view and the full record of an entity, event, claim and figure card', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const c of CASES) {
      const page = await openPage(c.page, 'desktop', 'light');
      await openCardAt(page, await placeHighlight(page, c.layer, c.text, 'middle'));
      expect(await page.locator(CARD).getAttribute('class')).toContain(`bs-${c.type}`);
      expect(await axeViolations(page, '.bs-card'), `${c.type} first view`).toEqual([]);
      await page.screenshot({ path: resolve(SHOTS, `card-${c.type}.png`) });
      await page.locator(`${CARD} .bs-more`).click();
      expect(await axeViolations(page, '.bs-card'), `${c.type} full`).toEqual([]);
      await page.close();
    }
  });
});
