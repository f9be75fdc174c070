// A journal in a sync folder (Dropbox, Syncthing, Nextcloud) that two machines changed at once:
// the copy the service kept beside it is named by every command, in one line on stderr, never
// by grow remind, listed by grow doctor, and grow merge folds it in.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellQuoted } from '../../src/messages/words';
import { backupDirOf } from '../../src/store/paths';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

/** Commands of every kind: the plan at a glance, lists, an export, an edit, a guided one refused without a terminal. */
const COMMANDS = [[], ['notes'], ['action', 'list', '--json'], ['export'], ['note', 'Written while the copy waited'], ['checkin']];

describe('a conflicted copy beside the journal', () => {
  it.each([
    ['Dropbox', "journal (Alex's conflicted copy 2026-11-26).json"],
    ['Syncthing', 'journal.sync-conflict-20261126-093000-ABCDEFG.json'],
    ['Nextcloud', 'journal (conflicted copy 2026-11-26 093000).json'],
  ])('%s: named by every command but grow remind, listed by grow doctor, until grow merge folds it in', async (_service, name) => {
    const journal = tempJournal();
    expect((await runGrow(['goal', 'add', 'A calm public speaker'], { journal })).code).toBe(0);
    expect((await runGrow(['action', 'add', 'Give a talk', '--goal', 'g1', '--due', '2026-11-25'], { journal })).code).toBe(0);
    const copy = join(dirname(journal), name);
    copyFileSync(journal, copy);
    expect((await runGrow(['note', 'Only in the copy', '--journal', copy], { journal })).code).toBe(0);

    const notice = `grow: a sync folder's conflicted copy of the journal is not merged yet: grow merge ${shellQuoted(copy)}\n`;
    for (const command of COMMANDS) {
      const run = await runGrow(command, { journal });
      expect(run.stderr.startsWith(notice), `grow ${command.join(' ')}: ${run.stderr}`).toBe(true);
      expect(run.stderr.split(notice)).toHaveLength(2);
    }
    const remind = await runGrow(['remind'], { journal });
    expect(remind).toMatchObject({ code: 0, stderr: '' });
    expect(remind.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    const doctor = await runGrow(['doctor'], { journal });
    expect(doctor).toMatchObject({ code: 1, stderr: 'grow: 1 problem found.\n' });
    expect(doctor.stdout).toContain(`Copies       a conflicted copy left by a sync folder, whose changes do not count until merged; fold it in with:\n               grow merge ${shellQuoted(copy)}\n`);

    const merged = await runGrow(['merge', copy], { journal });
    expect(merged).toMatchObject({ code: 0, stderr: '' });
    expect(merged.stdout).toContain('Your own plan: 1 note');
    expect(existsSync(copy)).toBe(false);
    expect(readdirSync(backupDirOf(journal))).toContain(basename(copy));
    const after = await runGrow(['notes'], { journal });
    expect(after).toMatchObject({ code: 0, stderr: '' });
    expect(after.stdout).toContain('Only in the copy');
    expect(after.stdout).toContain('Written while the copy waited');
    expect((await runGrow(['doctor'], { journal })).stdout).not.toContain('Copies');
  });
});
