/**
 * The coverage decision's DOM side: the signals detectCoverage (data/match/topic.ts)
 * takes, read from the page around its main content.
 */
import { detectCoverage, type CoverageDecision } from '../../data/match/topic.ts';

/** Is the main content under `root`, whose text is `mainText`, coverage of the story? */
export function decideCoverage(doc: Document, root: Element, mainText: string): CoverageDecision {
  const headline = root.querySelector('h1')?.textContent ?? doc.querySelector('h1')?.textContent ?? '';
  return detectCoverage({ title: doc.title, headline, mainText, lang: doc.documentElement.lang });
}
