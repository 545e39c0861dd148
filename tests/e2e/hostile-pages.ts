/**
 * The hostile pages of issue 10, shared by the Chromium suite (hostile.test.ts) and
 * Firefox ESR's (firefox-hostile.test.ts): a real article page
 * (tests/fixtures/pages/seed-001.html) with hostile code run before anything
 * else, or a generated page of the same story. Each page carries its content
 * type and headers, and `serveHostile` serves them on loopback as
 * `/hostile/<name>` with exactly those.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { FIXTURE_PAGES } from './browser.ts';
import type { StaticServer } from './server.ts';

export const ARTICLE = readFileSync(join(FIXTURE_PAGES, 'seed-001.html'), 'utf8');
/** Words seed-001 is known to mark (tests/e2e/annotate.test.ts). */
export const EXPECTED = ['ByteDance', 'TikTok'];

export interface HostilePage {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

/** The article with `script` run before anything else in the page's own world. */
export function withScript(script: string, extraBody = ''): string {
  return ARTICLE.replace('<head>', `<head><script>${script}</script>`).replace('</body>', `${extraBody}</body>`);
}

/**
 * The page's own health: its script keeps a counter a click raises, records its errors, and keeps the
 * real highlight registry where the tests' helpers look for it (tests/e2e/browser.ts `rangeBoxesInPage`).
 */
export const HEALTH = `
  window.__pageErrors = 0;
  addEventListener('error', () => window.__pageErrors++);
  window.__clicks = 0;
  document.addEventListener('click', () => window.__clicks++);
  window.__realHighlights = CSS.highlights;
`;

/** The strict CSP of the CSP cases: nothing but the page's inline script, and Trusted Types required where the browser has them. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'self'; img-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Every hostile page, by name. */
export function hostilePages(): Map<string, HostilePage> {
  const pages = new Map<string, HostilePage>();
  pages.set('overrides', {
    body: withScript(`${HEALTH}
      const realMap = Array.prototype.map;
      Array.prototype.map = function () { throw new Error('page: no map for you'); };
      Array.prototype.forEach = function () { return 'hijacked'; };
      JSON.parse = () => ({ hijacked: true });
      JSON.stringify = () => '"hijacked"';
      Element.prototype.attachShadow = function () { throw new Error('page: no shadow roots'); };
      Object.defineProperty(CSS, 'highlights', { value: new Map(), configurable: true });
      window.Highlight = function () { throw new Error('page: no highlights'); };
      window.StaticRange = function () { throw new Error('page: no ranges'); };
      window.MutationObserver = function () { throw new Error('page: no observers'); };
      EventTarget.prototype.addEventListener = (function (real) { return function (t, f, o) { return real.call(this, t, f, o); }; })(EventTarget.prototype.addEventListener);
      Promise.prototype.then = (function (real) { return function (a, b) { return real.call(this, a, b); }; })(Promise.prototype.then);
      window.setTimeout = (function (real) { return function (f, ms) { return real(f, ms); }; })(window.setTimeout);
      document.createElement = (function (real) { return function (n) { return real.call(document, n); }; })(document.createElement);
      window.__pageStillWorks = () => realMap.call([1, 2, 3], (x) => x * 2).join(',');
    `),
  });
  pages.set('own-backstory-ui', {
    body: withScript(`${HEALTH}
      customElements.define('backstory-ui', class extends HTMLElement {
        constructor() { super(); this.attachShadow({ mode: 'open' }).textContent = 'the page’s own'; throw new Error('page: backstory-ui is mine'); }
      });
    `),
  });
  pages.set('throwing-observers', {
    body: withScript(`${HEALTH}
      const RealMO = MutationObserver;
      window.__observed = 0;
      document.addEventListener('DOMContentLoaded', () => {
        new RealMO(() => { window.__observed++; throw new Error('page: observer blew up'); }).observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => {
          const p = document.createElement('p');
          p.textContent = 'Late: Adam Presser spoke for the TikTok USDS Joint Venture.';
          document.querySelector('article').append(p);
        }, 1500);
      });
    `),
  });
  pages.set('forged-messages', {
    body: withScript(`${HEALTH}
      window.__messages = 0;
      addEventListener('message', () => window.__messages++, true);
    `),
  });
  // 3,000 nested divs around the article: no recursion in Backstory may overflow on it.
  const depth = 3000;
  pages.set('deep-dom', {
    body: ARTICLE.replace('<body>', `<body>${'<div>'.repeat(depth)}`).replace('</body>', `${'</div>'.repeat(depth)}</body>`),
  });
  pages.set('xhtml', { body: toXhtml(ARTICLE), type: 'application/xhtml+xml; charset=utf-8' });
  pages.set('html-twin', { body: toXhtml(ARTICLE), type: 'text/html; charset=utf-8' });
  pages.set('csp-trusted-types', {
    body: withScript(HEALTH),
    headers: { 'content-security-policy': STRICT_CSP },
  });
  pages.set('capture-prevent', {
    body: withScript(`${HEALTH}
      addEventListener('click', (e) => { e.preventDefault(); }, true);
      document.addEventListener('DOMContentLoaded', () => document.querySelector('article').addEventListener('click', (e) => e.stopPropagation()));
    `),
  });
  // What dark-mode tools and zoom widgets do: a transformed, filtered or zoomed body (issue 10.5).
  pages.set('transformed-body', {
    body: withScript(HEALTH).replace(
      '</head>',
      '<style>html{filter:invert(1) hue-rotate(180deg)}body{transform:translate(40px,30px) scale(0.9);transform-origin:0 0}</style></head>',
    ),
  });
  pages.set('zoomed-body', { body: withScript(HEALTH).replace('</head>', '<style>body{zoom:1.5}</style></head>') });
  // A document with no body (the parser makes one; the page removes it at once) until its script builds one 1.5 s later.
  pages.set('no-body', {
    body: withScript(`${HEALTH}
      document.addEventListener('DOMContentLoaded', () => {
        const body = document.body;
        body.remove();
        setTimeout(() => document.documentElement.append(body), 1500);
      });
    `),
  });
  // One 2 MB paragraph, no block break, and a ticker that records the longest gap between its ticks: the longest task.
  const sentences = [
    'ByteDance, the Beijing company that owns TikTok, faced a deadline to sell the app under the divest-or-ban law.',
    'Shou Zi Chew told Congress that TikTok had about 170 million American users.',
    'Oracle stores American user data and reviews the recommendation algorithm, the Commerce Department said.',
  ];
  let giant = '';
  for (let i = 0; giant.length < 2_000_000; i++) giant += `${sentences[i % sentences.length]} `;
  pages.set('giant-paragraph', {
    body:
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TikTok, ByteDance and the divest-or-ban law</title></head><body><main><article><h1>TikTok and ByteDance: the deadline</h1><p>${giant}</p></article></main></body></html>`,
  });
  return pages;
}

/** Serves `pages` as /hostile/<name> with each page's content type and headers; anything else 404s. */
export async function serveHostile(pages: Map<string, HostilePage>): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const name = /^\/hostile\/([^/?]+)/.exec(req.url ?? '')?.[1];
    const p = name ? pages.get(name) : undefined;
    if (!p) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': p.type ?? 'text/html; charset=utf-8', ...p.headers });
    res.end(p.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The same markup as well-formed XHTML: void elements closed, the XHTML namespace, no doctype quirks. */
export function toXhtml(html: string): string {
  return html
    .replace(/<!doctype html>/i, '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>')
    .replace(/<html([^>]*)>/i, (_m, attrs: string) => `<html xmlns="http://www.w3.org/1999/xhtml"${attrs.replace(/\s+xmlns="[^"]*"/, '')}>`)
    .replace(/<(meta|link|br|hr|img|input|source|wbr)\b([^>]*?)\s*\/?>/gi, '<$1$2 />')
    // XML has no bare boolean attributes: `required` becomes `required="required"` (inside tags only).
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s(required|checked|disabled|selected|hidden|async|defer|novalidate|autofocus|multiple|readonly|open)(?=[\s/>])/g, ' $1="$1"'))
    .replace(/&nbsp;/g, '&#160;')
    .replace(/&mdash;/g, '&#8212;')
    .replace(/&ndash;/g, '&#8211;')
    .replace(/&rsquo;/g, '&#8217;')
    .replace(/&lsquo;/g, '&#8216;')
    .replace(/&ldquo;/g, '&#8220;')
    .replace(/&rdquo;/g, '&#8221;')
    .replace(/&hellip;/g, '&#8230;')
    .replace(/&middot;/g, '&#183;')
    .replace(/&copy;/g, '&#169;');
}
