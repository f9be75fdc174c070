import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepBackup, listBackups } from '../../src/store/backups';
import { tempJournal } from '../support/temp';

describe('backups', () => {
  it('keep the order they were written in, whatever the clock said: a clock that ran ahead and was set right never rotates the newest away', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
    const clocks = ['2026-11-25T09:00:00Z', '2099-01-01T00:00:00Z', '2099-06-01T00:00:00Z', '2026-11-25T09:05:00Z', '1999-01-01T00:00:00Z', '2026-11-25T09:10:00Z', '2026-11-25T09:15:00Z'];
    for (const [i, clock] of clocks.entries()) await keepBackup(journal, Buffer.from(`version ${i + 1}`), new Date(clock));

    const kept = (await listBackups(journal)).map((backup) => readFileSync(backup.path, 'utf8'));
    expect(kept).toEqual(['version 7', 'version 6', 'version 5', 'version 4', 'version 3']);
  });
});
