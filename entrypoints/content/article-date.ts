/**
 * Reads the publication-date signals a page carries (the pure decision is
 * data/match/article-date.ts): JSON-LD, publication metas and microdata, and the
 * `<time datetime>` nearest the headline or byline.
 */
import { findArticleDate, PUBLISHED_META_KEYS, type ArticleDate, type DateSignals } from '../../data/match/article-date.ts';

const META_KEYS: ReadonlySet<string> = new Set(PUBLISHED_META_KEYS);
/** Where a byline's date sits: the article's header, a byline or dateline block. */
const BYLINE_TIME =
  'header time[datetime], [class*="byline" i] time[datetime], [class*="dateline" i] time[datetime], [class*="meta" i] time[datetime], time[pubdate][datetime], time[itemprop="datePublished"]';
/** Only the first few are worth reading: later ones date comments and teasers. */
const MAX_TIMES = 3;

export function readDateSignals(doc: Document, main: Element | null = null, url: string = doc.URL): DateSignals {
  const jsonLd = [...doc.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? '');
  const metas: { key: string; value: string }[] = [];
  for (const el of doc.querySelectorAll('meta[property], meta[name], meta[itemprop], [itemprop="datePublished"]')) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key || !META_KEYS.has(key)) continue;
      const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
      metas.push({ key, value });
    }
  }
  // A time in the article's own header beats one elsewhere on the page.
  const scope = main?.closest('article') ?? main ?? doc;
  const times = [...scope.querySelectorAll(BYLINE_TIME), ...doc.querySelectorAll(BYLINE_TIME)]
    .slice(0, MAX_TIMES)
    .map((t) => t.getAttribute('datetime') ?? '');
  return { jsonLd, metas, times, url };
}

export const readArticleDate = (doc: Document, main: Element | null = null): ArticleDate => findArticleDate(readDateSignals(doc, main));
