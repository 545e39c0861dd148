/**
 * Reads the text of the main content, in document order, into one string plus
 * the text nodes it came from. Blocks are separated by BLOCK_BREAK so no match
 * runs from one paragraph into the next; inline elements are not, so a name split
 * across <b> or <a> reads as one. Nothing in the page is modified.
 */
import { BLOCK_BREAK } from '../../data/fold.ts';
import { isExcluded } from './main-content.ts';
import type { Slicer } from './slicer.ts';

const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'MARK', 'Q', 'S', 'SMALL', 'SPAN',
  'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR',
]);

export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

/** How many nodes between two looks at the clock. */
const CHECK_EVERY = 128;

export async function collectText(root: Element, slicer?: Slicer): Promise<PageText> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (isExcluded(el)) return NodeFilter.FILTER_REJECT;
      return INLINE_TAGS.has(el.tagName) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  let pendingBreak = false;
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== 3) {
      pendingBreak = true; // a block (or <br>) begins
    } else {
      const data = (node as Text).data;
      if (pendingBreak && offset > 0) {
        parts.push(BLOCK_BREAK);
        offset += 1;
      }
      pendingBreak = false;
      nodes.push(node as Text);
      starts.push(offset);
      parts.push(data);
      offset += data.length;
    }
    if (slicer && ++seen % CHECK_EVERY === 0 && slicer.due()) await slicer.yield();
  }
  return { text: parts.join(''), nodes, starts };
}
