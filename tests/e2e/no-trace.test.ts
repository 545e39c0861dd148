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
  host: document.querySelectorAll('[data-backstory-ui]').length,
});

describe('with measures off', () => {
  it('leaves no performance entry, highlight or element on a page that is not about the story', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/corpus/guardian-1.html'), { waitUntil: 'load' });
    await page.waitForTimeout(2000); // past the gate and its first late check
    expect(await page.evaluate(traces)).toEqual({ measures: 0, highlights: 0, host: 0 });
    await page.close();
  });

  it('still annotates a page about the story, writing no performance entry there either', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/pages/seed-001.html'), { waitUntil: 'load' });
    await waitForHighlights(page, 5);
    expect((await page.evaluate(traces)).measures).toBe(0);
    await page.close();
  });
});
