/**
 * Real pages for the DOM tier: an article of tests/fixtures/real-markup placed
 * into the readability host page its manifest names, as the real-markup corpus
 * builds it (tests/eval/place-article.ts), then loaded into happy-dom's document.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { placeInPage, type Article } from '../eval/place-article.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

interface ManifestEntry {
  article: string;
  host: string;
  set: string;
  langAttribute: 'article' | 'host';
}

const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** happy-dom reports every frame it may not load, even about:blank: frames (which hold no article text) are cut. */
const withoutFrames = (html: string) => html.replace(/<iframe\b[\s\S]*?<\/iframe>/gi, '');

/** The article's text as the fixture has it. */
export function article(id: string): Article {
  for (const file of ['articles.json', 'holdout.json']) {
    const found = (JSON.parse(read(`real-markup/${file}`)) as { articles: Article[] }).articles.find((a) => a.id === id);
    if (found) return found;
  }
  throw new Error(`No article ${id} in tests/fixtures/real-markup`);
}

/** The page's HTML: the article in its host page. */
export function realPageHtml(id: string): string {
  const entry = (JSON.parse(read('real-markup/manifest.json')) as ManifestEntry[]).find((e) => e.article === id);
  if (!entry) throw new Error(`${id} is not in tests/fixtures/real-markup/manifest.json`);
  const placed = placeInPage({
    source: withoutFrames(read(`readability/${entry.host}.html`)),
    expected: read(`readability/expected/${entry.host}.html`),
    article: { ...article(id), set: entry.set },
    setLang: entry.langAttribute === 'article',
  });
  if (!placed) throw new Error(`${id}: no article body found in host ${entry.host}`);
  return placed.html;
}

/** Loads `html` (a whole page) into the test's document. */
export function loadPage(html: string, doc: Document = document) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const a of [...doc.documentElement.attributes]) doc.documentElement.removeAttribute(a.name);
  for (const a of parsed.documentElement.attributes) doc.documentElement.setAttribute(a.name, a.value);
  doc.documentElement.replaceChildren(doc.importNode(parsed.head, true), doc.importNode(parsed.body, true));
}

/** Loads the article `id` in its real host page. */
export const loadRealPage = (id: string, doc: Document = document) => loadPage(realPageHtml(id), doc);

/** A fixture file's text (a readability page, say), for cutting snippets from. */
export const fixture = (path: string) => withoutFrames(read(path));
