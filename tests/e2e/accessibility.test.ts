/** axe-core on Backstory's own UI: the card (in its shadow root) and the popup. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointOfHighlight, tabIdOf, waitForHighlights, FIXTURE_PAGES, startHarness, type Harness } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
});
afterAll(() => h?.close());

/** Violations (id: targets) inside `include`, which may pierce a shadow root. */
async function violations(page: Page, include: unknown): Promise<string[]> {
  await page.evaluate(axeSource); // evaluate, not a script tag: the popup's CSP forbids inline scripts
  return page.evaluate(async (inc) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run({ include: inc }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include);
}

describe('accessibility', () => {
  it('the card of each type has no axe violations', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-002.html'));
    await waitForHighlights(page, 5);
    for (const [layer, text] of [['backstory-entities', 'Oracle'], ['backstory-claims', 'H800 chips are specifically tailored for the Chinese market'], ['backstory-figures', '600,000']] as const) {
      const { x, y } = await pointOfHighlight(page, layer, text);
      await page.mouse.click(x, y);
      await page.locator('[data-backstory-ui] .bs-more').click(); // the full record: every section axe should see
      await page.locator('[data-backstory-ui] .bs-sources, [data-backstory-ui] .bs-nosource').first().waitFor();
      expect(await violations(page, [['[data-backstory-ui]', '.bs-card']])).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  it('the popup has no axe violations', async () => {
    const page = await h.session.context.newPage();
    await page.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(page, 5);
    const tabId = await tabIdOf(h.session.worker, page);
    const popup = await h.session.context.newPage();
    await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[role="status"]').waitFor();
    expect(await violations(popup, ['body'])).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  it('the options page has no axe violations: as it opens, with a problem list, and with a preview', async () => {
    const page = await h.session.context.newPage();
    await page.goto(`chrome-extension://${h.session.extensionId}/options.html`);
    await page.locator('.bs-bundled').waitFor();
    expect(await violations(page, ['body'])).toEqual([]);
    const packs = resolve(import.meta.dirname, '../fixtures/packs');
    await page.locator('input[type=file]').setInputFiles(resolve(packs, 'bad-pack.json'));
    await page.locator('.bs-problems').waitFor();
    expect(await violations(page, ['body'])).toEqual([]);
    await page.locator('input[type=file]').setInputFiles(resolve(packs, 'good-pack.json'));
    await page.locator('.bs-review').waitFor();
    expect(await violations(page, ['body'])).toEqual([]);
    await page.close();
  });
});
