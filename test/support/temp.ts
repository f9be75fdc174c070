// A fresh folder per test, removed when the test file is done (not after each test, so that
// tests running side by side with describe.concurrent keep theirs); every test gets its own journal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grow-test-'));
  made.push(dir);
  return dir;
}

/** A journal path inside a folder that does not exist yet, as on a new machine. */
export function tempJournal(): string {
  return join(tempDir(), 'data', 'grow', 'journal.json');
}
