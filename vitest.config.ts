import { defineConfig } from 'vitest/config';

// Three projects: fast units (domain, store, render, flows); end-to-end runs of the built
// bin/grow.js, as a subprocess and in a pseudo-terminal; and the torture tests (crashes,
// races, damaged files, random input), run by `npm run torture` and CI, not by `npm test`.
// TZ is fixed so times render the same.
export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/torture/**'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 } },
      // One file at a time: each keeps both cores busy on its own, and the crash test times its kills.
      { extends: true, test: { name: 'torture', include: ['test/torture/**/*.test.ts'], fileParallelism: false, testTimeout: 180_000, hookTimeout: 60_000 } },
    ],
  },
});
