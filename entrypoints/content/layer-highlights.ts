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
  return {
    add(layer, range) {
      highlights.get(layer)!.add(range);
    },
    delete(layer, range) {
      highlights.get(layer)!.delete(range);
    },
    show(settings) {
      for (const layer of LAYERS) {
        const name = highlightName(layer);
        if (settings[layer]) {
          if (registry.get(name) !== highlights.get(layer)) registry.set(name, highlights.get(layer)!);
        } else if (registry.get(name) === highlights.get(layer)) {
          registry.delete(name);
        }
      }
    },
    size: (layer) => highlights.get(layer)!.size,
    // Empties the layers and leaves the registry as it is: re-registering here put a stale
    // copy's empty Highlights over a newer copy's (an extension update), and the page lost its marks.
    clear() {
      for (const layer of LAYERS) highlights.get(layer)!.clear();
    },
  };
}
