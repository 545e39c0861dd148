/**
 * One annotation pass over a page: gate, scope, read, decide, match, paint.
 * Each step is a pure function or a thin DOM module; this file only orders them,
 * records their phases and slices the long ones.
 */
import { BLOCK_BREAK } from '../../data/match/fold.ts';
import { findTerms, type Matcher } from '../../data/match/find-terms.ts';
import { emptyCounts, type LayerCounts } from '../../data/layers.ts';
import type { CoverageDecision } from '../../data/match/topic.ts';
import type { ArticleDate } from '../../data/match/article-date.ts';
import { readArticleDate } from './article-date.ts';
import { passesGate } from './gate.ts';
import { decideCoverage } from './page-coverage.ts';
import type { MatchIndex, PaintedMatch } from './hit-test.ts';
import type { LayerHighlights } from './layer-highlights.ts';
import { findMainContent } from './main-content.ts';
import { cpuMeasure, phase, phaseSync } from './measure.ts';
import { collectText, type PageText } from './page-text.ts';
import type { Slicer } from './slicer.ts';
import { nodeSpan, toStaticRange } from './text-ranges.ts';

/** Text handed to the matcher per slice; cut at a block break so nothing is lost. */
export const MATCH_CHUNK_CHARS = 24_000;

export type Annotation =
  | { status: 'quiet' }
  | { status: 'passing'; decision?: CoverageDecision }
  | { status: 'coverage'; root: Element; keep: ReadonlySet<Element>; page: PageText; published: ArticleDate; matches: PaintedMatch[]; counts: LayerCounts; decision: CoverageDecision };

export interface AnnotateEnv {
  doc: Document;
  slicer: Slicer;
  /** Created on first use: pages that are not coverage never get Highlight objects. */
  highlights(): LayerHighlights;
  index: MatchIndex;
  /** Only called on coverage pages. */
  loadMatcher(): Promise<Matcher>;
  /** Cached across passes on one page. */
  matcher?: Matcher;
}

export async function annotatePage(env: AnnotateEnv): Promise<Annotation & { matcher?: Matcher }> {
  const { doc, slicer } = env;
  if (!phaseSync('gate', () => passesGate(doc))) return { status: 'quiet' };
  const scope = phaseSync('scope', () => findMainContent(doc));
  if (!scope) return { status: 'passing' };
  const { root, keep } = scope;
  const page = await phase('collect', () => collectText(root, slicer, keep));
  const decision = phaseSync('detect', () => decideCoverage(doc, root, page.text));
  if (!decision.coverage) return { status: 'passing', decision };
  let matcher = env.matcher;
  matcher ??= await env.loadMatcher();
  const result = await paintMatches(page, matcher, { highlights: env.highlights(), index: env.index }, slicer);
  const published = phaseSync('date', () => readArticleDate(doc, root));
  return { status: 'coverage', root, keep, page, decision, matcher, published, ...result };
}

/** Matches `page` in slices and paints each match; returns what was painted. */
export async function paintMatches(
  page: PageText,
  matcher: Matcher,
  { highlights, index }: { highlights: LayerHighlights; index: MatchIndex },
  slicer: Slicer,
) {
  const matches: PaintedMatch[] = [];
  const counts = emptyCounts();
  // CPU time of the two halves, without the yields between slices.
  let matchMs = 0;
  let paintMs = 0;
  await phase('match-paint', async () => {
    const text = page.text;
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + MATCH_CHUNK_CHARS);
      if (to < text.length) {
        const cut = text.indexOf(BLOCK_BREAK, to);
        to = cut < 0 ? text.length : cut;
      }
      const t0 = performance.now();
      const found = findTerms(text.slice(from, to), matcher, from);
      const t1 = performance.now();
      matchMs += t1 - t0;
      for (const m of found) {
        const span = nodeSpan(page, m.start, m.end);
        const range = toStaticRange(page, m.start, m.end, span);
        if (!range) continue;
        highlights.add(m.layer, range);
        const painted = { ...m, range };
        matches.push(painted);
        index.add(painted, page.nodes.slice(span[0], span[1] + 1));
        counts[m.layer]++;
      }
      paintMs += performance.now() - t1;
      from = to;
      if (slicer.due()) await slicer.yield();
    }
  });
  cpuMeasure('match-cpu', matchMs);
  cpuMeasure('paint-cpu', paintMs);
  return { matches, counts };
}
