import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

describe('grow doctor', () => {

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
