/**
 * The user's layer switches, read straight from storage.local: WXT's storage
 * wrapper would add ~3.5 KB gzipped to a script every page loads.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_LAYER_SETTINGS, LAYERS, LAYER_SETTINGS_KEY, type LayerSettings } from '../../data/layers.ts';

/** storage.local key behind WXT's `local:layers` item, which the popup writes. */
const KEY = LAYER_SETTINGS_KEY.slice('local:'.length);

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

export async function readLayerSettings(): Promise<LayerSettings> {
  const got = await browser.storage.local.get(KEY);
  return fromStored(got[KEY]);
}

/** Calls back with the new settings whenever they change; returns the unsubscribe. */
export function watchLayerSettings(cb: (next: LayerSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) cb(fromStored(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
