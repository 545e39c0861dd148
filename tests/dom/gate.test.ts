// @vitest-environment happy-dom
/** The gate every page pays: real pages that do and do not name the story. */
import { describe, expect, it } from 'vitest';
import { GATE_CHARS, mentionsTopic } from '../../data/match/topic.ts';
import { gateTexts, leadingText, passesGate } from '../../entrypoints/content/gate.ts';
import { fixture, loadPage, loadRealPage } from './real-page.ts';

describe('passesGate', () => {
  it('opens on a real article about the story', () => {
    loadRealPage('pos-en-2025-01-scotus-upholds-semafor');
    expect(passesGate(document)).toBe(true);
  });

  it('stays shut on real pages about other things', () => {
    for (const page of ['001', 'ars-1', 'bbc-1', 'mozilla-2']) {
      loadPage(fixture(`readability/${page}.html`));
      expect(passesGate(document), page).toBe(false);
    }
  });

  it('opens on the title or the description alone, before any text', () => {
    loadPage(fixture('readability/ars-1.html'));
    document.title = 'Minecraft servers and TikTok';
    expect(passesGate(document)).toBe(true);
    loadPage(fixture('readability/ars-1.html'));
    document.querySelector('meta[name="description"]')!.setAttribute('content', 'What ByteDance said');
    expect(passesGate(document)).toBe(true);
  });

  it('does not open on a name hidden in a script of the page', () => {
    loadPage(fixture('readability/ars-1.html'));
    const s = document.createElement('script');
    s.textContent = 'window.partners = ["tiktok", "bytedance"];';
    document.querySelector('[itemprop="articleBody"]')!.prepend(s);
    expect(passesGate(document)).toBe(false);
  });

  it('does not read past the opening of the page: a name deep in a long page does not open it', () => {
    loadPage(fixture('readability/ars-1.html'));
    const body = document.querySelector('[itemprop="articleBody"]')!;
    const filler = document.createElement('p');
    filler.textContent = 'x '.repeat(GATE_CHARS);
    body.prepend(filler);
    body.append(Object.assign(document.createElement('p'), { textContent: 'TikTok' }));
    expect(passesGate(document)).toBe(false);
  });

  it('finds the story in the third teaser <article> of a page', () => {
    document.documentElement.innerHTML = '<head><title>News</title></head><body>' +
      ['Weather', 'Sport', 'The TikTok ruling'].map((t) => `<article><h2>${t}</h2><p>Story text.</p></article>`).join('') + '</body>';
    expect(passesGate(document)).toBe(true);
  });
});

describe('leadingText and gateTexts', () => {
  it('reads only the opening of the page, up to the limit it is given', () => {
    loadPage(fixture('readability/ars-1.html'));
    const all = leadingText(document.body, Infinity);
    const opening = leadingText(document.body, 500);
    expect(opening.length).toBeGreaterThanOrEqual(500);
    expect(opening.length).toBeLessThan(all.length / 4);
    expect(all.startsWith(opening)).toBe(true);
  });

  it('skips styles and scripts', () => {
    document.body.innerHTML = '<style>.tiktok { color: red }</style><script>var bytedance = 1;</script><p>Recipe of the day.</p>';
    expect(leadingText(document.body)).toBe('Recipe of the day.');
  });

  it('reads the page title, descriptions and first headline', () => {
    loadPage(fixture('readability/ars-1.html'));
    const [title, , , headline] = gateTexts(document);
    expect(title).toBe(document.title);
    expect(headline).toBe(document.querySelector('h1')!.textContent);
  });
});

describe('the cheap "no" before the walk', () => {
  it('gives the same answer as reading the texts the gate reads, on real pages with a name planted anywhere', () => {
    const pages = ['001', 'ars-1', 'bbc-1', 'nytimes-1'];
    const plants = ['head', 'lead', 'deep', 'script', 'none'] as const;
    for (const page of pages) {
      for (const where of plants) {
        loadPage(fixture(`readability/${page}.html`));
        const root = document.querySelector('[itemprop="articleBody"]') ?? document.querySelector('article') ?? document.querySelector('main, [role="main"]') ?? document.body;
        if (where === 'lead') root.prepend(Object.assign(document.createElement('p'), { textContent: 'ByteDance said so.' }));
        if (where === 'deep') root.append(Object.assign(document.createElement('p'), { textContent: 'ByteDance said so.' }));
        if (where === 'script') root.prepend(Object.assign(document.createElement('script'), { textContent: 'var tiktok = 1;' }));
        if (where === 'head') document.title = `${document.title} TikTok`;
        const reference = mentionsTopic(gateTexts(document));
        expect(passesGate(document), `${page}/${where}`).toBe(reference);
        if (where === 'lead' || where === 'head') expect(reference, `${page}/${where}`).toBe(true);
      }
    }
  }, 60_000);
});
