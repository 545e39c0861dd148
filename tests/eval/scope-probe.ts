/**
 * Runs in a page (bundled by esbuild, injected by the eval and the scope test):
 * the product's own scope functions, reporting the text Backstory would read.
 */
import { findMainContent, topCandidates } from '../../entrypoints/content/main-content.ts';
import { collectText } from '../../entrypoints/content/page-text.ts';
import { decideCoverage } from '../../entrypoints/content/page-coverage.ts';

const describe = (el: Element) =>
  `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`.slice(0, 90);

declare global {
  interface Window {
    backstoryScope(): Promise<{ found: boolean; text: string; root: string }>;
    backstoryCandidates(): Promise<string[]>;
    backstoryDecision(): Promise<unknown>;
  }
}

window.backstoryCandidates = async () =>
  (await topCandidates(document, 8)).map((c) => `${c.score.toFixed(1)} text=${c.text} link=${c.link} ${describe(c.el)}`);

window.backstoryScope = async () => {
  const scope = await findMainContent(document);
  if (!scope) return { found: false, text: '', root: '' };
  const { root, keep } = scope;
  const page = await collectText(root, undefined, keep);
  return { found: true, text: page.text, root: describe(root) };
};

window.backstoryDecision = async () => {
  const scope = await findMainContent(document);
  if (!scope) return 'no main content';
  const page = await collectText(scope.root, undefined, scope.keep);
  return { root: describe(scope.root), ...decideCoverage(document, scope.root, page.text) };
};
