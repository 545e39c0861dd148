import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit tier: pure core and background logic in Node, with WXT's fake browser and fake-indexeddb.
export default defineConfig({
  plugins: [WxtVitest()],
  // DOM-tier files (happy-dom) load setup files through Vite's file server; let it
  // follow a symlinked node_modules, as in a git worktree.
  server: { fs: { strict: false } },
  test: {
    root: '.',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
  },
});
