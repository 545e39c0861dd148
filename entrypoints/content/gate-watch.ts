/**
 * The gate's life on one page, before (and instead of) the annotator. First it
 * reads the reader's site control: on a site that is off, or while paused, it
 * stops there. Otherwise it checks now, again when a late article may have
 * arrived, and on SPA route changes; it hands over once, the first time the page
 * names the story. Until then it answers the popup itself ("not about the
 * story", or "off") with a bare listener, so the messaging library stays out of
 * the script every page loads. A page loaded while off starts looking as soon as
 * the reader turns Backstory back on, without a reload.
 */
import { browser } from 'wxt/browser';
import { emptyCounts } from '../../data/layers.ts';
import type { PageState } from '../../data/protocol.ts';
import { offReason, readSiteControl, SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { passesGate } from './gate.ts';
import type { Lifetime } from './lifetime.ts';
import { phaseSync, record } from './measure.ts';

/** Quiet pages get another look this long after load: articles that arrive late. */
export const LATE_CONTENT_CHECKS_MS = [1500, 5000];

/** Whether the reader has switched Backstory off for this page's site, or everywhere. */
export async function siteOff(hostname: string): Promise<'paused' | 'site' | null> {
  const got = await browser.storage.local.get(SITE_CONTROL_KEY).catch(() => ({}) as Record<string, unknown>);
  return offReason(readSiteControl(got[SITE_CONTROL_KEY]), hostname);
}

export function watchGate(lifetime: Lifetime, doc: Document, onPass: () => Promise<void>) {
  let handedOver = false;
  let status: PageState['status'] = 'quiet';
  // The popup asks every tab; a page without the annotator answers in @webext-core/messaging's wire format.
  const answer = (message: unknown, sender: { id?: string }) => {
    if (handedOver || sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'getPageState') return;
    const value: PageState = { url: location.href, status, counts: emptyCounts(), published: null };
    return Promise.resolve({ res: { ok: true, value } });
  };
  browser.runtime.onMessage.addListener(answer);
  lifetime.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));

  const check = () => {
    if (handedOver || lifetime.isInvalid || status === 'off') return;
    const start = performance.now();
    if (!phaseSync('gate', () => passesGate(doc))) {
      record('pass', start); // the first pass is over: a quiet page
      return;
    }
    handedOver = true;
    onPass().catch((e) => console.warn('Backstory: the annotator did not load; the page is unchanged.', e));
  };
  let routesWatched = false;
  const start = () => {
    check();
    for (const delay of LATE_CONTENT_CHECKS_MS) lifetime.setTimeout(check, delay);
    if (!routesWatched) lifetime.onUrlChange(check);
    routesWatched = true;
  };
  // The reader's switches while the page is open: paused, the gate stops looking; resumed
  // ("Pause" off, the site removed from the off list), it looks now, as on a fresh load.
  // Once the annotator has the page, its controller follows the switches itself.
  const follow = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (handedOver || area !== 'local' || !(SITE_CONTROL_KEY in changes)) return;
    const off = offReason(readSiteControl(changes[SITE_CONTROL_KEY]!.newValue), location.hostname) !== null;
    if (off) status = 'off';
    else if (status === 'off') {
      status = 'quiet';
      start();
    }
  };
  browser.storage.onChanged.addListener(follow);
  lifetime.onInvalidated(() => browser.storage.onChanged.removeListener(follow));

  void siteOff(location.hostname).then((off) => {
    if (off) {
      status = 'off'; // the reader's choice: no gate, no pass, only the badge and this answer
      // In @webext-core/messaging's wire format, for the badge ("off").
      const data: PageState = { url: location.href, status, counts: emptyCounts(), published: null };
      void browser.runtime.sendMessage({ id: 0, type: 'reportPage', data, timestamp: Date.now() }).catch(() => undefined);
      return;
    }
    if (status !== 'off') start(); // unless a pause came while the setting was read
  });
}
