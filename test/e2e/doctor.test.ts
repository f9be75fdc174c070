import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

describe('grow doctor', () => {
  it('explains where a journal will be before it exists', async () => {
    const journal = tempJournal();
    const result = await runGrow(['doctor'], { journal });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Journal      ${journal}`);
    expect(result.stdout).toContain('not yet: it is created by the first change');
    expect(result.stdout).toContain('All well.');
  });

  it('reports a healthy journal: counts, permissions, backups and the lock', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    await runGrow(['note', 'two'], { journal });
    const result = await runGrow(['doctor'], { journal });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Valid {8}yes: 1 person, 0 goals, 0 action items, 0 check-ins, 2 notes, 0 sessions/);
    expect(result.stdout).toContain('Encrypted    no');
    expect(result.stdout).toContain('Permissions  file 600, folder 700');
    expect(result.stdout).toMatch(/Backups {6}1 kept, newest .*journal\.json\.backups\/journal-.*\.json/);
    expect(result.stdout).toContain('Lock         free');

    const json = JSON.parse((await runGrow(['doctor', '--json'], { journal })).stdout);
    expect(json).toMatchObject({ path: journal, exists: true, encrypted: false, fileMode: '600', dirMode: '700', locked: false, problems: 0, counts: { notes: 2 } });
  });

  it('exits 1 and says what is wrong with a damaged or exposed journal', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true });
    writeFileSync(journal, '{"version": 1, "people": "everyone"}');
    chmodSync(journal, 0o644);
    const result = await runGrow(['doctor'], { journal });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('no: The journal');
    expect(result.stdout).toContain('people should be an array');
    expect(result.stdout).toContain(`others on this computer may read it; fix with: chmod 600 '${journal}'\n`);
    expect(result.stderr).toBe('grow: 2 problems found.\n');
  });
});
