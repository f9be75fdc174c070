import { defineConfig } from 'vitest/config';

// Two projects: fast units (domain, store, render, flows) and end-to-end runs of the built
// bin/grow.js, as a subprocess and in a pseudo-terminal. TZ is fixed so times render the same.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
