/**
 * One page's annotations, with one owner: the matcher, the painted highlights,
 * the match index and the counts live here, and only here. A pass runs gate,
 * scope, read, decide, match and paint; each step is a pure function or a thin
 * DOM module, and this class orders them, records their phases and slices the
 * long ones. The controller decides when to call it (pass-plan.ts), never how.
 */
import type { ArticleDate } from '../../data/match/article-date.ts';
import type { Match, Matcher } from '../../data/match/find-terms.ts';
import { createMentionRule, type MentionRule } from '../../data/match/mentions.ts';
import { matchInSlices } from '../../data/match/slices.ts';
import type { CoverageDecision } from '../../data/match/topic.ts';
import { emptyCounts, type Layer, type LayerCounts } from '../../data/layers.ts';
import { readArticleDate } from './article-date.ts';
import { INLINE_TAGS, isInExcludedRegion } from './exclusions.ts';
import { passesGate } from './gate.ts';
import { createMatchIndex, type PaintedMatch, type View } from './hit-test.ts';
import { createLayerHighlights, type LayerHighlights } from './layer-highlights.ts';
import { findMainContent } from './main-content.ts';
import { cpuMeasure, phase, phaseSync } from './measure.ts';
import { decideCoverage } from './page-coverage.ts';
import { collectText, type PageText } from './page-text.ts';
import type { Slicer } from './slicer.ts';
import { nodeSpan, toStaticRange } from './text-ranges.ts';

export type Annotation =
  | { status: 'quiet' }
  | { status: 'passing'; decision?: CoverageDecision }
  | { status: 'coverage'; root: Element; keep: ReadonlySet<Element>; published: ArticleDate; decision: CoverageDecision };

export interface PageAnnotatorEnv {
  doc: Document;
  slicer: Slicer;
  /** Called once, on the first coverage pass, and again after forgetMatcher(). */
  loadMatcher(): Promise<Matcher>;
  /** Created on first paint: pages that are not coverage never get Highlight objects. */
  createHighlights?(): LayerHighlights;
}

/**
 * The blocks to read again for a set of changed nodes: each node's nearest
 * block-level ancestor inside `root` (a changed word rereads its paragraph),
 * without blocks inside other blocks of the set or in excluded regions.
 */
export function blocksToReread(nodes: Iterable<Node>, root: Element, keep: ReadonlySet<Element>): Element[] {
  const found = new Set<Element>();
  for (const node of nodes) {
    if (!node.isConnected || !root.contains(node)) continue;
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    while (el && el !== root && INLINE_TAGS.has(el.localName)) el = el.parentElement;
    if (el && !isInExcludedRegion(el, root, keep)) found.add(el);
  }
  const blocks = [...found];
  return blocks.filter((b) => !blocks.some((o) => o !== b && o.contains(b)));
}

/** The text nodes in and under `nodes` (attached or not). */
function textNodesIn(nodes: Iterable<Node>): Text[] {
  const out: Text[] = [];
  for (const node of nodes) {
    if (node.nodeType === 3) out.push(node as Text);
    else if (node.nodeType === 1 && node.ownerDocument) {
      const walker = node.ownerDocument.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) out.push(t as Text);
    }
  }
  return out;
}

/** Ends the slice between two steps when it is spent. */
async function breathe(slicer: Slicer) {
  if (slicer.due()) await slicer.yield();
}

export class PageAnnotator {
  readonly index = createMatchIndex();
  #env: PageAnnotatorEnv;
  #matcher: Matcher | undefined;
  #highlights: LayerHighlights | undefined;
  #state: Annotation = { status: 'quiet' };
  #view: View | undefined;
  /** How many first mentions each record has painted. */
  #marked = new Map<string, number>();
  /**
   * Every match of each record, marked or not, kept as matches come and go: the counts and the
   * side panel's report read this, not the index, which a 2 MB paragraph fills with 68,000 matches
   * (walking it twice at the end of the pass was a 20–30 ms task, issue 10.8).
   */
  #found = new Map<string, { id: string; layer: Layer; count: number }>();

  constructor(env: PageAnnotatorEnv) {
    this.#env = env;
  }

  get state(): Annotation {
    return this.#state;
  }

