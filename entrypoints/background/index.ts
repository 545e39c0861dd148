import { defineBackground } from 'wxt/utils/define-background';
import { bundledDataset } from '../../data/dataset/index.ts';
import { DATA_REVISION_KEY, PACKS_KEY } from '../../data/revision.ts';
import type { Dataset } from '../../data/records/schema.ts';
import { BackstoryDatabase, byInstallOrder } from './database.ts';
import { registerHandlers } from './handlers.ts';
import { registerPackHandlers } from './pack-handlers.ts';
import { createPackStore } from './pack-store.ts';
import { onCommand } from './commands.ts';
import { sendMessage } from './messaging.ts';
import { registerPanelHandlers } from './panel-handlers.ts';
import { clearOnNavigation, createTabReports } from './tab-reports.ts';
import { followSiteControl } from './toolbar.ts';
import { parseDataset, seedDataset, storeMerged } from './seed.ts';
import { browserText } from './ui-text.ts';

export default defineBackground(() => {
  const db = new BackstoryDatabase();
  const ui = browserText();
  // Seeding runs on install/update and, because a worker may start without either
  // event (browser restart, storage cleared), once per worker start; the version
  // check and the integrity check (counts and a checksum) make a repeat cheap.
  let seeding: Promise<unknown> | undefined;
  // Pages read PACKS_KEY to know whether to ask for pack terms: kept true to the database at every worker start.
  const countPacks = async () => browser.storage.local.set({ [PACKS_KEY]: await db.packs.count() });
  // Before the first answer, the quick integrity check (counts); the checksum over everything follows it.
  const ready = () =>
    (seeding ??= seedDataset(db, bundledDataset, console.error, { deep: false })
      .then(countPacks)
      .then(() => void deepCheck().catch((e: unknown) => console.error('Backstory: the integrity check failed', e)))
      .catch((e) => {
        console.error('Backstory: seeding failed', e);
        seeding = undefined; // IndexedDB may be usable again by the next request: try again then
      }));
  const deepCheck = async () => {
    const outcome = await seedDataset(db, bundledDataset, console.error, { deep: true });
    if (outcome.status === 'repaired') await countPacks();
  };
  browser.runtime.onInstalled.addListener(() => void ready());
  // Every worker start checks the stored data (counts and checksum) and re-seeds it if damaged.
  void ready();
  const getDb = async () => {
    await ready();
    if (!db.isOpen()) await db.open(); // throws when IndexedDB is unusable: handlers fall back to the bundled data
    return db;
  };
  // A forced re-seed, one at a time: a card found the store damaged.
  let repairing: Promise<void> | undefined;
  const repair = (reason: string) =>
    (repairing ??= (async () => {
      console.warn(`Backstory: repairing the stored data (${reason}).`);
      const rows = (await db.packs.toArray()).sort(byInstallOrder);
      await storeMerged(db, bundledData(), rows.map((r) => r.pack));
      await countPacks();
    })().finally(() => (repairing = undefined)));
  registerHandlers(getDb, { repair, bundled: () => bundledData(), ui });

  // What each tab found, for the side panel (Chrome's side_panel, Firefox's sidebar_action).
  const reports = createTabReports(browser.storage.session);
  clearOnNavigation(reports, browser.tabs);
  followSiteControl();
  registerPanelHandlers({ getDb, reports, ui });
  browser.commands.onCommand.addListener((name, tab) =>
    void onCommand(
      {
        openPanel: (t) => openPanel(t?.windowId),
        activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
        send: (tabId, data) => sendMessage('stepCard', data, tabId),
      },
      name,
      tab,
    ),
  );

  let bundled: Dataset | undefined;
  function bundledData(): Dataset {
    if (bundled) return bundled;
    const parsed = parseDataset(bundledDataset);
    if (!parsed.ok) throw new Error(`The bundled dataset is invalid:\n${parsed.error}`);
    return (bundled = parsed.dataset);
  }
  const store = createPackStore({
    getDb,
    bundled: bundledData,
    ui,
    // Any new value wakes open tabs; a timestamp always is one.
    notify: async () => {
      await countPacks();
      await browser.storage.local.set({ [DATA_REVISION_KEY]: Date.now() });
    },
  });
  registerPackHandlers(async () => store);
});

type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/** Chrome's side panel for the window, or Firefox's sidebar; called within the shortcut's gesture. */
function openPanel(windowId: number | undefined) {
  const apis = browser as unknown as PanelApis;
  const opened = apis.sidebarAction
    ? apis.sidebarAction.open()
    : windowId !== undefined
      ? apis.sidePanel?.open({ windowId })
      : undefined;
  void opened?.catch((e: unknown) => console.warn('Backstory: the side panel did not open.', e));
}
