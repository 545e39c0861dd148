import { storage } from 'wxt/utils/storage';
import { DEFAULT_LAYER_SETTINGS, LAYER_SETTINGS_KEY, MARK_EVERY_KEY, type LayerSettings } from '../../data/layers.ts';

/** The user's layer switches; the popup writes them, every annotated tab follows. */
export const layerSettings = storage.defineItem<LayerSettings>(LAYER_SETTINGS_KEY, { fallback: DEFAULT_LAYER_SETTINGS });

/** "Mark every mention"; off by default. */
export const markEverySetting = storage.defineItem<boolean>(MARK_EVERY_KEY, { fallback: false });
