/**
 * With the measures setting off, as every user has it, a page carries no trace
 * of Backstory: no performance entries on a page that is not about the story, nor
 * on one it annotates, and on the first no DOM and no highlight registry either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, launchWithExtension, waitForHighlights, type Session } from './browser.ts';
import { resolve } from 'node:path';
import { serveStatic, type StaticServer } from './server.ts';

const CORPUS = resolve(import.meta.dirname, '../fixtures/readability');

let session: Session;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic({ '/pages/': FIXTURE_PAGES, '/corpus/': CORPUS });
  session = await launchWithExtension({ measures: false });
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

const traces = () => ({
  measures: performance.getEntries().filter((e) => e.name.startsWith('backstory')).length,
  highlights: [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) => k.startsWith('backstory')).length,
  host: document.querySelectorAll('[data-backstory-ui], backstory-ui').length,
  // No highlight CSS on a page that is not coverage: no adopted sheet, no <style>, and no ::highlight rule a page could probe.
  adoptedSheets: document.adoptedStyleSheets.length,
  styleElements: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('backstory')).length,
  highlightRule: getComputedStyle(document.querySelector('p') ?? document.body, '::highlight(backstory-entities)').textDecorationLine,
  windowMessages: (window as unknown as { __messages: number }).__messages,
});

/** Counts every window message, from the first script on: Backstory must post none. */
const countMessages = () => {
  (window as unknown as { __messages: number }).__messages = 0;
  addEventListener('message', () => (window as unknown as { __messages: number }).__messages++, true);
};

describe('with measures off', () => {
  it('leaves no performance entry, highlight or element on a page that is not about the story', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(countMessages);
    await page.goto(server.url('/corpus/guardian-1.html'), { waitUntil: 'load' });
    await page.waitForTimeout(2000); // past the gate and its first late check
    const seen = await page.evaluate(traces);
    expect(seen).toEqual({ measures: 0, highlights: 0, host: 0, adoptedSheets: 0, styleElements: 0, windowMessages: 0, highlightRule: 'none' });
    await page.close();
  });

  it('still annotates a page about the story, writing no performance entry there either', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/pages/seed-001.html'), { waitUntil: 'load' });
    await waitForHighlights(page, 5);
    const seen = await page.evaluate(traces);
    expect(seen.measures).toBe(0);
    // Coverage: the colours arrive as one adopted sheet, and the highlight rule applies.
    expect(seen.adoptedSheets).toBe(1);
    expect(seen.styleElements).toBe(0);
    expect(seen.highlightRule).toBe('underline');
    await page.close();
  });
});
