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
  return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
}
