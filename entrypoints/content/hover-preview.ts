/**
 * The hover preview's timing: the pointer resting on a highlight for
 * HOVER_DELAY_MS shows a small preview of its record; moving more than
 * HOVER_SLACK_PX off the word hides it. Mouse only: a touch has no hover, and a
 * tap opens the card. Where the browser has CSS.highlights.highlightsFromPoint
 * (Chrome 140), a point with no Backstory highlight is dismissed without a hit test.
 */
import { pointInRange, type PaintedMatch } from './hit-test.ts';
import type { Lifetime } from './lifetime.ts';
import { HOVER_DELAY_MS, HOVER_SLACK_PX } from './card-limits.ts';


type HighlightsFromPoint = (x: number, y: number) => { highlight: Highlight }[];

export interface HoverOptions {
  lifetime: Lifetime;
  doc?: Document;
  /** The most specific shown match under the point, if any. */
  hitAt(x: number, y: number): PaintedMatch | null;
  show(match: PaintedMatch): void;
  hide(): void;
  /** No preview while the card is open, or while the page is not annotated. */
  enabled(): boolean;
}

/** True when a Backstory highlight may be under (x, y); without highlightsFromPoint, always true (the hit test decides). */
function maybeHighlighted(x: number, y: number): boolean {
  const fromPoint = (CSS.highlights as unknown as { highlightsFromPoint?: HighlightsFromPoint }).highlightsFromPoint;
  if (typeof fromPoint !== 'function') return true;
  const ours = new Set<Highlight>();
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Highlight>) if (name.startsWith('backstory-')) ours.add(hl);
  try {
    return fromPoint.call(CSS.highlights, x, y).some((h) => ours.has(h.highlight));
  } catch {
    return true;
  }
}

export function watchHover({ lifetime, doc = document, hitAt, show, hide, enabled }: HoverOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: PaintedMatch | undefined;
  let at = { x: 0, y: 0 };
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (shown) hide();
    shown = undefined;
  };
  const fire = () => {
    timer = undefined;
    if (!enabled() || !maybeHighlighted(at.x, at.y)) return;
    const hit = hitAt(at.x, at.y);
    if (!hit) return;
    shown = hit;
    show(hit);
  };
  lifetime.listen(doc, 'pointermove', (e) => {
    if (e.pointerType !== 'mouse') return;
    at = { x: e.clientX, y: e.clientY };
    if (shown && pointInRange(shown.range, at.x, at.y, HOVER_SLACK_PX)) return;
    clear();
    timer = setTimeout(fire, HOVER_DELAY_MS);
  }, { passive: true });
  // Leaving the window, scrolling, a press or a key: the preview goes.
  lifetime.listen(doc, 'pointerleave', clear);
  lifetime.listen(doc, 'pointerdown', clear, { capture: true });
  lifetime.listen(doc, 'keydown', clear, { capture: true });
  lifetime.listen(doc, 'scroll', clear, { capture: true, passive: true });
  lifetime.onInvalidated(clear);
}
