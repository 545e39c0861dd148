// @vitest-environment happy-dom
/**
 * The annotator's wiring on a real page: a coverage page is painted and reported,
 * the popup's question is answered, a site switched off or an extension gone
 * takes everything away, and a page that is not coverage gets nothing at all.
 * The matcher is the small test dataset's; the background is a recording fake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LAYERS } from '../../data/layers.ts';
import { createMatcher } from '../../data/match/find-terms.ts';
import type { PageState } from '../../data/protocol.ts';
import { datasetSchema } from '../../data/records/schema.ts';
import { compileTermIndex } from '../../data/records/term-index.ts';
import { SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { miniDataset } from '../unit/fixture-dataset.ts';
import { fakeLifetime, type FakeLifetime } from './fake-lifetime.ts';
import { registered, resetHighlights, shown } from './highlights.ts';
import { fixture, loadPage, loadRealPage } from './real-page.ts';

const index = compileTermIndex(datasetSchema.parse(miniDataset()));
const bg = vi.hoisted(() => ({
  reportPage: vi.fn(async (_: unknown) => undefined),
  reportFound: vi.fn(async (_: unknown) => undefined),
  loadCard: vi.fn(async () => { throw new Error('no cards in this test'); }),
  handlers: new Map<string, (m: { data?: unknown; sender: { id?: string } }) => unknown>(),
}));
vi.mock('../../entrypoints/content/matcher-source.ts', () => ({ loadMatcher: async () => createMatcher(index) }));
vi.mock('../../entrypoints/content/background-client.ts', () => ({
  reportPage: bg.reportPage, reportFound: bg.reportFound, loadCard: bg.loadCard, repairData: vi.fn(),
}));
vi.mock('../../entrypoints/content/messaging.ts', () => ({
  onMessage: (type: string, fn: (m: { data?: unknown; sender: { id?: string } }) => unknown) => void bg.handlers.set(type, fn),
  sendMessage: vi.fn(),
}));
const { startBackstory } = await import('../../entrypoints/content/controller.ts');

let lifetime: FakeLifetime;
const ask = (type: string, data?: unknown, id = fakeBrowser.runtime.id) => bg.handlers.get(type)!({ data, sender: { id } });
/** Every text marked on any layer. (Emptied layers stay registered: see layer-highlights.ts on extension updates.) */
const marked = () => LAYERS.flatMap((layer) => shown(layer));
const lastState = () => bg.reportPage.mock.calls.at(-1)?.[0] as PageState | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  resetHighlights();
  bg.reportPage.mockClear();
  bg.reportFound.mockClear();
  bg.handlers.clear();
  lifetime = fakeLifetime();
});
afterEach(() => lifetime.end());

describe('startBackstory', () => {
  it('paints a coverage page and tells the badge and the side panel what it holds', async () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    startBackstory(lifetime, document);
    await vi.waitFor(() => expect(bg.reportPage).toHaveBeenCalled());
    expect(shown('entities')).toEqual(['TikTok', 'ByteDance', 'Shou Zi Chew']);
    expect(lastState()).toMatchObject({ status: 'coverage', counts: { entities: 3, figures: 1 } });
    const found = bg.reportFound.mock.calls.at(-1)![0] as { found: { id: string }[] };
    expect(found.found.map((f) => f.id)).toContain('ent-bytedance');
  });

  it('answers Backstory’s popup with the page’s state, and refuses anyone else', async () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    startBackstory(lifetime, document);
    await vi.waitFor(() => expect(bg.reportPage).toHaveBeenCalled());
    expect(ask('getPageState')).toMatchObject({ ok: true, value: { status: 'coverage', counts: { entities: 3 } } });
    expect(ask('getPageState', undefined, 'another-extension')).toEqual({ ok: false, error: 'Refused.' });
  });

  it('gives a page that is not coverage nothing: no highlight, no style, no message, no element', async () => {
    loadPage(fixture('readability/ars-1.html'));
    const before = document.documentElement.outerHTML;
    const sheets = document.adoptedStyleSheets.length;
    startBackstory(lifetime, document);
    await vi.waitFor(() => expect(ask('getPageState')).toMatchObject({ ok: true, value: { status: 'quiet' } }));
    await new Promise((r) => setTimeout(r, 20));
    expect(registered()).toEqual([]);
    expect(bg.reportPage).not.toHaveBeenCalled();
    expect(bg.reportFound).not.toHaveBeenCalled();
    expect(document.adoptedStyleSheets.length).toBe(sheets);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('takes every mark away at once when the reader switches the site off, and says "off"', async () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    startBackstory(lifetime, document);
    await vi.waitFor(() => expect(bg.reportPage).toHaveBeenCalled());
    await fakeBrowser.storage.local.set({ [SITE_CONTROL_KEY]: { paused: true, offSites: [] } });
    expect(marked()).toEqual([]);
    expect(lastState()?.status).toBe('off');
    expect(ask('flashMention', { id: 'ent-bytedance' })).toMatchObject({ ok: false });
  });

  it('leaves the page as it found it when the extension goes away', async () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    const before = document.body.innerHTML;
    startBackstory(lifetime, document);
    await vi.waitFor(() => expect(bg.reportPage).toHaveBeenCalled());
    lifetime.end();
    expect(marked()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
  });
});
