/**
 * A brief flash on one mention, so the reader sees which words the side panel
 * meant: a temporary `backstory-flash` Highlight over the range (the page's
 * text nodes are never touched), scrolled to the middle of the view, gone
 * after FLASH_MS or when the lifetime ends. One flash at a time.
 */
import type { Lifetime } from './lifetime.ts';

export const FLASH_HIGHLIGHT = 'backstory-flash';
/** Long enough to find on a screen, short enough not to read as a mark. */
export const FLASH_MS = 1400;

export interface FlashOptions {
  lifetime: Lifetime;
  ms?: number;
  /** The registry to paint in (CSS.highlights); a seam for tests. */
  registry?: HighlightRegistry;
}

/** Flashes `range` and scrolls it into view; the returned function ends the flash early. */
export function flashRange(range: StaticRange, { lifetime, ms = FLASH_MS, registry = CSS.highlights }: FlashOptions): () => void {
  const hl = new Highlight(range);
  hl.priority = 10; // over every layer's mark
  registry.set(FLASH_HIGHLIGHT, hl);
  const view = range.startContainer.ownerDocument?.defaultView;
  const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  let cancelTimer: () => void = () => {};
  const end = () => {
    cancelTimer();
    cancelLifetime();
    if (registry.get(FLASH_HIGHLIGHT) === hl) registry.delete(FLASH_HIGHLIGHT);
  };
  const timer = setTimeout(end, ms);
  cancelTimer = () => clearTimeout(timer);
  const cancelLifetime = lifetime.onInvalidated(end);
  return end;
}
