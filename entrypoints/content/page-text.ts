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
import { BLOCK_BREAK } from '../../data/match/fold.ts';
import { inheritedVerdicts } from './ancestor-verdicts.ts';
import { INLINE_TAGS, isExcluded } from './exclusions.ts';
import type { Slicer } from './slicer.ts';

export interface PageText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each node's data begins. */
  starts: number[];
  /** Offsets where a section begins: the text of each h2 or h3 (quiet highlights restart there). */
  sections: number[];
}

const SECTION_HEADINGS = new Set(['h2', 'h3']);

/** How many nodes between two looks at the clock. */
const CHECK_EVERY = 256;

interface Verdict {
  excluded: boolean;
  /** Nearest block-level ancestor (or the root): a change of block is a paragraph break. */
  block: Element;
}

/**
 * The text under `root`, chrome excluded. Elements in `keep` (the story's
 * containers and their ancestors up to root) are never chrome, whatever their
 * class or tag says.
 */
export async function collectText(root: Element, slicer?: Slicer, keep: ReadonlySet<Element> = new Set()): Promise<PageText> {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const verdictOf = inheritedVerdicts<Verdict>(root, { excluded: false, block: root }, (e, above) =>
    above.excluded ? above : { excluded: !keep.has(e) && isExcluded(e), block: INLINE_TAGS.has(e.localName) ? above.block : e },
  );
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const sections: number[] = [];
  let offset = 0;
  let lastParent: Element | null = null;
  let verdict: Verdict | undefined;
  let lastBlock: Element | undefined;
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent) continue;
    if (parent !== lastParent) {
      verdict = verdictOf(parent);
      lastParent = parent;
    }
    if (!verdict!.excluded) {
      if (lastBlock !== undefined && verdict!.block !== lastBlock) {
        parts.push(BLOCK_BREAK);
        offset += 1;
      }
      if (verdict!.block !== lastBlock && SECTION_HEADINGS.has(verdict!.block.localName)) sections.push(offset);
      lastBlock = verdict!.block;
      const data = node.data;
      nodes.push(node);
      starts.push(offset);
      parts.push(data);
      offset += data.length;
    }
    if (slicer && ++seen % CHECK_EVERY === 0 && slicer.due()) await slicer.yield();
  }
  return { text: parts.join(''), nodes, starts, sections };
}
