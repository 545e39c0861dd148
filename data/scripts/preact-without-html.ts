/**
 * Build time: Preact without its one HTML path. Preact's diff writes
 * `dom.innerHTML = props.dangerouslySetInnerHTML.__html`; Backstory never passes
 * that prop (eslint forbids it: page and dataset text render as text), so the
 * branch is dead code, and it is the only `innerHTML` in our bundles, the one
 * Firefox's add-on linter warns about. This plugin cuts it out of Preact's
 * browser build as it is bundled, for the extension pages (Vite) and the
 * annotator chunk (esbuild). A prop that would write HTML is dropped: Preact
 * still takes it out of the props, it just never reaches the DOM.
 *
 * The cut is a literal match against Preact's published, minified file. If a
 * Preact update changes that code, the build fails here with a message, rather
 * than shipping the HTML path again.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

/** Preact's browser build, which bundlers pick (the "browser" export condition). */
const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/;

/**
 * In Preact 10's diffElementNodes: with new HTML, write it (unless hydrating an
 * identical one); else, if there was HTML, clear it; then diff the children.
 * Replaced by: diff the children.
 */
const HTML_BRANCH =
  'if(h)c||p&&(h.__html==p.__html||h.__html==u.innerHTML)||(u.innerHTML=h.__html),t.__k=[];else if(p&&(u.innerHTML=""),';
const CHILDREN_ONLY = 'if(';

/** Preact's source with the HTML branch removed; throws when it is not there exactly once. */
export function stripPreactHtml(code: string, file = 'preact.module.js'): string {
  const at = code.indexOf(HTML_BRANCH);
  if (at < 0 || code.indexOf(HTML_BRANCH, at + 1) >= 0) {
    throw new Error(`preact-without-html: Preact's innerHTML branch was not found once in ${file}; update HTML_BRANCH for this Preact version.`);
  }
  const out = code.slice(0, at) + CHILDREN_ONLY + code.slice(at + HTML_BRANCH.length);
  if (out.includes('innerHTML')) throw new Error(`preact-without-html: ${file} still writes innerHTML.`);
  return out;
}

export function preactWithoutHtmlEsbuild(): EsbuildPlugin {
  return {
    name: 'preact-without-html',
    setup(b) {
      b.onLoad({ filter: PREACT_DIST }, async (args) => ({ contents: stripPreactHtml(await readFile(args.path, 'utf8'), args.path), loader: 'js' }));
    },
  };
}

export function preactWithoutHtmlVite(): VitePlugin {
  return {
    name: 'preact-without-html',
    enforce: 'pre',
    transform(code, id) {
      return PREACT_DIST.test(id.split('?')[0]!) ? { code: stripPreactHtml(code, id), map: null } : undefined;
    },
  };
}
