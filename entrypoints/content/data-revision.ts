/**
 * Tells the page when Backstory's data changed (a pack installed or removed in
 * the options page), so the cached matcher can be dropped and the next pass uses
 * the new term index. Reads storage.local directly, as settings.ts does.
 */
import { browser } from 'wxt/browser';
import { DATA_REVISION_KEY } from '../../data/revision.ts';

/** Calls back on each change of the data revision; returns the unsubscribe. */
export function watchDataRevision(cb: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && DATA_REVISION_KEY in changes) cb();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
