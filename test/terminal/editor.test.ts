import { existsSync, rmSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GrowError } from '../../src/errors';
import { privateTempDir } from '../../src/terminal/editor';

describe("the editor's temporary folder", () => {
  it('is private, and in memory where the system has /dev/shm', () => {
    const dir = privateTempDir(true, {});
    try {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      if (existsSync('/dev/shm')) expect(dir.startsWith('/dev/shm/grow-')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('is never on a disk for an encrypted journal: without a memory folder it refuses', () => {
    const onDisk = '/no/memory/folder/here'; // as on a system without /dev/shm
    expect(() => privateTempDir(true, {}, [onDisk])).toThrow(GrowError);
    expect(() => privateTempDir(true, {}, [onDisk])).toThrow(/has no memory-backed folder/);
    const fallback = privateTempDir(false, {}, [onDisk]);
    rmSync(fallback, { recursive: true });
  });
});
