// @vitest-environment happy-dom
/** The article's date as the page gives it: JSON-LD, publication metas, the byline's <time>, read from real pages and small ones. */
import { describe, expect, it } from 'vitest';
import { readArticleDate, readDateSignals } from '../../entrypoints/content/article-date.ts';
import { fixture, loadPage } from './real-page.ts';

const expectedDay = (page: string) => (JSON.parse(fixture(`readability/expected/${page}.json`)) as { publishedTime: string }).publishedTime.slice(0, 10);

function page(head: string, body: string) {
  loadPage(`<html><head>${head}</head><body>${body}</body></html>`);
}

describe('readArticleDate', () => {
  it('finds the day Readability finds on real dated pages', () => {
    for (const name of ['aclu', 'bbc-1', 'breitbart']) {
      loadPage(fixture(`readability/${name}.html`));
      const d = readArticleDate(document);
      expect(d.known && d.date, name).toBe(expectedDay(name));
    }
  });

  it('reads JSON-LD and publication metas from the page head', () => {
    page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-13T10:00:00Z"}</script>', '<p>Text.</p>');
    expect(readArticleDate(document)).toMatchObject({ known: true, date: '2024-03-13', source: 'json-ld' });
    page('<meta property="article:published_time" content="2025-01-17T09:00:00-05:00">', '<p>Text.</p>');
    expect(readArticleDate(document)).toMatchObject({ known: true, date: '2025-01-17' });
  });

  it('ignores metas that are not about publication', () => {
    page('<meta name="description" content="2025-01-17"><meta property="article:modified_time" content="2025-01-18">', '<p>Text.</p>');
    expect(readDateSignals(document, null, 'https://news.example/a').metas).toEqual([]);
  });

  it('takes the time in the article’s own header before one elsewhere on the page', () => {
    page('', '<aside><div class="meta"><time datetime="2023-05-01">1 May</time></div></aside>' +
      '<article><header><time datetime="2024-03-13">13 March</time></header><p id="main">Text.</p></article>');
    const main = document.getElementById('main')!;
    expect(readDateSignals(document, main, 'https://news.example/a').times[0]).toBe('2024-03-13');
    expect(readArticleDate(document, main)).toMatchObject({ known: true, date: '2024-03-13' });
  });

  it('reads only the first few times: later ones date comments and teasers', () => {
    const comments = Array.from({ length: 10 }, (_, k) => `<div class="meta"><time datetime="2024-04-${String(k + 10)}">c</time></div>`).join('');
    page('', `<article><header><time datetime="2024-03-13">13 March</time></header><p id="main">Text.</p></article>${comments}`);
    expect(readDateSignals(document, document.getElementById('main')!, 'https://news.example/a').times.length).toBeLessThanOrEqual(3);
  });

  it('knows no date on a page that gives none', () => {
    page('<title>Undated</title>', '<p>Text.</p>');
    expect(readArticleDate(document).known).toBe(false);
  });
});
