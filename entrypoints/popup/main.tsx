import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupPanel } from '../../components/PopupPanel.tsx';
import { createT } from '../../data/i18n.ts';
import { isStale, newestDate } from '../../data/freshness.ts';
import { DEFAULT_LAYER_SETTINGS, type Layer, type LayerSettings } from '../../data/layers.ts';
import { pageStateSchema, type PageState } from '../../data/protocol.ts';
import { sendMessage } from './messaging.ts';
import { layerSettings, markEverySetting, siteControlSetting } from './settings.ts';
import { NO_SITE_CONTROL, readSiteControl, withSite, type SiteControl } from '../../data/site-control.ts';
import { DATE_OVERRIDES_KEY, withDateOverride } from '../../data/date-override.ts';
import { readDateOverrides } from '../../data/date-override-schema.ts';

/** Saves (or, for null, clears) the reader's publish date for `url`; the page's content script follows the key. */
async function saveDateCorrection(url: string, date: string | null): Promise<void> {
  const got = await browser.storage.local.get(DATE_OVERRIDES_KEY);
  const next = withDateOverride(readDateOverrides(got[DATE_OVERRIDES_KEY]), url, date);
  await browser.storage.local.set({ [DATE_OVERRIDES_KEY]: next });
}

/** Asks the active tab's content script what it found; null when there is none to ask. */
async function activeTabState(): Promise<PageState | null> {
  // popup.html?tab=ID shows a given tab: the end-to-end tests open the popup as a page.
  const explicit = Number(new URLSearchParams(location.search).get('tab'));
  const tabId = explicit > 0 ? explicit : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return null;
  try {
    const res = await sendMessage('getPageState', undefined, tabId);
    const parsed = res.ok ? pageStateSchema.safeParse(res.value) : undefined;
    return parsed?.success ? parsed.data : null;
  } catch {
    return null; // no content script in this tab
  }
}

/** The newest review date of what is installed (bundled review or newest pack), and whether it is stale. */
async function freshness(): Promise<{ reviewed: string; stale: boolean } | undefined> {
  const res = await sendMessage('getInstalled', undefined).catch(() => undefined);
  if (!res?.ok) return undefined;
  const reviewed = newestDate([res.value.bundled.lastReviewed, ...res.value.packs.map((p) => p.created)]);
  return { reviewed, stale: isStale(reviewed) };
}

type PanelApis = {
  sidePanel?: { open(o: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};
const panelApis = browser as unknown as PanelApis;
const hasPanel = Boolean(panelApis.sidePanel ?? panelApis.sidebarAction);

function Popup() {
  const [page, setPage] = useState<PageState | null>(null);
  const [settings, setSettings] = useState<LayerSettings>(DEFAULT_LAYER_SETTINGS);
  const [fresh, setFresh] = useState<{ reviewed: string; stale: boolean }>();
  const [markEvery, setMarkEvery] = useState(false);
  const [control, setControl] = useState<SiteControl>(NO_SITE_CONTROL);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
    void freshness().then(setFresh);
    void layerSettings.getValue().then(setSettings);
    void activeTabState().then(setPage);
    void markEverySetting.getValue().then(setMarkEvery);
    void siteControlSetting.getValue().then((v) => setControl(readSiteControl(v)));
    const unwatch = [layerSettings.watch((next) => setSettings(next ?? DEFAULT_LAYER_SETTINGS)), markEverySetting.watch((next) => setMarkEvery(next === true))];
    return () => unwatch.forEach((u) => u());
  }, []);
  const saveControl = (next: SiteControl) => {
    setControl(next);
    void siteControlSetting.setValue(next);
  };
  const onSiteOff = (site: string, off: boolean) => saveControl(withSite(control, site, off));
  const onPause = (paused: boolean) => saveControl({ ...control, paused });
  const onMarkEvery = (on: boolean) => {
    setMarkEvery(on);
    void markEverySetting.setValue(on);
  };
  const onToggle = (layer: Layer, on: boolean) => {
    const next = { ...settings, [layer]: on };
    setSettings(next);
    void layerSettings.setValue(next);
  };
  // Called straight from the click: both browsers open a panel only inside the reader's gesture.
  const onOpenPanel = () => {
    const opened = panelApis.sidebarAction ? panelApis.sidebarAction.open() : windowId !== undefined ? panelApis.sidePanel?.open({ windowId }) : undefined;
    void opened?.then(() => window.close(), (e: unknown) => console.warn('Backstory: the side panel did not open.', e));
  };
  const onCorrectDate = (date: string | null) => {
    if (!page) return;
    setPage({ ...page, correctedDate: date });
    void saveDateCorrection(page.url, date).catch((e: unknown) => console.warn('Backstory: the date correction was not saved.', e));
  };
  const onOpenOptions = () => void browser.runtime.openOptionsPage().then(() => window.close());
  return <PopupPanel page={page} settings={settings} onToggle={onToggle} markEvery={markEvery} onMarkEvery={onMarkEvery} freshness={fresh} onOpenOptions={onOpenOptions} control={control} onSiteOff={onSiteOff} onPause={onPause} onOpenPanel={hasPanel ? onOpenPanel : undefined} onCorrectDate={onCorrectDate} t={t} locale={browser.i18n.getUILanguage()} />;
}

/** UI strings from _locales/, in the browser's language. */
const t = createT((key, subs) => browser.i18n.getMessage(key as never, subs));

render(<Popup />, document.getElementById('app')!);
