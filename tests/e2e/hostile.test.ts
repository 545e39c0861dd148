/**
 * Hostile pages (issue 10) in Chromium: the pages of hostile-pages.ts (a real
 * article page with hostile code added in front of everything else), served on
 * loopback with each case's content type and headers. Each case checks
 * what must hold: the page keeps working (no page error, its own code still
 * runs), Backstory's highlights are there and land on the right words, and
 * where it matters the card opens. A plain browser's run of the same page is
 * the reference for the page's own behaviour. Figures go to the log.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseTrace, LIGHT, traced } from '../bench/trace.ts';
import { LAYERS, highlightName } from '../../data/layers.ts';
import { chromiumPath, FIXTURE_PAGES, pointOfHighlight, rangeBoxes, startHarness, type Harness } from './browser.ts';
import { EXPECTED, hostilePages, serveHostile } from './hostile-pages.ts';
import type { StaticServer } from './server.ts';

let h: Harness;
let plain: Browser;
let hostile: StaticServer;
const pages = hostilePages();
const figures: string[] = [];

beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  hostile = await serveHostile(pages);
}, 60_000);

afterAll(async () => {
  console.info(`hostile pages:\n  ${figures.join('\n  ')}`);
  await plain?.close();
  await h?.close();
  await hostile?.close();
});

/** Backstory's painted words, read from the real registry even where the page replaced CSS.highlights. */
async function painted(page: Page): Promise<string[]> {
  const layers = await Promise.all(LAYERS.map((l) => rangeBoxes(page, highlightName(l))));
  return layers.flat().map((b) => b.text).sort();
}

async function waitForPainted(page: Page, min = 3, timeout = 10_000): Promise<string[]> {
  const start = Date.now();
  for (;;) {
    const words = await painted(page);
    if (words.length >= min || Date.now() - start > timeout) return words;
    await page.waitForTimeout(100);
  }
}

/** Opens the page with Backstory, collecting page errors; and the same page in a plain browser. */
async function open(name: string): Promise<{ page: Page; errors: string[]; plainErrors: string[] }> {
  const page = await h.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(hostile.url(`/hostile/${name}`), { waitUntil: 'load' });
  const plainPage = await plain.newPage();
  const plainErrors: string[] = [];
  plainPage.on('pageerror', (e) => plainErrors.push(e.message));
  await plainPage.goto(hostile.url(`/hostile/${name}`), { waitUntil: 'load' });
  await plainPage.waitForTimeout(500);
  await plainPage.close();
  return { page, errors, plainErrors };
}

/** Errors that are not the hostile page's own (it throws only 'page: …'). */
const notThePages = (errors: string[]) => errors.filter((e) => !e.startsWith('page:'));

