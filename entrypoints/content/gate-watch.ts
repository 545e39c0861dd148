/**
 * The gate's life on one page, before (and instead of) the annotator: check now,
 * again when a late article may have arrived, and on SPA route changes; hand over
 * once, the first time the page names the story. Until then it answers the popup
 * itself ("not about the story") with a bare listener, so the messaging library
 * stays out of the script every page loads.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { emptyCounts } from '../../data/layers.ts';
import type { PageState } from '../../data/protocol.ts';
import { passesGate } from './gate.ts';
import { phaseSync, record } from './measure.ts';

/** Quiet pages get another look this long after load: articles that arrive late. */
export const LATE_CONTENT_CHECKS_MS = [1500, 5000];

export function watchGate(ctx: ContentScriptContext, doc: Document, onPass: () => Promise<void>) {
  let handedOver = false;
  const check = () => {
    if (handedOver || ctx.isInvalid) return;
    const start = performance.now();
    if (!phaseSync('gate', () => passesGate(doc))) {
      record('pass', start); // the first pass is over: a quiet page
      return;
    }
    handedOver = true;
    onPass().catch((e) => console.warn('Backstory: the annotator did not load; the page is unchanged.', e));
  };
  // The popup asks every tab; a quiet page answers in @webext-core/messaging's wire format.
  const answer = (message: unknown, sender: { id?: string }) => {
    if (handedOver || sender.id !== browser.runtime.id || (message as { type?: unknown })?.type !== 'getPageState') return;
    const value: PageState = { url: location.href, status: 'quiet', counts: emptyCounts(), published: null };
    return Promise.resolve({ res: { ok: true, value } });
  };
  browser.runtime.onMessage.addListener(answer);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answer));
  check();
  for (const delay of LATE_CONTENT_CHECKS_MS) ctx.setTimeout(check, delay);
  ctx.addEventListener(window, 'wxt:locationchange', check);
}
