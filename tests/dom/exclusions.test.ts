// @vitest-environment happy-dom
/** Page chrome on real pages: what Backstory never reads or marks inside an article. */
import { describe, expect, it } from 'vitest';
import { isExcluded, isInExcludedRegion } from '../../entrypoints/content/exclusions.ts';
import { fixture, loadPage } from './real-page.ts';

const el = (sel: string) => {
  const found = document.querySelector(sel);
  if (!found) throw new Error(`${sel} is not on the page`);
  return found;
};

describe('isExcluded on the Ars Technica page', () => {
  it('leaves out its share links, comment area, ad and newsletter box', () => {
    loadPage(fixture('readability/ars-1.html'));
    for (const sel of ['.share-links', '#comments-area', 'aside.ad', '.footer-newsletter']) expect(isExcluded(el(sel)), sel).toBe(true);
  });

  it('reads its article body and the paragraphs in it', () => {
    loadPage(fixture('readability/ars-1.html'));
    expect(isExcluded(el('[itemprop="articleBody"]'))).toBe(false);
    expect(isExcluded(el('[itemprop="articleBody"] p'))).toBe(false);
    expect(isExcluded(el('[itemprop="articleBody"] em'))).toBe(false);
  });

  it('leaves out code, and elements the page hid from readers (aria-hidden)', () => {
    loadPage(fixture('readability/ars-1.html'));
    expect(isExcluded(el('[itemprop="articleBody"] pre'))).toBe(true);
    expect(isExcluded(el('a.author-photo[aria-hidden="true"]'))).toBe(true);
  });
});

describe('isExcluded on the BBC and Guardian pages', () => {
  it('leaves out navigation and complementary regions marked by role', () => {
    loadPage(fixture('readability/bbc-1.html'));
    expect(isExcluded(el('#services-bar'))).toBe(true);
    expect(isExcluded(el('.column--secondary[role="complementary"]'))).toBe(true);
  });

  it('leaves out the Guardian’s ad slots and its hidden menu', () => {
    loadPage(fixture('readability/guardian-1.html'));
    expect(isExcluded(el('#dfp-ad--survey'))).toBe(true);
    expect(isExcluded(el('#main-menu'))).toBe(true);
  });
});

describe('isExcluded on what a reader is typing or cannot see', () => {
  it('never reads an editor, a hidden or inert block, or one styled display:none', () => {
    document.body.innerHTML = '<div contenteditable="true">Draft about TikTok</div><div contenteditable="false">TikTok</div><p hidden>a</p><p inert>b</p><p style="display:none">c</p>';
    const [editor, readOnly, hidden, inert, none] = [...document.body.children];
    expect([editor, hidden, inert, none].map((e) => isExcluded(e!))).toEqual([true, true, true, true]);
    expect(isExcluded(readOnly!)).toBe(false);
  });
});

describe('isInExcludedRegion', () => {
  it('knows a word inside a share bar inside the article is chrome', () => {
    loadPage(fixture('readability/ars-1.html'));
    const link = el('.share-links a');
    expect(isInExcludedRegion(link, document.body)).toBe(true);
    expect(isInExcludedRegion(el('[itemprop="articleBody"] p').firstChild!, el('[itemprop="articleBody"]'))).toBe(false);
  });

  it('takes anything outside the article as outside', () => {
    loadPage(fixture('readability/ars-1.html'));
    expect(isInExcludedRegion(el('h1'), el('[itemprop="articleBody"]'))).toBe(true);
  });

  it('never excludes the story’s own containers, whatever their class says (an ASP.NET <form>)', () => {
    document.body.innerHTML = '<form id="aspnetForm"><div class="with-sidebar"><article><p>TikTok</p></article></div></form>';
    const p = el('p');
    expect(isInExcludedRegion(p, document.body)).toBe(true);
    expect(isInExcludedRegion(p, document.body, new Set([el('form'), el('.with-sidebar')]))).toBe(false);
  });
});
