// A fresh folder per test, removed afterwards; every test gets its own journal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(() => {
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
