/**
 * Hostile pages (issue 10): a real article page (tests/fixtures/pages/seed-001.html)
 * with hostile code added in front of everything else, served through the test's
 * own route so each case can set its content type and headers. Each case checks
 * what must hold: the page keeps working (no page error, its own code still
 * runs), Backstory's highlights are there and land on the right words, and
 * where it matters the card opens. A plain browser's run of the same page is
 * the reference for the page's own behaviour. Figures go to the log.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseTrace, DETAILED, traced } from '../bench/trace.ts';
import { LAYERS, highlightName } from '../../data/layers.ts';
import { chromiumPath, FIXTURE_PAGES, pointOfHighlight, rangeBoxes, startHarness, type Harness } from './browser.ts';

const ARTICLE = readFileSync(join(FIXTURE_PAGES, 'seed-001.html'), 'utf8');
/** Words seed-001 is known to mark (tests/e2e/annotate.test.ts). */
const EXPECTED = ['ByteDance', 'TikTok'];

let h: Harness;
let plain: Browser;
const pages = new Map<string, { body: string; type?: string; headers?: Record<string, string> }>();
const figures: string[] = [];

/** The article with `script` run before anything else in the page's own world. */
function withScript(script: string, extraBody = ''): string {
  return ARTICLE.replace('<head>', `<head><script>${script}</script>`).replace('</body>', `${extraBody}</body>`);
}

/** The page's own health: its script keeps a counter a click raises, and records its errors. */
const HEALTH = `
  window.__pageErrors = 0;
  addEventListener('error', () => window.__pageErrors++);
  window.__clicks = 0;
  document.addEventListener('click', () => window.__clicks++);
  window.__realHighlights = CSS.highlights;
`;

beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
  plain = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  pages.set('overrides', {
    body: withScript(`${HEALTH}
      const realMap = Array.prototype.map;
      Array.prototype.map = function () { throw new Error('page: no map for you'); };
      Array.prototype.forEach = function () { return 'hijacked'; };
      JSON.parse = () => ({ hijacked: true });
      JSON.stringify = () => '"hijacked"';
      Element.prototype.attachShadow = function () { throw new Error('page: no shadow roots'); };
      Object.defineProperty(CSS, 'highlights', { value: new Map(), configurable: true });
      window.Highlight = function () { throw new Error('page: no highlights'); };
      window.StaticRange = function () { throw new Error('page: no ranges'); };
      window.MutationObserver = function () { throw new Error('page: no observers'); };
      EventTarget.prototype.addEventListener = (function (real) { return function (t, f, o) { return real.call(this, t, f, o); }; })(EventTarget.prototype.addEventListener);
      Promise.prototype.then = (function (real) { return function (a, b) { return real.call(this, a, b); }; })(Promise.prototype.then);
      window.setTimeout = (function (real) { return function (f, ms) { return real(f, ms); }; })(window.setTimeout);
      document.createElement = (function (real) { return function (n) { return real.call(document, n); }; })(document.createElement);
      window.__pageStillWorks = () => realMap.call([1, 2, 3], (x) => x * 2).join(',');
    `),
  });
  pages.set('own-backstory-ui', {
    body: withScript(`${HEALTH}
      customElements.define('backstory-ui', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).textContent = 'the page’s own'; throw new Error('page: backstory-ui is mine'); }
      });
    `),
  });
  pages.set('throwing-observers', {
    body: withScript(`${HEALTH}
      const RealMO = MutationObserver;
      window.__observed = 0;
      document.addEventListener('DOMContentLoaded', () => {
        new RealMO(() => { window.__observed++; throw new Error('page: observer blew up'); }).observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          const p = document.createElement('p');
          p.textContent = 'Late: Adam Presser spoke for the TikTok USDS Joint Venture.';
          document.querySelector('article').append(p);
        }, 1500);
      });
    `),
  });
  pages.set('forged-messages', {
    body: withScript(`${HEALTH}
      window.__messages = 0;
      addEventListener('message', () => window.__messages++, true);
    `),
  });
  // 3,000 nested divs around the article: no recursion in Backstory may overflow on it.
  const depth = 3000;
  pages.set('deep-dom', {
    body: ARTICLE.replace('<body>', `<body>${'<div>'.repeat(depth)}`).replace('</body>', `${'</div>'.repeat(depth)}</body>`),
  });
  pages.set('xhtml', { body: toXhtml(ARTICLE), type: 'application/xhtml+xml; charset=utf-8' });
  pages.set('html-twin', { body: toXhtml(ARTICLE), type: 'text/html; charset=utf-8' });
  pages.set('csp-trusted-types', {
    body: withScript(HEALTH),
    headers: {
      'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'self'; img-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    },
  });
  pages.set('capture-prevent', {
    body: withScript(`${HEALTH}
      addEventListener('click', (e) => { e.preventDefault(); }, true);
      document.addEventListener('DOMContentLoaded', () => document.querySelector('article').addEventListener('click', (e) => e.stopPropagation()));
    `),
  });
  // One 2 MB paragraph, no block break, and a ticker that records the longest gap between its ticks: the longest task.
  const sentences = [
    'ByteDance, the Beijing company that owns TikTok, faced a deadline to sell the app under the divest-or-ban law.',
    'Shou Zi Chew told Congress that TikTok had about 170 million American users.',
    'Oracle stores American user data and reviews the recommendation algorithm, the Commerce Department said.',
  ];
  let giant = '';
  for (let i = 0; giant.length < 2_000_000; i++) giant += `${sentences[i % sentences.length]} `;
  pages.set('giant-paragraph', {
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok, ByteDance and the divest-or-ban law</title></head><body><main><article><h1>TikTok and ByteDance: the deadline</h1><p>${giant}</p></article></main></body></html>`,
  });

  for (const context of [h.session.context]) {
    await context.route(/\/hostile\/[^/]+$/, (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      const p = pages.get(name);
      if (!p) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, body: p.body, headers: { 'content-type': p.type ?? 'text/html; charset=utf-8', ...p.headers } });
    });
  }
}, 60_000);

afterAll(async () => {
  console.info(`hostile pages:\n  ${figures.join('\n  ')}`);
  await plain?.close();
  await h?.close();
});

/** The same markup as well-formed XHTML: void elements closed, the XHTML namespace, no doctype quirks. */
function toXhtml(html: string): string {
  return html
    .replace(/<!doctype html>/i, '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>')
    .replace(/<html([^>]*)>/i, (_m, attrs: string) => `<html xmlns="http://www.w3.org/1999/xhtml"${attrs.replace(/\s+xmlns="[^"]*"/, '')}>`)
    .replace(/<(meta|link|br|hr|img|input|source|wbr)\b([^>]*?)\s*\/?>/gi, '<$1$2 />')
    .replace(/&nbsp;/g, '&#160;')
    .replace(/&mdash;/g, '&#8212;')
    .replace(/&ndash;/g, '&#8211;')
    .replace(/&rsquo;/g, '&#8217;')
    .replace(/&lsquo;/g, '&#8216;')
    .replace(/&ldquo;/g, '&#8220;')
    .replace(/&rdquo;/g, '&#8221;')
    .replace(/&hellip;/g, '&#8230;')
    .replace(/&middot;/g, '&#183;')
    .replace(/&copy;/g, '&#169;');
}

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
  await page.goto(h.server.url(`/hostile/${name}`), { waitUntil: 'load' });
  const plainPage = await plain.newPage();
  const plainErrors: string[] = [];
  plainPage.on('pageerror', (e) => plainErrors.push(e.message));
  const p = pages.get(name)!;
  await plainPage.route(/\/hostile\//, (route) => route.fulfill({ status: 200, body: p.body, headers: { 'content-type': p.type ?? 'text/html; charset=utf-8', ...p.headers } }));
  await plainPage.goto(h.server.url(`/hostile/${name}`), { waitUntil: 'load' });
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
    expect(await xhtml.page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
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
  // is counted in chunks. What remains over 16 ms on this shared machine is the task after the last match
  // slice (the card's first setup, the first paint, the report) and load stalls.
  it('keeps every task of its pass short on a 2 MB paragraph with no block break', { timeout: 60_000 }, async () => {
    const page = await h.session.context.newPage();
    // A Chromium trace of the load: every main-thread task (not only the Long Tasks API's ≥ 50 ms) during Backstory's pass.
    const { events } = await traced(h.session.context, page, async () => {
      //DETAILED
      await page.goto(h.server.url('/hostile/giant-paragraph'), { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('backstory:pass').length > 0, undefined, { timeout: 20_000 });
    }, DETAILED);
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
    // Slices are 8 ms; this shared 2-core machine adds stalls of its own (other processes, GC), so the bound is three frames.
    expect(inPass).toBeLessThan(50);
    await page.close();
  });
});
