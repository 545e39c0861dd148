import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tier: pure core and background logic in Node, with WXT's fake browser and fake-indexeddb.
// DOM tier (tests/dom): content modules and components under happy-dom, chosen per file.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/dom/**/*.test.ts', 'tests/dom/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
