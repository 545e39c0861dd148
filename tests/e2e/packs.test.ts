/**
 * Context packs end to end in Chromium: the options page imports, refuses,
 * removes and exports packs, and a tab that is already open follows each change.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, highlightedTexts, pointOfHighlight, startHarness, waitForHighlights, type Harness } from './browser.ts';

const PACKS = resolve(import.meta.dirname, '../fixtures/packs');
const file = (name: string) => ({ name, mimeType: 'application/json', buffer: readFileSync(resolve(PACKS, name)) });

let h: Harness;
let article: Page;
let options: Page;

beforeAll(async () => {
  h = await startHarness({ '/pages/': FIXTURE_PAGES });
  options = await h.session.context.newPage();
  await options.goto(`chrome-extension://${h.session.extensionId}/options.html`);
  await options.locator('.bs-bundled').waitFor();
  article = await h.session.context.newPage();
  await article.goto(h.server.url('/pages/seed-001.html'));
  await waitForHighlights(article, 3);
});
afterAll(async () => {
  await h?.close();
});

/** Every object store of Backstory's IndexedDB, read in the service worker, as one string. */
async function dump(): Promise<string> {
  return h.session.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('backstory');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const out: Record<string, unknown> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      out[name] = await new Promise((ok, fail) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

const entityTexts = async (page: Page) => (await highlightedTexts(page))['backstory-entities'] ?? [];

async function importFile(f: { name: string; mimeType: string; buffer: Buffer }) {
  await options.bringToFront();
  await options.locator('input[type=file]').setInputFiles(f);
}

async function apply() {
  await options.locator('.bs-apply').click();
  await options.locator('.bs-done').waitFor();
}

describe('context packs', () => {
  it('imports a good pack after showing what it adds, and an open tab highlights its record and opens its card', async () => {
    expect(await entityTexts(article)).not.toContain('app stores');
    await importFile(file('good-pack.json'));
    await expect.poll(() => options.locator('.bs-summary-line').textContent()).toMatch(/^1 record added, 0 updated/);
    expect(await options.locator('.bs-changes-added').textContent()).toContain('App stores');
    await apply();
    expect(await options.locator('[data-pack="test-app-stores"]').textContent()).toMatch(/Test pack: app stores.*Backstory tests.*version 2026\.12\.01.*1 entity/);

    await article.bringToFront();
    await expect.poll(() => entityTexts(article), { timeout: 10_000 }).toContain('app stores');
    const { x, y } = await pointOfHighlight(article, 'backstory-entities', 'app stores');
    await article.mouse.click(x, y);
    await expect.poll(() => article.locator('[data-backstory-ui] #bs-title').textContent()).toBe('App stores');
    await article.locator('[data-backstory-ui] .bs-more').click();
    expect(await article.locator('[data-backstory-ui] .bs-foot').textContent()).toMatch(/From the pack “Test pack: app stores” by Backstory tests.*dataset \d{4}\.\d{2}\.\d{2}.*last reviewed/);
    await article.keyboard.press('Escape');
  });

  it('refuses a bad pack, listing every problem with its path, and leaves IndexedDB exactly as it was', async () => {
    const before = await dump();
    await importFile(file('bad-pack.json'));
    const problems = options.locator('.bs-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('Nothing was changed');
    expect(text).toContain('events[0].date: expected an ISO date like 2026-03-05');
    expect(text).toContain('sources[0].url: must be an absolute http(s) URL');
    expect(await dump()).toBe(before);
    await options.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('shows the cross-reference problems of a schema-valid pack, and still changes nothing', async () => {
    const before = await dump();
    const raw = JSON.parse(readFileSync(resolve(PACKS, 'bad-pack.json'), 'utf8'));
    raw.events[0].date = '2026-03-05';
    raw.sources = [];
    await importFile({ name: 'refs.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(raw)) });
    await options.locator('.bs-problems').waitFor();
    expect(await options.locator('.bs-problems').textContent()).toContain('claims[0].sources[1]: src-foo is not a known source');
    expect(await dump()).toBe(before);
    await options.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('refuses keys named __proto__ without storing anything', async () => {
    const before = await dump();
    const text = '{"pack":{"id":"x","title":"x","publisher":"x","version":"1","created":"2026-12-01"},"entities":[{"__proto__":{"polluted":true}}]}';
    await importFile({ name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.locator('.bs-problems').waitFor();
    expect(await options.locator('.bs-problems').textContent()).toContain('entities[0].__proto__: a key named __proto__ is not allowed');
    expect(await dump()).toBe(before);
    await options.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('checks a file dropped on the page just as a chosen one', async () => {
    await options.bringToFront();
    const text = readFileSync(resolve(PACKS, 'good-pack.json'), 'utf8');
    await options.evaluate((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      document.querySelector('.bs-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => options.locator('.bs-summary-line').textContent()).toMatch(/^0 records added, 0 updated \(\d+ unchanged\)\. It replaces the installed version 2026\.12\.01\./);
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('removes the pack: the record is gone from the open tab and from a newly loaded page', async () => {
    await options.bringToFront();
    await options.getByRole('button', { name: 'Remove Test pack: app stores' }).click();
    await options.locator('.bs-done').waitFor();
    expect(await options.locator('[data-pack]').count()).toBe(0);
    await article.bringToFront();
    await expect
      .poll(async () => { const t = await entityTexts(article); return t.includes('ByteDance') && !t.includes('app stores'); }, { timeout: 10_000 })
      .toBe(true);
    const fresh = await h.session.context.newPage();
    await fresh.goto(h.server.url('/pages/seed-001.html'));
    await waitForHighlights(fresh, 3);
    expect(await entityTexts(fresh)).not.toContain('app stores');
    await fresh.close();
  });

  it('exports the data as a pack that imports back identically', async () => {
    await importFile(file('good-pack.json'));
    await options.locator('.bs-apply').waitFor();
    await apply();
    const exportOnce = async () => {
      await options.bringToFront();
      const [download] = await Promise.all([options.waitForEvent('download'), options.locator('.bs-export').click()]);
      return readFileSync((await download.path())!, 'utf8');
    };
    const first = await exportOnce();
    expect(JSON.parse(first).entities.some((e: { id: string }) => e.id === 'ent-app-stores')).toBe(true);
    const records = async () => JSON.stringify(JSON.parse(await dump())['records']) + JSON.stringify(JSON.parse(await dump())['sources']);
    const before = await records();
    await importFile({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(first) });
    await expect.poll(() => options.locator('.bs-summary-line').textContent()).toMatch(/^0 records added, 0 updated \(\d+ unchanged\)/);
    await apply();
    expect(await records()).toBe(before);
    expect(await exportOnce()).toBe(first);
  });

  it('imports ClaimReview fact checks, keeping a rating it cannot map as written', async () => {
    await importFile(file('claimreview.jsonld'));
    await expect.poll(() => options.locator('.bs-summary-line').textContent()).toMatch(/^4 records added/);
    expect(await options.locator('.bs-review h3').textContent()).toContain('Fact checks');
    await apply();
    const stored = JSON.parse(await dump())['records'] as { id: string; verdict?: string; rating?: string }[];
    const claims = stored.filter((r) => r.id.startsWith('clm-cr-'));
    expect(claims.map((c) => [c.verdict, c.rating]).sort()).toEqual([['contradicted', 'False'], [undefined, 'Too early to say']].sort());
  });

  it('is reached from the popup', async () => {
    await options.close(); // an open options tab would only be focused, not opened
    const popup = await h.session.context.newPage();
    await popup.goto(`chrome-extension://${h.session.extensionId}/popup.html`);
    const [opened] = await Promise.all([h.session.context.waitForEvent('page'), popup.locator('.bs-link').click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`chrome-extension://${h.session.extensionId}/options.html`);
    await opened.close();
  });
});
