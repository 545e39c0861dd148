import { defineConfig } from 'vitest/config';

// End-to-end tier: the built extension in real Chromium. One browser per file, files in sequence (2 cores).
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
