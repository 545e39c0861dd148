/**
 * Maps text offsets back to the DOM: each match becomes a StaticRange over the
 * text nodes it spans. StaticRange, not Range: live ranges make every DOM edit the
 * page makes afterwards pay for them (up to 100× slower in Chromium).
 */
import type { PageText } from './page-text.ts';

/** Index of the node holding `offset` (the last node starting at or before it). */
export function nodeAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Indexes (into page.nodes) of the first and last text node a match [start, end) touches. */
export function nodeSpan(page: PageText, start: number, end: number): [first: number, last: number] {
  return [nodeAt(page.starts, start), nodeAt(page.starts, end - 1)];
}

export function toStaticRange(
  page: PageText,
  start: number,
  end: number,
  [a, b]: [number, number] = nodeSpan(page, start, end),
): StaticRange | null {
  if (page.nodes.length === 0) return null;
  const startNode = page.nodes[a]!;
  const endNode = page.nodes[b]!;
  const startOffset = start - page.starts[a]!;
  const endOffset = end - page.starts[b]!;
  if (startOffset > startNode.length || endOffset > endNode.length) return null;
  if (!stillReads(page, start, end, a, b, startOffset, endOffset)) return null;
  return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
}

/**
 * True when the nodes still hold, at the match's offsets, the text that was
 * matched, and are still in the page. A page that rewrote a paragraph, or
 * replaced its document, while a sliced pass was under way would otherwise get
 * a highlight over other words. Costs the match's length, not the node's.
 */
function stillReads(page: PageText, start: number, end: number, a: number, b: number, startOffset: number, endOffset: number): boolean {
  if (!page.nodes[a]!.isConnected) return false;
  let live = '';
  for (let i = a; i <= b; i++) {
    const node = page.nodes[i]!;
    live += node.data.slice(i === a ? startOffset : 0, i === b ? endOffset : node.length);
  }
  return live === page.text.slice(start, end);
}
