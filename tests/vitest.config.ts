import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import { BUNDLED_MATCHER_MODULE, bundledMatcherSource } from '../data/scripts/bundled-matcher.ts';

/** The annotator's precompiled matcher, as the build makes it (wxt.config.ts does this with esbuild), for the DOM tier. */
const bundledMatcher = {
  name: 'bundled-matcher',
  resolveId: (id: string) => (id === BUNDLED_MATCHER_MODULE ? `\0${BUNDLED_MATCHER_MODULE}` : undefined),
  load: (id: string) => (id === `\0${BUNDLED_MATCHER_MODULE}` ? bundledMatcherSource() : undefined),
};

// Unit tier: pure core and background logic in Node, with WXT's fake browser and fake-indexeddb.
// DOM tier (tests/dom): content modules and components under happy-dom, chosen per file
// (`// @vitest-environment happy-dom`); tests/dom/setup.ts adds the fake StaticRange and
// CSS Custom Highlight API happy-dom lacks, and does nothing in Node.
export default defineConfig({
  plugins: [WxtVitest(), bundledMatcher],
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
    // A 2-core CI machine also builds and runs browsers: a test that lints or matches megabytes may take seconds.
    testTimeout: 20_000,
    setupFiles: ['fake-indexeddb/auto', 'tests/dom/setup.ts'],
    // The highlight colours are imported as text (`?inline`): tests read the real CSS, not Vitest's empty stand-in.
    css: { include: [/highlights(-dark)?\.css/] },
    // Fixture pages name stylesheets, scripts and frames of their sites: a test never fetches them.
    environmentOptions: {
      happyDOM: { settings: { disableCSSFileLoading: true, disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: true, disableIframePageLoading: true, handleDisabledFileLoadingAsSuccess: true } },
    },
  },
});
