// A context whose journal file is not valid JSON: every command that reads it must fail
// with exit 1 and leave the file byte for byte as it was (checked after each test).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, expect } from 'vitest';
import { testContext, type TestContext, type TestContextOptions } from './test-context';

const DAMAGED = '{"version": 2, "people": [}';
const made: string[] = [];

afterEach(() => {
  for (const path of made.splice(0)) expect(readFileSync(path, 'utf8'), `${path} was written over`).toBe(DAMAGED);
});

export function damaged(options: TestContextOptions = {}): TestContext {
  const ctx = testContext(options);
  mkdirSync(dirname(ctx.store.path), { recursive: true });
  writeFileSync(ctx.store.path, DAMAGED, { mode: 0o600 });
  made.push(ctx.store.path);
  return ctx;
}
