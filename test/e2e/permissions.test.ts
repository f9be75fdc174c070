// The journal and everything kept beside it are private: files 600, folders 700, whatever
// the umask; and grow doctor says so when someone opened them up.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirOf } from '../../src/store/paths';
import { tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from './support/grow';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('permissions', () => {
  it('keeps a new journal, its backups and their folders private even under umask 000', () => {
    const journal = tempJournal();
    for (const text of ['one', 'two', 'three']) {
      const run = spawnSync('sh', ['-c', `umask 000 && exec "${process.execPath}" "${GROW_BIN}" note "${text}"`], { env: growEnv({ journal }) });
      expect(run.status, run.stderr.toString()).toBe(0);
    }
    expect(modeOf(journal)).toBe(0o600);
    expect(modeOf(dirname(journal))).toBe(0o700);
    expect(modeOf(dirname(dirname(journal)))).toBe(0o700);
    expect(modeOf(backupDirOf(journal))).toBe(0o700);
    const kept = readdirSync(backupDirOf(journal));
    expect(kept).toHaveLength(3); // two backups and the record of what was validated
    for (const name of kept) expect(modeOf(join(backupDirOf(journal), name)), name).toBe(0o600);
  });

  it('makes a journal someone opened up private again with the next change, and grow doctor warns until then', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'one'], { journal });
    chmodSync(journal, 0o644);
    chmodSync(dirname(journal), 0o755);
    const warned = await runGrow(['doctor'], { journal });
    expect(warned.code).toBe(1);
    expect(warned.stdout).toContain(`Permissions  file 644, folder 755: others on this computer may read it; fix with: chmod 600 '${journal}' && chmod 700 '${dirname(journal)}'`);

    await runGrow(['note', 'two'], { journal });
    expect(modeOf(journal)).toBe(0o600);
    chmodSync(dirname(journal), 0o700);
    expect((await runGrow(['doctor'], { journal })).code).toBe(0);
  });
});
