import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Three projects: fast units (domain, store, render, flows); end-to-end runs of the built
// bin/grow.js, as a subprocess and in a pseudo-terminal; and the torture tests (crashes,
// races, damaged files, random input), run by `npm run torture` and CI, not by `npm test`.
// TZ is fixed so times render the same; the version is defined as the build defines it, so
// tests can walk the program that createProgram() declares. Timeouts only end a test that
// hangs: on a busy machine a test may take many times as long as it does on a quiet one.
export default defineConfig({
  define: { __GROW_VERSION__: JSON.stringify(version) },
  test: {
    env: { TZ: 'UTC' },
    // Two files at a time, also on two cores: an end-to-end test spends most of its time
    // waiting for the grow it started, which runs in a process of its own.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/torture/**'], testTimeout: 30_000 } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 60_000 } },
      // One file at a time: each keeps both cores busy on its own, and the crash test times its kills.
      { extends: true, test: { name: 'torture', include: ['test/torture/**/*.test.ts'], fileParallelism: false, testTimeout: 180_000, hookTimeout: 60_000 } },
    ],
  },
});
