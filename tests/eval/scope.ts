/**
 * Measures Backstory's main-content scope on real pages against Mozilla
 * Readability's expected article: each page is loaded in Chromium, the product's
 * own findMainContent + collectText run in it (scope-probe.ts, bundled), and the
 * text read is compared word by word with expected/NAME.html.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { probePages } from './probe-pages.ts';
import { overlap, type Overlap } from './word-overlap.ts';

export interface PageScope extends Overlap {
  name: string;
  root: string;
}

/** Text of an HTML fragment with a space between text nodes, so block boundaries split words. */
function expectedTextInPage(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  return parts.join(' ');
}

/** Scope figures for each named page of a readability-layout folder (NAME.html + expected/NAME.html). */
export function measureScope(dir: string, names: string[]): Promise<PageScope[]> {
  return probePages('scope-probe.ts', dir, names, async (page, name) => {
    const scope = await page.evaluate(() => window.backstoryScope());
    const expected = await page.evaluate(expectedTextInPage, await readFile(join(dir, 'expected', `${name}.html`), 'utf8'));
    return { name, root: scope.root, ...overlap(expected, scope.text.replaceAll('\u2029', ' ')) };
  });
}
