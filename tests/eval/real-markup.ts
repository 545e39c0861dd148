/**
 * Builds the real-markup corpus: each article of tests/fixtures/real-markup/articles.json
 * placed into a different real page of the readability corpus, the way a reader
 * meets it. The host page keeps everything (masthead, menus, wrappers, rails,
 * teasers, scripts); only its article body, found from Readability's expected
 * output, is replaced, and its title and headline take the article's.
 *
 * The pages are derived, so they are not checked in: the tests and `npm run eval:pages`
 * build them into tests/.real-markup/ (a few seconds). manifest.json, which says
 * where each article went, is checked in and compared, so a change in placement
 * shows in review. `npm run corpus:build` rewrites it.
 *
 * Chromium parses and serialises the pages, so the markup is what a browser builds.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/browser.ts';
import { placeInPage, type Article } from './place-article.ts';
import { words } from './word-overlap.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const HOSTS = join(FIXTURES, 'readability');
const CORPUS = join(FIXTURES, 'real-markup');
/** Where the built pages go (gitignored). */
export const REAL_MARKUP_PAGES = resolve(import.meta.dirname, '../.real-markup');
export const MANIFEST_FILE = join(CORPUS, 'manifest.json');

export interface RealMarkupPage {
  file: string;
  /** tuning: the articles the rules were tuned on; holdout: collected afterwards, never tuned on. */
  set: 'tuning' | 'holdout';
  article: string;
  label: 'positive' | 'negative';
  lang: string;
  subtopic: string;
  host: string;
  /** Whether `<html lang>` was set to the article's language or left as the host page had it. */
  langAttribute: 'article' | 'host';
}

/** Hosts: readerable pages of real sites (not Readability's small synthetic tests) with an article of some size. */
function hostPages(): string[] {
  return readdirSync(HOSTS)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .filter((name) => {
      const meta = JSON.parse(readFileSync(join(HOSTS, 'expected', `${name}.json`), 'utf8'));
      const size = readFileSync(join(HOSTS, `${name}.html`)).length;
      const expected = words(readFileSync(join(HOSTS, 'expected', `${name}.html`), 'utf8').replace(/<[^>]+>/g, ' '));
      return meta.readerable && size >= 15_000 && expected.length >= 150;
    })
    .sort();
}

/** Builds every page into REAL_MARKUP_PAGES and returns the manifest. */
export async function buildRealMarkup(): Promise<RealMarkupPage[]> {
  const read = (file: string, set: 'tuning' | 'holdout') =>
    (JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { articles: Article[] }).articles.map((a) => ({ ...a, set }));
  // The holdout set was collected after the detector and scope were tuned on articles.json, and is never tuned on.
  const articles = [...read('articles.json', 'tuning'), ...read('holdout.json', 'holdout')];
  const hosts = hostPages();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  rmSync(REAL_MARKUP_PAGES, { recursive: true, force: true });
  mkdirSync(REAL_MARKUP_PAGES, { recursive: true });
  const manifest: RealMarkupPage[] = [];
  const skipped: string[] = [];
  let next = 0;
  let nonEnglish = 0;
  for (const article of articles) {
    // One host per article while hosts last (positives first in the file's order); then hosts are reused.
    let placed: Awaited<ReturnType<typeof placeInPage>> = null;
    let host = '';
    for (let tries = 0; tries < hosts.length && !placed; tries++) {
      host = hosts[next++ % hosts.length]!;
      const source = readFileSync(join(HOSTS, `${host}.html`), 'utf8');
      const expected = readFileSync(join(HOSTS, 'expected', `${host}.html`), 'utf8');
      // Every third non-English article keeps the host's own (wrong) lang attribute: the text must tell.
      const setLang = article.lang === 'en' || nonEnglish % 3 !== 2;
      placed = await page.evaluate(placeInPage, { source, expected, article, setLang });
      if (!placed) skipped.push(host);
      else if (article.lang !== 'en') nonEnglish++;
      if (placed) {
        const file = `${article.id}.html`;
        writeFileSync(join(REAL_MARKUP_PAGES, file), placed.html);
        manifest.push({
          file,
          set: article.set,
          article: article.id,
          label: article.label,
          lang: article.lang,
          subtopic: article.subtopic,
          host,
          langAttribute: setLang ? 'article' : 'host',
        });
      }
    }
  }
  await browser.close();
  if (skipped.length) console.info(`real-markup: no article body found in ${[...new Set(skipped)].join(', ')}; those hosts were skipped`);
  return manifest;
}

/** Where highlights may be: the placed article's body and headline (marked by the builder). */
export const ARTICLE_ZONES = ['[data-real-markup="body"]', '[data-real-markup="headline"]'];

export const manifestJson = (manifest: RealMarkupPage[]) => `${JSON.stringify(manifest, null, 2)}\n`;
