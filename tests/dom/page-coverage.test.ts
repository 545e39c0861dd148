// @vitest-environment happy-dom
/** The coverage decision read from a page: its main content's text, the article's own headline, the title and the page's language. */
import { describe, expect, it } from 'vitest';
import { decideCoverage } from '../../entrypoints/content/page-coverage.ts';
import { loadPage, loadRealPage } from './real-page.ts';

const story = () => document.querySelector('[data-real-markup="body"]')!;
const decide = (root: Element = story()) => decideCoverage(document, root, root.textContent ?? '');

function page(headHtml: string, bodyHtml: string, lang = 'en') {
  loadPage(`<html lang="${lang}"><head>${headHtml}</head><body>${bodyHtml}</body></html>`);
}

describe('decideCoverage', () => {
  it('calls a real article about the ruling coverage, from its main content', () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    const d = decide();
    expect(d.coverage).toBe(true);
    expect(d.mentions).toBeGreaterThanOrEqual(3);
  });

  it('does not call a real page that names TikTok in passing coverage', () => {
    loadRealPage('neg-en-2023-12-today-food-trends');
    const d = decide();
    expect(d.coverage).toBe(false);
    expect(d.reason).toMatch(/passing mention|mentioned/);
  });

  it('counts only the main content it is given, not the rest of the page', () => {
    page('<title>News</title>', `<aside>${'TikTok ByteDance CFIUS divestiture ban Congress law. '.repeat(5)}</aside><article><h1>Weather</h1><p>Rain later.</p></article>`);
    expect(decide(document.querySelector('article')!).mentions).toBe(0);
    expect(decide(document.body).mentions).toBeGreaterThan(0);
  });

  it('reads the article’s own headline before a headline elsewhere on the page', () => {
    page('<title>News</title>', '<header><h1>TikTok live blog</h1></header><article><h1>Weather</h1><p>Rain later.</p></article>');
    expect(decide(document.querySelector('article')!).inHeadline).toBe(false);
    document.querySelector('article h1')!.remove();
    expect(decide(document.querySelector('article')!).inHeadline).toBe(true); // no headline of its own: the page's
  });

  it('counts the page title as part of the headline', () => {
    page('<title>Why ByteDance will not sell</title>', '<article><p>Rain later.</p></article>');
    expect(decide(document.querySelector('article')!).inHeadline).toBe(true);
  });

  it('takes the page’s declared language for the subject words it counts', () => {
    page('<title>Nachrichten</title>', '<article><p>Das Verfassungsgericht und das Gesetz über TikTok.</p></article>', 'de');
    expect(decide(document.querySelector('article')!).language).toEqual({ language: 'de', from: 'attribute' });
  });
});
