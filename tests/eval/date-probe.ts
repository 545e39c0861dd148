/** Runs in a page (bundled by esbuild): the product's own date reader. */
import { readArticleDate } from '../../entrypoints/content/article-date.ts';
import { findMainContent } from '../../entrypoints/content/main-content.ts';

declare global {
  interface Window {
    backstoryDate(): Promise<{ found: string | null; source: string }>;
  }
}

window.backstoryDate = async () => {
  const d = readArticleDate(document, (await findMainContent(document))?.root ?? null);
  return d.known ? { found: d.date, source: `${d.source}: ${d.detail}` } : { found: null, source: d.reason };
};
