/**
 * End-to-end harness: Debian's Chromium (never a downloaded browser) driven by
 * playwright-core, with the built extension loaded the way a user side-loads it.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { MEASURES_KEY } from '../../data/measures-key.ts';
import { serveStatic, type StaticServer } from './server.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: run `apt-get install -y chromium` or set CHROMIUM_PATH.');
  return found;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; extensionDir?: string; measures?: boolean } = {}): Promise<Session> {
  const dir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npm run build\`.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Pages under test are served on loopback; anything they ask of the outside world is refused at once
  // (this machine has no network, and a test must not wait on one).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // Turn on the backstory:* performance measures the tests wait for (off for users: no trace in pages).
  if (opts.measures ?? true) await worker.evaluate((key) => chrome.storage.local.set({ [key]: true }), MEASURES_KEY);
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Every painted highlight, read from the page's own world: layer → the text of each range. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Highlight>) {
      out[name] = [...(hl as unknown as Set<AbstractRange>)].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
    }
    return out;
  });
}

/** Highlight ranges whose text sits outside `selector` (chrome a highlight must never touch). */
export async function highlightsOutside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const allowed = document.querySelector(sel);
    const bad: string[] = [];
    for (const [, hl] of CSS.highlights as unknown as Map<string, Highlight>) {
      for (const r of hl as unknown as Set<AbstractRange>) {
        if (!allowed || !allowed.contains(r.startContainer) || !allowed.contains(r.endContainer)) {
          bad.push(r.startContainer.textContent?.slice(0, 60) ?? '?');
        }
      }
    }
    return bad;
  }, selector);
}

/** Waits until Backstory has painted at least `min` ranges, or fails with what it saw. */
export async function waitForHighlights(page: Page, min = 1, timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (n) => {
      let total = 0;
      for (const [name, hl] of CSS.highlights as unknown as Map<string, Highlight>) {
        if (name.startsWith('backstory-')) total += (hl as unknown as Set<unknown>).size;
      }
      return total >= n;
    },
    min,
    { timeout },
  );
}

/** The page's DOM outside Backstory's UI host, serialised: must be identical with and without Backstory. */
export async function domOutsideHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-backstory-ui]').forEach((el) => el.remove());
    return clone.outerHTML;
  });
}

/** Resolves once the content script has recorded the `backstory:<name>` phase on this page. */
export async function waitForPhase(page: Page, name: string, timeout = 10_000): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName(`backstory:${n}`).length > 0, name, { timeout });
}

export async function phasesSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name).filter((n) => n.startsWith('backstory:')));
}

/** Total ranges in Backstory's highlights on the page. */
export async function highlightCount(page: Page): Promise<number> {
  const texts = await highlightedTexts(page);
  return Object.entries(texts).filter(([k]) => k.startsWith('backstory-')).reduce((n, [, v]) => n + v.length, 0);
}

/** A box of a laid-out range, in CSS px relative to the window (a plain copy of a DOMRect). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** One range of a highlight as the page shows it: its text, where it starts in its text node, whether it sits inside a link, and its client rects. */
export interface RangeBox {
  text: string;
  startOffset: number;
  inLink: boolean;
  rects: Box[];
}

/**
 * Runs in the page (Playwright's or puppeteer's `evaluate`, so it closes over nothing): the ranges of
 * the highlight `name`, in the registry's order, each with its text and client rects. A hostile page
 * that replaces `CSS.highlights` keeps the real registry as `window.__realHighlights` first
 * (tests/e2e/hostile.test.ts), and that one is read. Plain loops only: that page also breaks `Array.prototype.map`.
 */
export function rangeBoxesInPage(name: string): RangeBox[] {
  const registry = ((window as unknown as { __realHighlights?: HighlightRegistry }).__realHighlights ?? CSS.highlights) as unknown as Map<string, Set<AbstractRange>>;
  const out: RangeBox[] = [];
  for (const r of registry.get(name) ?? []) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const rects: Box[] = [];
    for (const { left, top, right, bottom, width, height } of live.getClientRects()) rects.push({ left, top, right, bottom, width, height });
    out.push({ text: live.toString(), startOffset: r.startOffset, inLink: !!r.startContainer.parentElement?.closest('a'), rects });
  }
  return out;
}

