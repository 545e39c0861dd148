// @vitest-environment happy-dom
/** The highlight colours reach a page only as one adopted stylesheet, and leave with it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createHighlightStyle } from '../../entrypoints/content/highlight-style.ts';

// happy-dom drops ::highlight() rules it cannot parse, so read what each sheet was given.
const given = new WeakMap<CSSStyleSheet, string>();
const replace = CSSStyleSheet.prototype.replaceSync;
vi.spyOn(CSSStyleSheet.prototype, 'replaceSync').mockImplementation(function (this: CSSStyleSheet, text: string) {
  given.set(this, text);
  replace.call(this, text);
});
const rules = (sheet: CSSStyleSheet) => given.get(sheet) ?? '';

beforeEach(() => {
  document.adoptedStyleSheets = [];
  document.head.replaceChildren();
});

describe('the highlight stylesheet', () => {
  it('adds one adopted sheet and no element to the page', () => {
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const style = createHighlightStyle(document);
    style.apply(false);
    style.apply(false);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(own);
    expect(document.querySelectorAll('style, link')).toHaveLength(0);
    expect(rules(document.adoptedStyleSheets[1]!)).toContain('backstory-entities');
  });

  it('switches to the dark colours on a dark page', () => {
    const style = createHighlightStyle(document);
    style.apply(false);
    const light = rules(document.adoptedStyleSheets[0]!);
    style.apply(true);
    const dark = rules(document.adoptedStyleSheets[0]!);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect(dark).not.toEqual(light);
    expect(dark).toContain('184, 168, 255'); // highlights-dark.css's entity colour
  });

  it('comes back when the page replaces its adopted sheets, and leaves the page’s own when removed', () => {
    const style = createHighlightStyle(document);
    style.apply(false);
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    style.apply(false);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    style.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
    expect(style.applied).toBe(false);
  });
});
