/**
 * What the toolbar button shows for a tab: the number of annotations, or "off"
 * with the grey, struck-through icon. Pages report their own state; a change of
 * the reader's switches is shown here at once on every open tab it flips, so a
 * page whose script stopped at the gate (a quiet page, or one loaded while off)
 * shows it too. Backstory has no "tabs" permission (it would warn of reading the
 * browsing history), so a tab's URL comes from its own script, which answers
 * getPageState on every page it runs on; a tab without the script is not ours to mark.
 */
import { browser } from 'wxt/browser';
import { iconPaths } from '../../data/icons.ts';
import { flippedTabs, readSiteControl, SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { sendMessage } from './messaging.ts';

// Firefox's MV2 build has browserAction where MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

export async function showTabState(tabId: number, state: { off: boolean; total: number }) {
  const a = action();
  await a.setBadgeText({ tabId, text: state.off ? 'off' : state.total > 0 ? String(state.total) : '' });
  await a.setBadgeBackgroundColor({ tabId, color: state.off ? '#6b6b6b' : '#5b3cc4' });
  // The icon too: the badge alone is easy to miss at 16 px.
  await a.setIcon({ tabId, path: iconPaths(state.off ? 'off' : 'on') });
}

/** Follows the reader's switches on every open tab. */
export function followSiteControl() {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[SITE_CONTROL_KEY];
    if (area !== 'local' || !change) return;
    void (async () => {
      const tabs = await Promise.all(
        (await browser.tabs.query({})).map(async ({ id }) => {
          if (id === undefined) return {};
          const state = await sendMessage('getPageState', undefined, id).catch(() => undefined);
          return { id, url: state?.ok ? state.value.url : undefined };
        }),
      );
      for (const { tabId, off } of flippedTabs(tabs, readSiteControl(change.oldValue), readSiteControl(change.newValue))) {
        // Back on: an annotated page repaints and reports its count itself; leave a count it already sent.
        if (!off && (await action().getBadgeText({ tabId })) !== 'off') continue;
        await showTabState(tabId, { off, total: 0 }).catch(() => undefined); // the tab may have closed meanwhile
      }
    })().catch((e: unknown) => console.warn('Backstory: the toolbar did not follow the switch.', e));
  });
}
