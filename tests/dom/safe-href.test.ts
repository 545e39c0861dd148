// @vitest-environment happy-dom
/** Links in cards go to http(s) pages only, whatever the data says: checked again when a card renders. */
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceList } from '../../components/SourceList.tsx';
import { safeHref } from '../../components/safe-href.ts';

afterEach(() => document.body.replaceChildren());

describe('safeHref', () => {
  it('keeps absolute http and https addresses, normalised as the browser would follow them', () => {
    expect(safeHref('https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf')).toBe('https://www.supremecourt.gov/opinions/24pdf/24-656_ca7d.pdf');
    expect(safeHref('HTTP://Example.COM')).toBe('http://example.com/');
  });

  it('refuses javascript:, data:, and other schemes a link could run or smuggle', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'blob:https://example.com/x', 'chrome-extension://abc/options.html']) {
      expect(safeHref(url), url).toBeNull();
    }
  });

  it('refuses relative and malformed addresses, which would resolve against the page the card is on', () => {
    for (const url of ['/wiki/TikTok', '//evil.example/x', 'example.com', '', 'https://']) expect(safeHref(url), url).toBeNull();
  });

  it('renders a source with a forbidden link as plain text, with no link to click', () => {
    const el = document.body.appendChild(document.createElement('div'));
    const source = (url: string, title: string) => ({ url, publisher: 'Example', title, published: '2025-01-17', kind: 'news', confidence: 'high' as const });
    render(h(SourceList, { sources: [source('javascript:alert(1)', 'Forged'), source('https://example.com/a', 'Real')], noSourceFound: false }), el);
    expect([...el.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Real', 'https://example.com/a']]);
    expect(el.textContent).toContain('Forged');
    render(null, el);
  });
});
