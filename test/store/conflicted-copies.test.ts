// The names sync folders give the copy they keep when two machines changed the journal at once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictedCopies, isConflictedCopyName } from '../../src/store/conflicted-copies';
import { tempDir } from '../support/temp';

describe('conflicted copies, by name', () => {
  it.each([
    ['Dropbox', "journal (Alex's conflicted copy 2026-12-01).json"],
    ['Dropbox, numbered', "journal (Alex's conflicted copy 2026-12-01 (1)).json"],
    ['Dropbox, from a computer', 'journal (work-laptop conflicted copy 2026-12-01).json'],
    ['Nextcloud', 'journal (conflicted copy 2026-12-01 153045).json'],
    ['Nextcloud and ownCloud before 3.0', 'journal_conflict-20261201-153045.json'],
    ['Syncthing', 'journal.sync-conflict-20261201-153045-ABCDEFG.json'],
    ['Syncthing, before device ids', 'journal.sync-conflict-20261201-153045.json'],
  ])('%s: %s', (_service, name) => {
    expect(isConflictedCopyName(name, 'journal.json')).toBe(true);
  });

  it('follow the journal\'s own name, with or without an extension', () => {
    expect(isConflictedCopyName('plan (Alex\'s conflicted copy 2026-12-01).json', 'plan.json')).toBe(true);
    expect(isConflictedCopyName('plan.sync-conflict-20261201-153045-ABCDEFG', 'plan')).toBe(true);
    expect(isConflictedCopyName("journal (Alex's conflicted copy 2026-12-01).json", 'plan.json')).toBe(false);
  });

  it('are never the journal, grow\'s own files beside it, or other files', () => {
    for (const name of ['journal.json', 'journal.json.backups', 'journal.json.lock', '.journal.json.4242-0123456789ab.tmp', 'journal (1).json', 'journal copy.json', 'journal.sync-conflict-notes.json', 'unsaved-note-2026-12-01.md']) {
      expect(isConflictedCopyName(name, 'journal.json'), name).toBe(false);
    }
  });

  it('are found beside the journal, in name order, and nowhere else', () => {
    const folder = tempDir();
    const found = ['journal.sync-conflict-20261201-153045-ABCDEFG.json', "journal (Alex's conflicted copy 2026-12-01).json"];
    for (const name of [...found, 'journal.json', 'other (conflicted copy 2026-12-01).json']) writeFileSync(join(folder, name), '{}');
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'sub', "journal (Alex's conflicted copy 2026-12-02).json"), '{}');
    expect(conflictedCopies(join(folder, 'journal.json'))).toEqual(found.sort().map((name) => join(folder, name)));
    expect(conflictedCopies(join(folder, 'missing', 'journal.json'))).toEqual([]);
  });
});
