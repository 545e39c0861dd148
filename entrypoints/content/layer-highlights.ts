/**
 * Paints matches with the CSS Custom Highlight API: one Highlight per layer,
 * registered as `backstory-<layer>` in CSS.highlights while the layer is on.
 * The page's DOM is never touched; hiding a layer only unregisters it.
 */
import { LAYERS, highlightName, type Layer, type LayerSettings } from '../../data/layers.ts';

export interface LayerHighlights {
  add(layer: Layer, range: AbstractRange): void;
  delete(layer: Layer, range: AbstractRange): void;
  /** Registers the layers that are on, unregisters the others. */
  show(settings: LayerSettings): void;
  size(layer: Layer): number;
  clear(): void;
}

export function createLayerHighlights(registry: HighlightRegistry = CSS.highlights): LayerHighlights {
  const highlights = new Map<Layer, Highlight>(LAYERS.map((layer) => [layer, new Highlight()]));
  let visible: LayerSettings | undefined;
  return {
    add(layer, range) {
      highlights.get(layer)!.add(range);
    },
    delete(layer, range) {
      highlights.get(layer)!.delete(range);
    },
    show(settings) {
      visible = settings;
      for (const layer of LAYERS) {
        const name = highlightName(layer);
        if (settings[layer]) {
          if (registry.get(name) !== highlights.get(layer)) registry.set(name, highlights.get(layer)!);
        } else if (registry.has(name)) {
          registry.delete(name);
        }
      }
    },
    size: (layer) => highlights.get(layer)!.size,
    clear() {
      for (const layer of LAYERS) {
        highlights.get(layer)!.clear();
        if (registry.get(highlightName(layer)) === highlights.get(layer)) registry.delete(highlightName(layer));
      }
      if (visible) this.show(visible);
    },
  };
}
