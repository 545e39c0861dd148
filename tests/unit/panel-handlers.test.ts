import { afterEach, describe, expect, it, vi } from 'vitest';
import { onCommand, manifestCommands } from '../../entrypoints/background/commands.ts';
import { BackstoryDatabase } from '../../entrypoints/background/database.ts';
import { isExtensionPage, panelHandlers, type Sender } from '../../entrypoints/background/panel-handlers.ts';
import { seedDataset } from '../../entrypoints/background/seed.ts';
import { clearOnNavigation, createTabReports, tabReportKey, type ReportArea } from '../../entrypoints/background/tab-reports.ts';
import type { PageReport } from '../../data/protocol.ts';
import { miniDataset } from './fixture-dataset.ts';

let n = 0;
const dbs: BackstoryDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});
async function seeded() {
  const db = new BackstoryDatabase(`panel-${n++}`);
  dbs.push(db);
  await seedDataset(db, miniDataset(), vi.fn());
  return db;
}

/** storage.session as a Map. */
function memoryArea(): ReportArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (o) => void Object.entries(o).forEach(([k, v]) => items.set(k, v)),
    remove: async (key) => void items.delete(key),
  };
}

const OWN = 'backstory';
const ORIGIN = 'chrome-extension://backstory/';
const content = (tabId: number): Sender => ({ id: OWN, url: 'https://news.example/story', tab: { id: tabId } });
const panelPage: Sender = { id: OWN, url: `${ORIGIN}sidepanel.html` };
const report: PageReport = {
  url: 'https://news.example/story',
  published: '2024-03-13',
  found: [
    { id: 'ent-bytedance', layer: 'entities', count: 4 },
    { id: 'ent-oracle', layer: 'entities', count: 1 },
    { id: 'evt-2025-01-17-ruling', layer: 'timeline', count: 2 },
    { id: 'clm-oracle-servers', layer: 'claims', count: 1 },
  ],
};

function setup(db: BackstoryDatabase, area = memoryArea()) {
  const reports = createTabReports(area);
  const h = panelHandlers({ getDb: async () => db, reports, isOwn: (s) => s.id === OWN, isPage: (s) => isExtensionPage(s, ORIGIN, OWN) });
  return { h, reports, area };
}

