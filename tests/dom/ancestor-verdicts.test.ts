// @vitest-environment happy-dom
/** Verdicts inherited down the tree: each element's from its parent's, the root's given, each computed once. */
import { describe, expect, it, vi } from 'vitest';
import { inheritedVerdicts } from '../../entrypoints/content/ancestor-verdicts.ts';
import { fixture, loadPage } from './real-page.ts';

/** "Excluded" as page-text decides it, in miniature: inside a nav, an aside or a script. */
const excluded = (el: Element, above: boolean) => above || /^(NAV|ASIDE|SCRIPT)$/.test(el.tagName);

describe('inheritedVerdicts', () => {
  it('gives each element its ancestors’ verdict up to the root, and the root its own', () => {
    document.body.innerHTML = '<main><nav><ul><li><a id="in-nav">Home</a></li></ul></nav><p><b id="in-text">TikTok</b></p></main>';
    const main = document.querySelector('main')!;
    const verdict = inheritedVerdicts(main, false, excluded);
    expect(verdict(document.getElementById('in-nav')!)).toBe(true);
    expect(verdict(document.getElementById('in-text')!)).toBe(false);
    expect(verdict(main)).toBe(false);
  });

  it('does not look above the root: a root inside an aside starts from the root’s verdict', () => {
    document.body.innerHTML = '<aside><section><p id="p">Text</p></section></aside>';
    const verdict = inheritedVerdicts(document.querySelector('section')!, false, excluded);
    expect(verdict(document.getElementById('p')!)).toBe(false);
  });

  it('asks about each element once, however many text nodes a walk finds below it, on a real page', () => {
    loadPage(fixture('readability/ars-1.html'));
    const derive = vi.fn(excluded);
    const verdict = inheritedVerdicts(document.body, false, derive);
    const elements = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      verdict(n.parentElement!);
      for (let e: Element | null = n.parentElement; e && e !== document.body; e = e.parentElement) elements.add(e);
    }
    for (const e of elements) verdict(e); // again: all cached
    expect(derive).toHaveBeenCalledTimes(elements.size);
    // And the cached verdicts are the ones a fresh, uncached walk up the tree gives.
    for (const e of elements) {
      let expected = false;
      for (const a of ancestorsTopDown(e)) expected = excluded(a, expected);
      expect(verdict(e)).toBe(expected);
    }
  });
});

function ancestorsTopDown(el: Element): Element[] {
  const chain: Element[] = [];
  for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) chain.unshift(e);
  return chain;
}