  /** What is marked per layer: first mentions, or every mention with "Mark every mention" (switched-off layers still count). */
  get counts(): LayerCounts {
    const every = this.#view?.markEvery ?? false;
    const counts = emptyCounts();
    for (const f of this.#found.values()) counts[f.layer] += every ? f.count : (this.#marked.get(f.id) ?? 0);
    return counts;
  }

  /** Each record found on the page and its number of mentions, marked or not (the side panel's counts). */
  get found(): { id: string; layer: Layer; count: number }[] {
    return [...this.#found.values()].map((f) => ({ ...f }));
  }

  /**
   * Shows what the reader chose: registers the layers that are on, and paints
   * every mention or only first mentions.
   */
  show(view: View) {
    const every = this.#view?.markEvery ?? false;
    this.#view = view;
    const highlights = this.#highlights;
    if (!highlights) return;
    if (view.markEvery !== every) {
      for (const m of this.index.all()) {
        if (!m.quiet) continue;
        if (view.markEvery) highlights.add(m.layer, m.range);
        else highlights.delete(m.layer, m.range);
      }
    }
    highlights.show(view.layers);
  }

  /** Drops the matcher (the data changed); the next coverage pass loads it again. */
  forgetMatcher() {
    this.#matcher = undefined;
  }

  /** Removes every highlight and forgets the page. */
  clear() {
    this.#highlights?.clear();
    this.index.clear();
    this.#marked.clear();
    this.#found.clear();
    this.#state = { status: 'quiet' };
  }

  /** A whole pass over the page, from the gate to the paint. */
  async annotate(): Promise<Annotation> {
    this.clear();
    const { doc, slicer } = this.#env;
    if (!phaseSync('gate', () => passesGate(doc))) return this.#state;
    const scope = await phase('scope', () => findMainContent(doc, slicer));
    if (!scope) return (this.#state = { status: 'passing' });
    const { root, keep } = scope;
    // Each step may end a slice: on a giant page, scope, collect, detect and the matcher's unpacking
    // ran as one 29 ms task (issue 10.8), each short, none yielding to the next.
    await breathe(slicer);
    const page = await phase('collect', () => collectText(root, slicer, keep));
    await breathe(slicer);
    const decision = phaseSync('detect', () => decideCoverage(doc, root, page.text));
    if (!decision.coverage) return (this.#state = { status: 'passing', decision });
    await breathe(slicer);
    await this.#paint(page, createMentionRule(page.sections));
    await breathe(slicer);
    const published = phaseSync('date', () => readArticleDate(doc, root));
    this.#state = { status: 'coverage', root, keep, published, decision };
    if (this.#view) this.#highlights!.show(this.#view.layers);
    return this.#state;
  }

  /**
   * Rereads only what changed inside the main content: the paragraphs holding
   * `nodes` (added, or whose text changed) are unpainted and matched again;
   * matches whose text left the page are dropped. Nothing else is touched.
   */
  async annotateAdded(nodes: Iterable<Node>, removed: Iterable<Node> = []): Promise<void> {
    const state = this.#state;
    if (state.status !== 'coverage') return;
    const { root, keep } = state;
    const blocks = blocksToReread(nodes, root, keep);
    const stale = [...textNodesIn(removed), ...textNodesIn(blocks)];
    for (const m of this.index.removeNodes(stale)) {
      this.#highlights?.delete(m.layer, m.range);
      if (!m.quiet) this.#unmark(m.id);
      const f = this.#found.get(m.id)!;
      if (--f.count === 0) this.#found.delete(m.id);
    }
    // A reread paragraph marks only records the page does not mark yet.
    for (const block of blocks) await this.#paint(await collectText(block, this.#env.slicer, keep), createMentionRule([], this.#marked.keys()));
  }

  #unmark(id: string) {
    const n = (this.#marked.get(id) ?? 0) - 1;
    if (n > 0) this.#marked.set(id, n);
    else this.#marked.delete(id);
  }

  /** Matches `page` in slices and paints each match (quiet mentions only with "Mark every mention"). */
  async #paint(page: PageText, mentions: MentionRule) {
    const { slicer } = this.#env;
    const matcher = (this.#matcher ??= await this.#env.loadMatcher());
    await breathe(slicer);
    const highlights = (this.#highlights ??= (this.#env.createHighlights ?? createLayerHighlights)());
    // CPU time of the two halves, without the yields between slices.
    let matchMs = 0;
    let paintMs = 0;
    let sliceStart = performance.now();
    const paint = (found: Match[]) => {
      const t1 = performance.now();
      matchMs += t1 - sliceStart;
      for (const m of found) {
        const span = nodeSpan(page, m.start, m.end);
        const range = toStaticRange(page, m.start, m.end, span);
        if (!range) continue;
        const quiet = !mentions.isFirst(m.id, m.start);
        if (!quiet) this.#marked.set(m.id, (this.#marked.get(m.id) ?? 0) + 1);
        if (!quiet || this.#view?.markEvery) highlights.add(m.layer, range);
        const painted: PaintedMatch = { ...m, range, quiet };
        this.index.add(painted, page.nodes.slice(span[0], span[1] + 1));
        const f = this.#found.get(m.id);
        if (f) f.count++;
        else this.#found.set(m.id, { id: m.id, layer: m.layer, count: 1 });
      }
      sliceStart = performance.now();
      paintMs += sliceStart - t1;
    };
    const clock = {
      due: () => slicer.due(),
      left: slicer.left && (() => slicer.left!()),
      yield: async () => {
        await slicer.yield();
        sliceStart = performance.now();
      },
    };
    await phase('match-paint', () => matchInSlices(page.text, matcher, clock, paint));
    cpuMeasure('match-cpu', matchMs);
    cpuMeasure('paint-cpu', paintMs);
  }
}