describe('the side panel’s background', () => {
  it('passes on how the article’s date was found, so the panel can say it was the reader’s correction', async () => {
    const { h } = setup(await seeded());
    await h.reportFound({ ...report, published: '2024-03-14', publishedSource: 'reader' }, content(8));
    const res = await h.getPanel({ tabId: 8 }, panelPage);
    if (!res.ok || !res.value.page) throw new Error(JSON.stringify(res));
    expect([res.value.page.publishedSource, res.value.page.view.published]).toEqual(['reader', '2024-03-14']);
  });

  it('keeps what a content script found for its own tab and answers the panel with it, grouped and counted', async () => {
    const { h } = setup(await seeded());
    expect(await h.reportFound(report, content(7))).toEqual({ ok: true, value: null });
    const res = await h.getPanel({ tabId: 7 }, panelPage);
    if (!res.ok || !res.value.page) throw new Error(JSON.stringify(res));
    const { view } = res.value.page;
    expect(view.groups.find((g) => g.layer === 'entities')).toMatchObject({ count: 5, entries: [{ title: 'ByteDance', count: 4 }, { title: 'Oracle', count: 1 }] });
    expect(view.groups[0]!.entries[0]).toMatchObject({ id: 'clm-oracle-servers', verdict: { label: 'Supported' } });
    expect(view.timeline.map((i) => i.kind)).toEqual(['article', 'event']); // the ruling came after the article
    // Another tab has nothing.
    expect(await h.getPanel({ tabId: 8 }, panelPage)).toEqual({ ok: true, value: { tabId: 8, page: null } });
  });

  it('refuses a report from an extension page or without a tab, and a malformed one', async () => {
    const { h, reports } = setup(await seeded());
    expect((await h.reportFound(report, panelPage)).ok).toBe(false);
    expect((await h.reportFound(report, { id: OWN, url: 'https://x.example/' })).ok).toBe(false);
    expect((await h.reportFound(report, { ...content(3), id: 'another-extension' })).ok).toBe(false);
    expect((await h.reportFound({ ...report, found: [{ id: 'ent-x', layer: 'entities', count: 0 }] }, content(3))).ok).toBe(false);
    expect((await h.reportFound({ ...report, extra: true }, content(3))).ok).toBe(false);
    expect(await reports.get(3)).toBeUndefined();
  });

  it('never lets a content script read a tab’s report or search', async () => {
    const { h } = setup(await seeded());
    await h.reportFound(report, content(7));
    expect(await h.getPanel({ tabId: 7 }, content(9))).toMatchObject({ ok: false });
    expect(await h.searchRecords({ query: 'oracle' }, content(9))).toMatchObject({ ok: false });
  });

  it('searches the stored data, packs included, from the panel', async () => {
    const { h } = setup(await seeded());
    const res = await h.searchRecords({ query: '字节跳动' }, panelPage);
    expect(res.ok && res.value[0]).toMatchObject({ id: 'ent-bytedance', matched: '字节跳动' });
    expect((await h.searchRecords({ query: 'x'.repeat(201) }, panelPage)).ok).toBe(false);
  });

  it('forgets a tab’s report when the page says it has nothing, when the tab navigates and when it closes', async () => {
    const area = memoryArea();
    const { h, reports } = setup(await seeded(), area);
    const removed: ((id: number) => void)[] = [];
    const updated: ((id: number, c: { status?: string }) => void)[] = [];
    clearOnNavigation(reports, { onRemoved: { addListener: (f) => removed.push(f) }, onUpdated: { addListener: (f) => updated.push(f) } });

    await h.reportFound(report, content(1));
    expect(area.items.has(tabReportKey(1))).toBe(true);
    await h.reportFound({ ...report, found: [] }, content(1));
    expect(area.items.has(tabReportKey(1))).toBe(false);

    await h.reportFound(report, content(2));
    updated[0]!(2, { status: 'complete' });
    await vi.waitFor(async () => expect(await reports.get(2)).toBeDefined());
    updated[0]!(2, { status: 'loading' });
    await vi.waitFor(async () => expect(await reports.get(2)).toBeUndefined());

    await h.reportFound(report, content(3));
    removed[0]!(3);
    await vi.waitFor(() => expect(area.items.has(tabReportKey(3))).toBe(false));
  });

  it('answers from session storage after the worker restarted', async () => {
    const db = await seeded();
    const area = memoryArea();
    await setup(db, area).h.reportFound(report, content(5));
    const restarted = setup(db, area).h; // a new worker: empty memory, same session storage
    const res = await restarted.getPanel({ tabId: 5 }, panelPage);
    expect(res.ok && res.value.page?.view.groups.find((g) => g.layer === 'entities')?.count).toBe(5);
  });
});

describe('keyboard commands', () => {
  it('declares the three shortcuts in the manifest', () => {
    expect(manifestCommands()).toMatchObject({
      'open-panel': { suggested_key: { default: 'Alt+Shift+B' } },
      'next-mention': { suggested_key: { default: 'Alt+Shift+N' } },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+P' } },
    });
  });

  it('opens the panel at once, and sends next and previous to the active tab’s content script', async () => {
    const deps = { openPanel: vi.fn(), activeTabId: vi.fn(async () => 4), send: vi.fn(async () => undefined) };
    void onCommand(deps, 'open-panel', { id: 4, windowId: 1 });
    expect(deps.openPanel).toHaveBeenCalledWith({ id: 4, windowId: 1 }); // synchronously, inside the gesture
    await onCommand(deps, 'next-mention', { id: 4 });
    await onCommand(deps, 'previous-mention');
    await onCommand(deps, 'something-else');
    expect(deps.send.mock.calls).toEqual([[4, { step: 1 }], [4, { step: -1 }]]);
  });

  it('stays quiet when the tab has no content script to answer', async () => {
    const deps = { openPanel: vi.fn(), activeTabId: vi.fn(async () => 9), send: vi.fn(async () => Promise.reject(new Error('Receiving end does not exist'))) };
    await expect(onCommand(deps, 'next-mention')).resolves.toBeUndefined();
  });
});
