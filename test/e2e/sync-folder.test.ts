// A journal in a sync folder (Dropbox, Syncthing, Nextcloud) that two machines changed at once:
// the copy the service kept beside it is named by every command, in one line on stderr, never
// by grow remind, and grow merge folds it in.
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

describe('a conflicted copy beside the journal', () => {
  it('is named by every command but grow remind, until grow merge folds it in', async () => {
    const journal = tempJournal();
    expect((await runGrow(['goal', 'add', 'A calm public speaker'], { journal })).code).toBe(0);
    expect((await runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', '2026-11-25'], { journal })).code).toBe(0);
    const copy = join(dirname(journal), 'journal.sync-conflict-20261126-093000-ABCDEFG.json');
    copyFileSync(journal, copy);
    expect((await runGrow(['note', 'Only in the copy', '--journal', copy], { journal })).code).toBe(0);

    const notice = `grow: a sync folder's conflicted copy of the journal is not merged yet: grow merge ${copy}\n`;
    const listed = await runGrow(['notes'], { journal });
    expect(listed).toMatchObject({ code: 0, stderr: notice });
    expect(listed.stdout).toMatch(/^No notes yet/);
    expect((await runGrow(['action', 'list', '--json'], { journal })).stderr).toBe(notice);
    const remind = await runGrow(['remind'], { journal });
    expect(remind).toMatchObject({ code: 0, stderr: '' });
    expect(remind.stdout.split('\n').filter(Boolean)).toHaveLength(1);

    const merged = await runGrow(['merge', copy], { journal });
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toContain('Your own plan: 1 note');
    expect(existsSync(copy)).toBe(false);
    const after = await runGrow(['notes'], { journal });
    expect(after).toMatchObject({ code: 0, stderr: '' });
    expect(after.stdout).toContain('Only in the copy');
  });
});