/** Runs in the page: scrolls the window so `box` (a client rect) has its top `at` px from the window's top, or is centred in it. */
export function scrollBoxInPage([box, at]: readonly [Box, number | null]): void {
  window.scrollBy(0, at === null ? box.top + box.height / 2 - innerHeight / 2 : box.top - at);
}

/** What the helpers below need of a page, from either driver (Playwright here, puppeteer in firefox.ts). */
export interface RangeDriver {
  boxes(name: string): Promise<RangeBox[]>;
  scrollBox(box: Box, at: number | null): Promise<unknown>;
}

export const playwrightRanges = (page: Page): RangeDriver => ({
  boxes: (name) => page.evaluate(rangeBoxesInPage, name),
  scrollBox: (box, at) => page.evaluate(scrollBoxInPage, [box, at] as const),
});

/** The client rects of the ranges in `CSS.highlights.get(name)`, with each range's text (see `rangeBoxesInPage`). */
export function rangeBoxes(page: Page, name: string): Promise<RangeBox[]> {
  return playwrightRanges(page).boxes(name);
}

/** The centre of a box. */
export const centre = (box: Box) => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });

/**
 * Scrolls the window so the first box of the first range of highlight `name` that `pick` accepts
 * has its top `at` px from the window's top (or is centred); returns that range as laid out then.
 */
export async function scrollRangeTo(driver: RangeDriver, name: string, pick: (b: RangeBox) => boolean, at: number | null = null): Promise<RangeBox> {
  const index = (await driver.boxes(name)).findIndex((b) => b.rects.length > 0 && pick(b));
  if (index < 0) throw new Error(`No such range laid out in ${name}`);
  await driver.scrollBox((await driver.boxes(name))[index]!.rects[0]!, at);
  return (await driver.boxes(name))[index]!;
}

/** Ranges a click would open a card for by their own text: `text` exactly, not inside a link. */
export const wordOutsideLinks = (text: string) => (b: RangeBox) => b.text === text && !b.inLink;

/** Centre of the first painted range whose text is `text` and that is not inside a link, scrolled to the window's middle. */
export async function pointOfHighlight(page: Page, layer: string, text: string): Promise<{ x: number; y: number }> {
  const range = await scrollRangeTo(playwrightRanges(page), layer, wordOutsideLinks(text)).catch(() => {
    throw new Error(`No painted "${text}" in ${layer}`);
  });
  return centre(range.rects[0]!);
}

/**
 * The id Chromium gave the tab showing `page`, asked of the extension's own worker.
 * Backstory has no "tabs" permission, so URLs are hidden from it: bring the page to
 * the front and ask for the active tab.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error('no active tab');
    return tab.id;
  });
}

/** The fixture pages every tier shares. */
export const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export interface Harness {
  session: Session;
  server: StaticServer;
  close(): Promise<void>;
}

/** A loopback server for `mounts` and a Chromium with the built extension: one per test file. */
export async function startHarness(mounts: Record<string, string>): Promise<Harness> {
  const server = await serveStatic(mounts);
  const session = await launchWithExtension();
  return {
    session,
    server,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/**
 * Sends a message to a tab's content script from the extension's worker, in
 * @webext-core/messaging's format: what the background does when the browser
 * reports a command (a shortcut the browser itself handles, which a test's
 * synthetic key presses cannot reach), and what the side panel sends.
 */
export async function sendToTab<T = unknown>(worker: Worker, tabId: number, type: string, data: unknown): Promise<T> {
  const answer = await worker.evaluate(
    ([id, t, d]) => chrome.tabs.sendMessage(id as number, { id: Date.now(), type: t, data: d, timestamp: Date.now() }) as Promise<{ res?: unknown; err?: unknown }>,
    [tabId, type, data] as const,
  );
  if (!answer || 'err' in answer) throw new Error(`No answer to ${type}: ${JSON.stringify(answer)}`);
  return answer.res as T;
}
