/**
 * Reads the text of the main content, in document order, into one string plus
 * the text nodes it came from. Blocks are separated by BLOCK_BREAK so no match
 * runs from one paragraph into the next; inline elements are not, so a name split
 * across <b> or <a> reads as one. Nothing in the page is modified.
 *
 * Speed: a SHOW_TEXT walk with no filter callback (a JS call per node doubles the
 * cost of the walk); each element's verdict (excluded? which block?) is computed
 * once and cached, so a page pays per element, not per text node per ancestor.
 */
import { BLOCK_BREAK } from '../../data/fold.ts';
import { INLINE_TAGS, isExcluded } from './exclusions.ts';
import type { Slicer } from './slicer.ts';

export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
}

/** How many nodes between two looks at the clock. */
const CHECK_EVERY = 256;

interface Verdict {
  excluded: boolean;
  /** Nearest block-level ancestor (or the root): a change of block is a paragraph break. */
  block: Element;
}

/** Verdicts for `el` and its ancestors up to `root`, filling `cache`. */
function verdictOf(el: Element, root: Element, keep: ReadonlySet<Element>, cache: Map<Element, Verdict>): Verdict {
  const chain: Element[] = [];
  let cur: Element | null = el;
  let known: Verdict | undefined;
  while (cur) {
    known = cache.get(cur);
    if (known) break;
    chain.push(cur);
    if (cur === root) break;
    cur = cur.parentElement;
  }
  let above: Verdict = known ?? { excluded: false, block: root };
  for (let k = chain.length - 1; k >= 0; k--) {
    const e = chain[k]!;
    const v: Verdict =
      e === root
        ? { excluded: false, block: root }
        : above.excluded
          ? above
          : { excluded: !keep.has(e) && isExcluded(e), block: INLINE_TAGS.has(e.localName) ? above.block : e };
    cache.set(e, v);
    above = v;
  }
  return above;
}

/**
 * The text under `root`, chrome excluded. Elements in `keep` (the story and its
 * ancestors up to root) are never chrome, whatever their class or tag says.
 */
export async function collectText(root: Element, slicer?: Slicer, keep: ReadonlySet<Element> = new Set()): Promise<PageText> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const cache = new Map<Element, Verdict>();
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  let lastParent: Element | null = null;
  let verdict: Verdict | undefined;
  let lastBlock: Element | undefined;
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      verdict = verdictOf(parent, root, keep, cache);
      lastParent = parent;
    }
    if (!verdict!.excluded) {
      if (lastBlock !== undefined && verdict!.block !== lastBlock) {
        parts.push(BLOCK_BREAK);
        offset += 1;
      }
      lastBlock = verdict!.block;
      const data = node.data;
      nodes.push(node);
      starts.push(offset);
      parts.push(data);
      offset += data.length;
    }
    if (slicer && ++seen % CHECK_EVERY === 0 && slicer.due()) await slicer.yield();
  }
  return { text: parts.join(''), nodes, starts };
}
