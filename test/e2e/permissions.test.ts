// The journal and everything kept beside it are private: files 600, folders 700, whatever
// the umask; a journal someone opened up (git and sync folders write files as the umask says)
// is made private again by the next command, and grow doctor says so until then.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDirOf } from '../../src/store/paths';
import { tempDir, tempJournal } from '../support/temp';
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
    const kept = readdirSync(backupDirOf(journal), { recursive: true, withFileTypes: true });
    // Two backups, the record of what was validated, and the change log: its index and three changes.
    expect(kept.filter((entry) => entry.isFile())).toHaveLength(7);
    for (const entry of kept) expect(modeOf(join(entry.parentPath, entry.name)), entry.name).toBe(entry.isDirectory() ? 0o700 : 0o600);
  });

  it('makes a journal someone opened up private again at the next command, which says so once; grow doctor warns until then', async () => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker'], { journal });
    chmodSync(journal, 0o644);
    chmodSync(dirname(journal), 0o755);
    const warned = await runGrow(['doctor'], { journal });
    expect(warned.code).toBe(1);
    // The folder is one the person chose (--journal), and a 755 folder lets no one at a 600 file.
    expect(warned.stdout).toContain(`Permissions  file 644, folder 755: others on this computer may read it; fix with: chmod 600 '${journal}'\n`);
    // What a shell runs by itself at every Tab says nothing, and leaves the file to the next command.
    expect(await runGrow(['__ids', 'notes'], { journal })).toMatchObject({ code: 0, stderr: '' });
    expect(modeOf(journal)).toBe(0o644);

    // `grow` itself: its own bundle hands the line over, and the whole command line says it.
    const shown = await runGrow([], { journal });
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe(`grow: others on this computer could read ${journal} (mode 644): it is private again, mode 600.\n`);
    expect(shown.stdout).toContain('Your plan');
    expect(modeOf(journal)).toBe(0o600);
    expect((await runGrow(['notes'], { journal })).stderr).toBe('');
    expect((await runGrow(['doctor'], { journal })).code).toBe(0);

    chmodSync(journal, 0o666);
    const changed = await runGrow(['note', 'two'], { journal });
    expect(changed.code).toBe(0);
    expect(changed.stderr).toBe(`grow: others on this computer could read and change ${journal} (mode 666): it is private again, mode 600.\n`);
    expect(modeOf(journal)).toBe(0o600);
  });

  it('leaves the mode of a file that is not a journal alone, when --journal names one by mistake', async () => {
    const notes = join(tempDir(), 'notes.txt');
    writeFileSync(notes, 'Shopping: bread, tea\n');
    chmodSync(notes, 0o644);
    const result = await runGrow(['notes'], { journal: notes });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('private again');
    expect(modeOf(notes)).toBe(0o644);
    expect(readFileSync(notes, 'utf8')).toBe('Shopping: bread, tea\n');
  });

  it('finds a private journal in a shared folder with the sticky bit well, and never advises dropping the bit', async () => {
    const shared = join(tempDir(), 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const journal = join(shared, 'x.json');
    await runGrow(['note', 'one'], { journal });
    const result = await runGrow(['doctor'], { journal });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Permissions  file 600, folder 1777\n');
    expect(modeOf(shared)).toBe(0o777);
    expect(statSync(shared).mode & 0o1000).toBe(0o1000);
  });

  it("advises chmod 700 only on grow's own data folder, when others may write to it", async () => {
    const dataHome = tempDir();
    const env = { GROW_JOURNAL: undefined, XDG_DATA_HOME: dataHome };
    const own = join(dataHome, 'grow');
    await runGrow(['note', 'one'], { journal: '', env });
    chmodSync(own, 0o777);
    const mine = await runGrow(['doctor'], { journal: '', env });
    expect(mine.code).toBe(1);
    expect(mine.stdout).toContain(`folder 777: others on this computer can replace it, since they may write to its folder; fix with: chmod 700 '${own}'\n`);

    const chosen = join(tempDir(), 'notes');
    mkdirSync(chosen);
    expect((await runGrow(['note', 'one'], { journal: join(chosen, 'j.json') })).code).toBe(0);
    chmodSync(chosen, 0o777);
    const theirs = await runGrow(['doctor'], { journal: join(chosen, 'j.json') });
    expect(theirs.code).toBe(1);
    expect(theirs.stdout).toContain('folder 777: others on this computer can replace it, since they may write to its folder; keep it in a folder only you can write to\n');
    expect(theirs.stdout).not.toContain('chmod');
  });
});
