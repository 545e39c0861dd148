import { storage } from 'wxt/utils/storage';
import { SITE_CONTROL_KEY } from '../../data/site-control.ts';
import { DEFAULT_LAYER_SETTINGS, LAYER_SETTINGS_KEY, MARK_EVERY_KEY, type LayerSettings } from '../../data/layers.ts';

/** The user's layer switches; the popup writes them, every annotated tab follows. */
export const layerSettings = storage.defineItem<LayerSettings>(LAYER_SETTINGS_KEY, { fallback: DEFAULT_LAYER_SETTINGS });

/** "Mark every mention"; off by default. */
export const markEverySetting = storage.defineItem<boolean>(MARK_EVERY_KEY, { fallback: false });

/** "Off on this site" and "Pause everywhere" (data/site-control.ts), under the key the gate reads. */
export const siteControlSetting = storage.defineItem<unknown>(`local:${SITE_CONTROL_KEY}`);
