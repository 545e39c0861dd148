/**
 * Which annotation did a click land on? Each painted match is filed under every
 * text node it spans; the caret under the pointer picks the node, the offsets
 * pick the match. When layers overlap, the shortest (most specific) match wins.
 */
import type { Layer, LayerSettings } from '../../data/layers.ts';
import { compareInDocument, stepInOrder } from './step-order.ts';

export interface PaintedMatch {
  start: number;
  end: number;
  id: string;
  layer: Layer;
  range: StaticRange;
  /** Not the record's first mention in its section: marked only with "Mark every mention". */
  quiet: boolean;
}

/** What the reader has chosen to see: the layers that are on, and every mention or the first ones. */
export interface View {
  layers: LayerSettings;
  markEvery: boolean;
}

export const isShown = (m: PaintedMatch, view: View) => view.layers[m.layer] && (view.markEvery || !m.quiet);

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export interface MatchIndex {
  add(match: PaintedMatch, nodes: readonly Node[]): void;
  at(node: Node, offset: number, view: View): PaintedMatch | null;
  /** Every shown match at the point, one per record, most specific (shortest) first: the card's tabs. */
  allAt(node: Node, offset: number, view: View): PaintedMatch[];
  all(): PaintedMatch[];
  /** Drops every match filed under these text nodes (a paragraph being reread, a removed one) and returns them. */
  removeNodes(nodes: Iterable<Node>): PaintedMatch[];
  clear(): void;
}

export function createMatchIndex(): MatchIndex {
  let byNode = new Map<Node, PaintedMatch[]>();
  /** Every match, with the nodes it is filed under. */
  let all = new Map<PaintedMatch, readonly Node[]>();
  function allAt(node: Node, offset: number, view: View): PaintedMatch[] {
    const here: PaintedMatch[] = [];
    for (const m of byNode.get(node) ?? []) {
      const { startContainer, startOffset, endContainer, endOffset } = m.range;
      if (node === startContainer && offset < startOffset) continue;
      if (node === endContainer && offset > endOffset) continue;
      if (!isShown(m, view)) continue;
      here.push(m);
    }
    here.sort((a, b) => a.end - a.start - (b.end - b.start));
    const seen = new Set<string>();
    return here.filter((m) => !seen.has(m.id) && seen.add(m.id));
  }
  return {
    add(match, nodes) {
      all.set(match, nodes);
      for (const n of nodes) {
        const list = byNode.get(n);
        if (list) list.push(match);
        else byNode.set(n, [match]);
      }
    },
    at(node, offset, view) {
      return allAt(node, offset, view)[0] ?? null;
    },
    allAt,
    all: () => [...all.keys()],
    removeNodes(nodes) {
      const gone = new Set<PaintedMatch>();
      for (const n of nodes) {
        const list = byNode.get(n);
        if (!list) continue;
        byNode.delete(n);
        for (const m of list) gone.add(m);
      }
      for (const m of gone) {
        // A match spanning several nodes (a name split by <b>) is filed under each.
        for (const n of all.get(m) ?? []) {
          const list = byNode.get(n);
          if (list) byNode.set(n, list.filter((x) => x !== m));
        }
        all.delete(m);
      }
      return [...gone];
    },
    clear() {
      byNode = new Map();
      all = new Map();
    },
  };
}

/** True when (x, y) falls inside one of the range's boxes: the caret alone can land beside a word. */
export function pointInRange(range: StaticRange, x: number, y: number, slack = 2): boolean {
  const live = range.startContainer.ownerDocument!.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  for (const r of live.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

/**
 * The matches under (x, y), most specific first. With a slack beyond the caret's
 * own word (a finger, not a mouse), the points `slack` px around are tried too.
 */
export function matchesAt(doc: Document, index: Pick<MatchIndex, 'allAt'>, view: View, x: number, y: number, slack = 2): PaintedMatch[] {
  const probes = slack > 2 ? [[0, 0], [0, -slack], [0, slack], [-slack, 0], [slack, 0]] : [[0, 0]];
  for (const [dx, dy] of probes) {
    const caret = caretAt(doc, x + dx!, y + dy!);
    if (!caret) continue;
    // The probe itself must touch the word (2 px, as for a mouse): a tap is then
    // taken up to `slack` px off it, however the browser rounds the point.
    const hits = index.allAt(caret.node, caret.offset, view).filter((m) => pointInRange(m.range, x + dx!, y + dy!));
    if (hits.length > 0) return hits;
  }
  return [];
}

/** +1 for Alt+Shift+N (next annotation), -1 for Alt+Shift+P (previous), else 0. By key position, so layouts agree. */
export function keyStep(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>): 1 | -1 | 0 {
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return 0;
  return e.code === 'KeyN' ? 1 : e.code === 'KeyP' ? -1 : 0;
}

function compareStarts(a: PaintedMatch, b: PaintedMatch): number {
  const x = a.range;
  const y = b.range;
  if (x.startContainer === y.startContainer) return x.startOffset - y.startOffset || b.end - b.start - (a.end - a.start);
  return x.startContainer.compareDocumentPosition(y.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

const sameStart = (a: PaintedMatch, b: PaintedMatch) =>
  a.range.startContainer === b.range.startContainer && a.range.startOffset === b.range.startOffset;

/**
 * The visible, still-attached match after (or before) `from` in document order,
 * wrapping around. Matches starting at the same point are one stop (the card
 * there has a tab for each), represented by the most specific: so stepping
 * visits each record at an overlap once, not once per layer.
 */
export function stepMatch(all: readonly PaintedMatch[], from: PaintedMatch | undefined, step: 1 | -1, view: View): PaintedMatch | null {
  const sorted = all.filter((m) => isShown(m, view) && m.range.startContainer.isConnected).sort(compareStarts);
  const stops: PaintedMatch[] = [];
  for (const m of sorted) {
    const last = stops[stops.length - 1];
    if (!last || !sameStart(last, m)) stops.push(m);
    else if (m.end - m.start < last.end - last.start) stops[stops.length - 1] = m;
  }
  if (stops.length === 0) return null;
  const at = from ? stops.findIndex((m) => sameStart(m, from)) : -1;
  if (at < 0) return step === 1 ? stops[0]! : stops[stops.length - 1]!;
  return stops[(at + step + stops.length) % stops.length]!;
}
