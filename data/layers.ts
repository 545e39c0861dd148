// A type-only import: the gate every page loads imports this file, and must not carry messages.json.
import type { MessageKey } from './i18n.ts';

/** Annotation layers. Kept free of zod and of the UI strings, so the gate can import it. */
export const LAYERS = ['entities', 'timeline', 'claims', 'figures'] as const;
export type Layer = (typeof LAYERS)[number];

/** Each layer's name in messages.json. */
export const LAYER_LABEL_KEYS = {
  entities: 'commonLayerEntities',
  timeline: 'commonLayerTimeline',
  claims: 'commonLayerClaims',
  figures: 'commonLayerFigures',
} as const satisfies Record<Layer, MessageKey>;

/** Name of a layer's entry in CSS.highlights. */
export const highlightName = (layer: Layer) => `backstory-${layer}`;

export type LayerCounts = Record<Layer, number>;
export const emptyCounts = (): LayerCounts => ({ entities: 0, timeline: 0, claims: 0, figures: 0 });

/** Every layer on unless the user turned it off. */
export type LayerSettings = Record<Layer, boolean>;
export const DEFAULT_LAYER_SETTINGS: LayerSettings = { entities: true, timeline: true, claims: true, figures: true };

/** Where the switches are kept (WXT storage key): storage.local, untouched by dataset re-seeds. */
export const LAYER_SETTINGS_KEY = 'local:layers' as const;

/** Where "Mark every mention" is kept (WXT storage key); off by default: each record is marked at its first mention per section. */
export const MARK_EVERY_KEY = 'local:markEvery' as const;
