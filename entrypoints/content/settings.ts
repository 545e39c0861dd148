/**
 * What the reader chose to see (the layer switches, "Mark every mention"),
 * read straight from storage.local: WXT's storage wrapper would add ~3.5 KB
 * gzipped to the content script.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_LAYER_SETTINGS, LAYERS, LAYER_SETTINGS_KEY, MARK_EVERY_KEY, type LayerSettings } from '../../data/layers.ts';
import type { View } from './hit-test.ts';

/** storage.local keys behind WXT's `local:…` items, which the popup writes. */
const KEY = LAYER_SETTINGS_KEY.slice('local:'.length);
const EVERY_KEY = MARK_EVERY_KEY.slice('local:'.length);

/** Known layers from a stored value; anything missing or malformed falls back to on. */
function fromStored(value: unknown): LayerSettings {
  const out = { ...DEFAULT_LAYER_SETTINGS };
  if (value && typeof value === 'object') {
    for (const layer of LAYERS) {
      const v = (value as Record<string, unknown>)[layer];
      if (typeof v === 'boolean') out[layer] = v;
    }
  }
  return out;
}

/** The whole view: layers and "Mark every mention" (anything but `true` is off). */
export async function readView(): Promise<View> {
  const got = await browser.storage.local.get([KEY, EVERY_KEY]);
  return { layers: fromStored(got[KEY]), markEvery: got[EVERY_KEY] === true };
}

/** Calls back with the whole view whenever a part of it changes; returns the unsubscribe. */
export function watchView(cb: (next: View) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && (KEY in changes || EVERY_KEY in changes)) void readView().then(cb);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
