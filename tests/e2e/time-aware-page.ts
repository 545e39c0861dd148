/**
 * The time-aware cards' page: an article of 13 March 2024 about the House vote,
 * placed into a real page of the readability corpus (place-article.ts), once
 * with its date in its markup (a publication meta and a byline `<time>`) and
 * once with every date signal taken out. The host page's own dates go in both,
 * so the only date the finder can read is the one placed here.
 *
 * The placement runs in whichever browser the test drives (Chromium or Firefox),
 * so both functions below are self-contained.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PUBLISHED_META_KEYS } from '../../data/match/article-date.ts';
import { placeInPage, type Article } from '../eval/place-article.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
/** Where the two built pages go (gitignored). */
export const TIME_AWARE_PAGES = resolve(import.meta.dirname, '../.time-aware');
/** A readability host with a headline, a byline and metas of its own (all replaced or removed). */
export const TIME_AWARE_HOST = 'nytimes-3';
export const DATED_PAGE = 'house-vote-dated.html';
export const UNDATED_PAGE = 'house-vote-undated.html';

interface Fixture {
  published: string;
  article: Article;
}

/** In the page: removes every date signal from `html`, then, when `published` is given, dates it in a meta and a byline. */
export function dateThePage(args: { html: string; published: string | null; metaKeys: readonly string[] }): string {
  const { html, published, metaKeys } = args;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const keys = new Set(metaKeys.map((k) => k.toLowerCase()));
  doc.querySelectorAll('script[type="application/ld+json" i]').forEach((s) => s.remove());
  for (const el of doc.querySelectorAll('meta, [itemprop]')) {
    const names = ['property', 'name', 'itemprop'].map((a) => el.getAttribute(a)?.trim().toLowerCase() ?? '');
    if (names.some((n) => keys.has(n) || /date|time|modified/.test(n))) el.remove();
  }
  doc.querySelectorAll('time').forEach((t) => t.replaceWith(doc.createTextNode(t.textContent ?? '')));
  if (published) {
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', published);
    doc.head.append(meta);
    const headline = doc.querySelector('[data-real-markup="headline"]');
    const byline = doc.createElement('p');
    byline.className = 'byline';
    const time = doc.createElement('time');
    time.setAttribute('datetime', published);
    time.textContent = 'March 13, 2024';
    byline.append('By a staff reporter · ', time);
    headline?.after(byline);
  }
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}

/** Runs a self-contained function with one argument in the browser under test. */
export type InBrowser = <A, R>(fn: (arg: A) => R, arg: A) => Promise<R>;

/** Builds both pages into TIME_AWARE_PAGES with the browser under test; returns the article's day as the page states it. */
export async function buildTimeAwarePages(run: InBrowser): Promise<{ published: string }> {
  const { published, article } = JSON.parse(readFileSync(join(FIXTURES, 'time-aware/house-vote.json'), 'utf8')) as Fixture;
  const source = readFileSync(join(FIXTURES, 'readability', `${TIME_AWARE_HOST}.html`), 'utf8');
  const expected = readFileSync(join(FIXTURES, 'readability/expected', `${TIME_AWARE_HOST}.html`), 'utf8');
  const placed = await run(placeInPage, { source, expected, article: { ...article, set: 'time-aware' }, setLang: true });
  if (!placed) throw new Error(`No article body found in ${TIME_AWARE_HOST}`);
  mkdirSync(TIME_AWARE_PAGES, { recursive: true });
  for (const [file, day] of [[DATED_PAGE, published], [UNDATED_PAGE, null]] as const) {
    writeFileSync(join(TIME_AWARE_PAGES, file), await run(dateThePage, { html: placed.html, published: day, metaKeys: PUBLISHED_META_KEYS }));
  }
  return { published };
}
