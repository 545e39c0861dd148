/**
 * The side panel's shell (Chrome's side_panel, Firefox's sidebar_action; one
 * Preact app for both): asks the background what the active tab found, follows
 * tab switches and the page's rescans, searches, and asks the tab's content
 * script to flash a mention. sidepanel.html?tab=ID shows a given tab, as the
 * end-to-end tests open it.
 */
import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { SidePanel, type FlashNote } from '../../components/SidePanel.tsx';
import { tabReportKey, type CardData, type PanelAnswer, type Result } from '../../data/protocol.ts';
import type { SearchHit } from '../../data/records/search.ts';
import { sendMessage } from './messaging.ts';
import { createT } from '../../data/i18n.ts';

/** UI strings from _locales/, in the browser's language. */
const t = createT((key, subs) => browser.i18n.getMessage(key as never, subs));
const locale = browser.i18n.getUILanguage();

/** Typing pauses this long before a search is sent. */
const SEARCH_DEBOUNCE_MS = 120;

/** The content script's answer to a flash: it runs in a web page, so its answer is checked. */
const flashAnswer = z.object({ index: z.int().check(z.gte(1)), total: z.int().check(z.gte(1)) });

const explicitTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

async function activeTab(): Promise<number | undefined> {
  return explicitTab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

const errorOf = (res: Result<unknown> | undefined, fallback: string) => (res && !res.ok ? res.error : fallback);

/** A record's card, from the background; its own refusal is shown in its words (CardDialog shows a BackstoryAnswerError's message). */
async function loadCard(id: string): Promise<CardData> {
  const res = await sendMessage('getCard', { id });
  if (!res.ok) throw Object.assign(new Error(res.error), { name: 'BackstoryAnswerError' });
  return res.value;
}

function Panel() {
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PanelAnswer['page'] | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>();
  const [cardId, setCardId] = useState<string>();
  const [flashNote, setFlashNote] = useState<FlashNote>();
  const [wide, setWide] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);

  const load = useCallback(async (id: number | undefined) => {
    if (id === undefined) return setPage(null);
    const res = await sendMessage('getPanel', { tabId: id }).catch(() => undefined);
    setPage(res?.ok ? res.value.page : null);
  }, []);

  // The tab to show: the given one, or the active one, followed as the reader switches tabs.
  useEffect(() => {
    void activeTab().then(setTabId);
    if (explicitTab) return;
    const onActivated = () => void activeTab().then(setTabId);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  // Its report, again whenever the page rescans (the background rewrites it) or navigates.
  useEffect(() => {
    setFlashNote(undefined);
    void load(tabId);
    if (tabId === undefined) return;
    const key = tabReportKey(tabId);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void load(tabId);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') void load(tabId);
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, load]);

  useEffect(() => {
    setHits(undefined);
    if (!query.trim()) return;
    let current = true;
    const timer = setTimeout(async () => {
      const res = await sendMessage('searchRecords', { query: query.slice(0, 200) }).catch(() => undefined);
      if (current) setHits(res?.ok ? res.value : []);
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const onFlash = async (id: string) => {
    if (tabId === undefined) return;
    const res = await sendMessage('flashMention', { id }, tabId).catch(() => undefined);
    const parsed = res?.ok ? flashAnswer.safeParse(res.value) : undefined;
    setFlashNote(parsed?.success ? { id, ...parsed.data } : { id, error: errorOf(res, t('panelPageNoAnswer')) });
  };

  const onOpen = async (id: string) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setCardId(id);
  };

  const onCloseCard = () => {
    setCardId(undefined);
    const back = returnFocus.current;
    requestAnimationFrame(() => (back?.isConnected ? back : document.getElementById('bs-query'))?.focus());
  };

  return (
    <SidePanel
      page={page}
      onFlash={(id) => void onFlash(id)}
      flashNote={flashNote}
      query={query}
      onQuery={setQuery}
      hits={hits}
      cardId={cardId}
      loadCard={loadCard}
      dark={matchMedia('(prefers-color-scheme: dark)').matches}
      onOpen={(id) => void onOpen(id)}
      onCloseCard={onCloseCard}
      wide={wide}
      onWide={setWide}
      t={t}
      locale={locale}
    />
  );
}

render(<Panel />, document.getElementById('app')!);
