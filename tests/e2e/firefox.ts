/**
 * Debian's Firefox ESR with the built extension, over WebDriver BiDi (puppeteer-core):
 * the one launcher the Firefox e2e files share. The extension's moz-extension UUID is
 * pinned by a pref, so a test can open its pages; with `measures`, the test switch
 * (storage.local["backstory:measures"]) is set from the extension's own options page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { MEASURES_KEY } from '../../data/measures-key.ts';
import { rangeBoxesInPage, scrollBoxInPage, type RangeBox, type RangeDriver } from './browser.ts';

export const FIREFOX_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');
/** The UUID the tests pin the extension's moz-extension:// host to. */
export const EXTENSION_UUID = '8d1e6c9a-3b55-4a8e-9b0e-1c2d3e4f5a6b';

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Firefox found: run `apt-get install -y firefox-esr` or set FIREFOX_PATH.');
  return found;
}

export interface FirefoxLaunch {
  uuid?: string;
  /** Size the window, 800 px inside its chrome: BiDi here has no screen-orientation override, which setViewport needs. */
  desktopWindow?: boolean;
  /** Or a window of this outer size (Firefox will not go narrower than 450 px). */
  window?: { width: number; height: number };
  /** Turn the test switch on (measures, the card's test-only open shadow root). */
  measures?: boolean;
  /** More set-up to run in the options page, once the switch is set, before it closes. */
  inOptions?: (options: Page) => Promise<unknown>;
}

export async function launchFirefoxWithExtension({ uuid = EXTENSION_UUID, desktopWindow = false, window, measures = false, inOptions }: FirefoxLaunch = {}): Promise<Browser> {
  const size = window ?? (desktopWindow ? { width: 1280, height: 886 } : undefined);
  // The add-on id the build declares (wxt.config.ts), which the UUID pref is keyed by.
  const geckoId: string = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    ...(size ? { defaultViewport: null, args: [`--width=${size.width}`, `--height=${size.height}`] } : {}),
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }) },
  });
  await browser.installExtension(FIREFOX_DIR);
  if (measures || inOptions) {
    const options = await browser.newPage();
    // The options page never reports its load over BiDi here; it is scriptable once it exists.
    await options.goto(`moz-extension://${uuid}/options.html`, { waitUntil: 'domcontentloaded', timeout: 5_000 }).catch(() => undefined);
    if (measures) await options.evaluate((key) => (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.set({ [key]: true }), MEASURES_KEY);
    await inOptions?.(options);
    await options.close();
  }
  return browser;
}

/** The page-side range helpers of browser.ts, driven through puppeteer. */
export const puppeteerRanges = (page: Page): RangeDriver => ({
  boxes: (name) => page.evaluate(rangeBoxesInPage, name),
  scrollBox: (box, at) => page.evaluate(scrollBoxInPage, [box, at] as const),
});

/** The client rects of the ranges in `CSS.highlights.get(name)`, with each range's text. */
export function rangeBoxes(page: Page, name: string): Promise<RangeBox[]> {
  return puppeteerRanges(page).boxes(name);
}
