import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journalText } from '../../src/store/journal-text';
import { journalData } from '../support/journal-data';
import { richJournal } from '../support/rich-journal';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

function journalWith(journal = richJournal()): string {
  const path = tempJournal();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, journalText(journal), { mode: 0o600 });
  return path;
}

describe('grow import of a grow export', () => {
  it('into an empty journal gives the same data back, and a second import adds nothing', async () => {
    const source = journalWith();
    const backup = join(tempDir(), 'backup.json');
    await runGrow(['export', '--all-people', '--include-private', '--out', backup], { journal: source });

    const journal = tempJournal();
    const imported = await runGrow(['import', backup], { journal });
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(
      [
        'Imported:',
        '  Your own plan: 2 mission statements, 5 reflections, 2 goals, 4 action items, 5 check-ins, 3 notes, 1 unfinished flow',
        '  Sam (new): 1 mission statement, 1 reflection, 1 goal, 2 action items, 1 check-in, 2 one-on-ones',
        '',
      ].join('\n'),
    );
    expect(journalData(journal)).toEqual(journalData(source));
    const first = readFileSync(journal, 'utf8');

    const again = await runGrow(['import', backup], { journal });
    expect(again.stdout).toBe('Nothing new: everything in the file is already in the journal.\n');
    expect(readFileSync(journal, 'utf8')).toBe(first);
  });

});

describe('grow import, saying what happened', () => {

  it('recognises an encrypted journal and says to export it first', async () => {
    const encrypted = journalWith();
    const passphrase = { GROW_PASSPHRASE: 'correct horse battery staple', GROW_NEW_PASSPHRASE: undefined };
    expect((await runGrow(['encrypt'], { journal: encrypted, env: passphrase })).code).toBe(0);
    for (const from of [[], ['--from', 'jrnl']]) {
      const result = await runGrow(['import', encrypted, ...from], { journal: tempJournal() });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `grow: ${encrypted} is an encrypted grow journal; grow imports exports, which are plain text.\n` +
          `Export it first (it asks for its passphrase), then import that file: grow export --journal '${encrypted}' --all-people --include-private --out plain.json\n`,
      );
    }
  });
});