async function clickOpensCard(page: Page, word = 'ByteDance'): Promise<boolean> {
  const { x, y } = await pointOfHighlight(page, 'backstory-entities', word);
  await page.mouse.click(x, y);
  try {
    await page.locator('[role="dialog"]').first().waitFor({ timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

describe('hostile pages in Chromium', () => {
  it('paints the article when the page has overridden Array, JSON, attachShadow, CSS.highlights, Highlight, StaticRange and MutationObserver', async () => {
    const { page, errors, plainErrors } = await open('overrides');
    const words = await waitForPainted(page);
    for (const w of EXPECTED) expect(words).toContain(w);
    expect(await page.evaluate(() => (window as unknown as { __pageStillWorks(): string }).__pageStillWorks())).toBe('2,4,6');
    expect(await page.evaluate(() => (CSS.highlights as unknown as Map<string, unknown>).size)).toBe(0); // the page's own stand-in, untouched
    expect(errors).toEqual(plainErrors);
    figures.push(`overrides: ${words.length} highlights, page errors ${errors.length} (plain ${plainErrors.length})`);
    await page.close();
  });

  it('paints the article when the page defined its own backstory-ui that throws, and raises no error of ours in the page', async () => {
    const { page, errors, plainErrors } = await open('own-backstory-ui');
    const words = await waitForPainted(page);
    for (const w of EXPECTED) expect(words).toContain(w);
    await page.waitForTimeout(500);
    expect(errors).toEqual(plainErrors); // no card was asked for: nothing of ours was created
    expect(await page.evaluate(() => document.querySelectorAll('backstory-ui').length)).toBe(0);
    figures.push(`own backstory-ui: ${words.length} highlights, page errors ${errors.length} (plain ${plainErrors.length})`);
    await page.close();
  });

  it('reads late text when the page’s own MutationObserver throws on every change', async () => {
    const { page, errors } = await open('throwing-observers');
    await expect.poll(async () => (await painted(page)).includes('Adam Presser'), { timeout: 8000, interval: 200 }).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __observed: number }).__observed)).toBeGreaterThan(0);
    expect(notThePages(errors)).toEqual([]);
    figures.push(`throwing observers: late paragraph read; page errors ${errors.length}, all the page's own`);
    await page.close();
  });

  it('stays on after replayed WXT messages and forged location events, and posts nothing to the window', async () => {
    const { page } = await open('forged-messages');
    const before = (await waitForPainted(page)).length;
    expect(before).toBeGreaterThan(2);
    const id = h.session.extensionId;
    await page.evaluate((extId) => {
      for (const prefix of [extId, 'backstory', '']) {
        window.postMessage({ type: `${prefix}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: String(Math.random()) }, '*');
        window.postMessage({ type: `${prefix}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: String(Math.random()) }, '*');
        window.dispatchEvent(new Event(`${prefix}:content:wxt:locationchange`));
      }
      window.dispatchEvent(new Event('wxt:locationchange'));
      window.dispatchEvent(new PopStateEvent('popstate'));
      (window as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(new Event('currententrychange'));
    }, id);
    await page.waitForTimeout(2500);
    const after = (await painted(page)).length;
    expect(after).toBe(before);
    // Only the page's own 6 posts arrived: Backstory posted none.
    expect(await page.evaluate(() => (window as unknown as { __messages: number }).__messages)).toBe(6);
    expect(await clickOpensCard(page)).toBe(true);
    figures.push(`forged messages: highlights ${before} before, ${after} after; window messages from Backstory 0`);
    await page.close();
  });

  it('paints an article 3,000 elements deep', async () => {
    const { page, errors } = await open('deep-dom');
    const words = await waitForPainted(page);
    for (const w of EXPECTED) expect(words).toContain(w);
    expect(errors).toEqual([]);
    figures.push(`3,000-deep DOM: ${words.length} highlights`);
    await page.close();
  });

  it('marks an XHTML page exactly as the same markup served as HTML', async () => {
    const xhtml = await open('xhtml');
    const html = await open('html-twin');
    const a = await waitForPainted(xhtml.page);
    const b = await waitForPainted(html.page);
    // Parsed as XML to its end: Chromium renders markup up to the first XML error and inserts a parsererror.
    expect(await xhtml.page.evaluate(() => [document.contentType, document.getElementsByTagName('parsererror').length])).toEqual(['application/xhtml+xml', 0]);
    expect(a.length).toBeGreaterThan(2);
    expect(a).toEqual(b);
    figures.push(`XHTML: ${a.length} highlights, same as HTML (${b.length})`);
    await xhtml.page.close();
    await html.page.close();
  });

  it('paints and opens cards under a strict CSP with Trusted Types required', async () => {
    const { page, errors, plainErrors } = await open('csp-trusted-types');
    const words = await waitForPainted(page);
    for (const w of EXPECTED) expect(words).toContain(w);
    expect(await clickOpensCard(page)).toBe(true);
    expect(errors).toEqual(plainErrors);
    figures.push(`strict CSP + Trusted Types: ${words.length} highlights, card opens`);
    await page.close();
  });

  it('opens a card when the page prevents every click in the capture phase, and the page still gets its click', async () => {
    const { page } = await open('capture-prevent');
    await waitForPainted(page);
    expect(await clickOpensCard(page)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks)).toBe(0); // the article stopped it: as the page wanted
    figures.push('capture-phase preventDefault: card opens');
    await page.close();
  });

  // Issue 10.8. Every task that overlaps the pass counts, including one that began just before its first
  // measure: scope, collect, detect and the matcher's unpacking once ran as one 29 ms task that began
  // 1 ms before backstory:pass and so went uncounted. They now yield between steps, and a long text node
  // is counted in chunks. The task after the last match slice (the card's first setup, the first paint,
  // the report) walked all 68,000 matches twice, 6–9 ms of thread time; the report now reads per-record
  // tallies (1.9–4.6 ms), and matching yields before a slice that would overrun its 8 ms budget.
  // Each task's own cost is bounded by its thread time, which a loaded machine does not stretch.
  // Wall time is stretched by other processes (on this shared 2-core machine at a load of 15, 70–270 ms
  // for tasks of 8–11 ms of thread time; quiet, 16–30 ms), so the wall bound stays loose. The trace is
  // LIGHT: DETAILED records every JS callback and about doubles collect's cost (tests/bench/trace.ts).
  it('keeps every task of its pass short on a 2 MB paragraph with no block break', { timeout: 60_000 }, async () => {
    const page = await h.session.context.newPage();
    // A Chromium trace of the load: every main-thread task (not only the Long Tasks API's ≥ 50 ms) during Backstory's pass.
    const { events } = await traced(h.session.context, page, async () => {
        await page.goto(hostile.url('/hostile/giant-paragraph'), { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('backstory:pass').length > 0, undefined, { timeout: 20_000 });
    }, LIGHT);
    const words = await painted(page);
    for (const w of EXPECTED) expect(words).toContain(w);
    const trace = analyseTrace(events, 'backstory:pass')!;
    const longest = trace.longestInSpan!;
    // The innermost phase the longest task started in (pass > match-paint > …), to say whose it is.
    const within = Object.entries(trace.phases)
      .filter(([, p]) => p.startMs <= longest.startMs + 1 && longest.startMs <= p.startMs + p.durMs)
      .sort((a, b) => a[1].durMs - b[1].durMs)[0]?.[0];
    figures.push(
      `2 MB paragraph: ${words.length} highlights (first mentions); pass ${trace.spanMs} ms in ${trace.tasksInSpan} tasks; ` +
        `longest task in the pass ${longest.durMs.toFixed(1)} ms (in ${within}); tasks over 16 ms: ${trace.over16ms.length}`,
    );
    // The pass itself (from scope on), without loading the annotator chunk (compiling ~150 KB of script, once per page).
    const passStart = trace.phases['backstory:pass']!.startMs;
    const inPass = trace.over16ms.filter((t) => t.startMs + t.durMs > passStart).reduce((a, t) => Math.max(a, t.durMs), 0);
    figures.push(`2 MB paragraph: longest task inside the pass itself ${inPass ? `${inPass.toFixed(1)} ms` : '≤ 16 ms'}`);
    // Thread time: no task of the pass costs much more than a frame. The most per run was 8.2–14.3 ms in 16
    // runs (before the tallies and the look-ahead, 9.9–18.5 ms); 20 ms leaves room for a slower CI machine.
    const cpu = trace.byCpu.filter((t) => t.startMs + t.durMs > passStart)[0];
    figures.push(`2 MB paragraph: most thread time of one task in the pass ${cpu?.cpuMs?.toFixed(1)} ms`);
    expect(cpu?.cpuMs).toBeDefined();
    expect(cpu!.cpuMs!).toBeLessThan(20);
    // Wall time: slices are 8 ms, but a shared 2-core machine stretches them (78 ms and 103 ms seen under load for
    // tasks the thread-time bound above passed). 100 ms still fails the one 223 ms task this issue began with.
    expect(inPass).toBeLessThan(100);
    await page.close();
  });
});
