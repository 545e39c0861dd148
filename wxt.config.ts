import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { build, transform, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bundledMatcherPlugin } from './data/scripts/bundled-matcher.ts';
import { manifestCommands } from './entrypoints/background/commands.ts';
import { iconPaths } from './data/icons.ts';
import { REPOSITORY_URL } from './data/project.ts';
import { preactWithoutHtmlEsbuild, preactWithoutHtmlVite } from './data/scripts/preact-without-html.ts';

/** The annotator chunk, relative to the output root; load-annotator.ts imports it from there. */
const ANNOTATOR_FILE = 'content-scripts/annotator.js';
/** The gate, the script every page loads. */
const GATE_FILE = 'content-scripts/content.js';
const GATE_ENTRY = resolve(import.meta.dirname, 'entrypoints/content/index.ts');
const CONTENT_MATCHES = ['http://*/*', 'https://*/*'];
/** The add-on's id on addons.mozilla.org: settled, since Firefox keys a user's storage and updates to it. */
const FIREFOX_ID = 'backstory@backstory-news.org';

/** `import css from './x.css?inline'`: the stylesheet as a minified string, as Vite does. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const css = (await transform(await readFile(args.path, 'utf8'), { loader: 'css', minify: true })).code;
      return { contents: `export default ${JSON.stringify(css)};`, loader: 'js' };
    });
  },
};

/**
 * WXT bundles content scripts as one classic script each, with no chunks. The
 * annotator is built here as an ES module instead, so the content script every
 * page loads can stay a gate and import the rest only on pages about the story.
 */
async function buildAnnotator(minify: boolean): Promise<string> {
  return bundle(resolve(import.meta.dirname, 'entrypoints/content/annotator.ts'), 'esm', minify);
}

async function bundle(entry: string, format: 'esm' | 'iife', minify: boolean): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format,
    target: 'es2022',
    minify,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    // The bundled dataset's matcher, compiled here at build time, not in every page.
    plugins: [inlineCss, bundledMatcherPlugin(), preactWithoutHtmlEsbuild()],
  });
  return out.outputFiles[0]!.text;
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // No auto-imports: every import is visible, and the linter can check it.
  imports: false,
  vite: () => ({
    // devToolsEnabled/prefresh off: the extension build must not carry dev hooks; nor Preact's innerHTML path.
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false }), preactWithoutHtmlVite()],
    build: { target: 'es2022' },
  }),
  hooks: {
    // The gate is built here too, as a classic script, not as WXT's content-script entrypoint:
    // WXT's wrapper would construct a ContentScriptContext, which posts a window message with
    // the extension id on every page and ends itself when a page replays it (see lifetime.ts).
    'entrypoints:found': (_wxt, infos) => {
      const i = infos.findIndex((e) => resolve(e.inputPath) === GATE_ENTRY);
      if (i >= 0) infos.splice(i, 1);
    },
    // Firefox's sidebar shows its own icon beside its title; Chrome's side panel uses the extension's.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_icon = iconPaths('on');
    },
    'build:publicAssets': async (wxt, files) => {
      const minify = wxt.config.mode === 'production';
      files.push({ relativeDest: ANNOTATOR_FILE, contents: await buildAnnotator(minify) });
      files.push({ relativeDest: GATE_FILE, contents: await bundle(GATE_ENTRY, 'iife', minify) });
    },
  },
  manifest: ({ browser }) => ({
    // From public/_locales/<lang>/messages.json, so a translation carries them too.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: REPOSITORY_URL,
    author: 'The Backstory contributors',
    permissions: ['storage'],
    icons: iconPaths('on'),
    action: { default_title: 'Backstory', default_icon: iconPaths('on') },
    content_scripts: [{ matches: CONTENT_MATCHES, js: [GATE_FILE], run_at: 'document_idle', all_frames: false }],
    // Open the side panel, next and previous annotation: remappable by the reader, no key listener in pages.
    commands: manifestCommands(),
    // The annotator chunk, imported by the content script on pages about the story. Chrome
    // serves it under a per-session URL, so pages cannot probe for it.
    web_accessible_resources: [
      { resources: [ANNOTATOR_FILE], matches: CONTENT_MATCHES, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: FIREFOX_ID,
              strict_min_version: '140.0', // the CSS Custom Highlight API
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Chrome 105: the CSS Custom Highlight API. (The side panel needs 114; before it the popup hides its button.)
        { minimum_chrome_version: '105' }),
  }),
});
