/** Reading what the page shows: the ranges registered in CSS.highlights (tests/dom/setup.ts's fake), as text. */
import { highlightName, type Layer } from '../../data/layers.ts';

/** The text a range covers. */
export function rangeText(r: AbstractRange): string {
  const live = r.startContainer.ownerDocument!.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}

/** The texts marked on a layer, as the reader sees them (unregistered layers show nothing), in document order. */
export function shown(layer: Layer): string[] {
  const h = CSS.highlights.get(highlightName(layer));
  if (!h) return [];
  return [...(h as unknown as Set<AbstractRange>)].sort(byPosition).map(rangeText);
}

function byPosition(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  return a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/** The names registered in CSS.highlights. */
export const registered = () => [...(CSS.highlights as unknown as Map<string, unknown>).keys()].sort();

export const resetHighlights = () => (CSS.highlights as unknown as Map<string, unknown>).clear();
