// grow encrypt and grow decrypt, from a script and at a terminal.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backupDirOf } from '../../src/store/paths';
import { remindFactsPath } from '../../src/store/remind-facts';
import { writePlan } from '../support/plan-fixture';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { KEY, startGrow } from './support/pty';

const PASSPHRASE = 'river stones and tea';
const withPassphrase = (passphrase = PASSPHRASE) => ({ GROW_PASSPHRASE: passphrase });
const FAKE_EDITOR = `${process.execPath} ${fileURLToPath(new URL('./fixtures/fake-editor.mjs', import.meta.url))}`;

async function journalWithNotes(...texts: string[]): Promise<string> {
  const journal = tempJournal();
  for (const text of texts) expect((await runGrow(['note', text], { journal })).code).toBe(0);
  return journal;
}

describe('grow encrypt and grow decrypt, run as a script would', () => {

  it('changes the passphrase with GROW_NEW_PASSPHRASE, and asks for no passphrase on the command line', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const noNew = await runGrow(['encrypt'], { journal, env: withPassphrase() });
    expect(noNew.code).toBe(2);
    expect(noNew.stderr).toContain('The journal is already encrypted. To change its passphrase, run grow encrypt in a terminal, or set GROW_NEW_PASSPHRASE too.');
    const changed = await runGrow(['encrypt'], { journal, env: { ...withPassphrase(), GROW_NEW_PASSPHRASE: 'a whole new phrase' } });
    expect(changed).toMatchObject({ code: 0, stdout: 'The passphrase is changed: the journal and its backups now open with the new one.\n' });
    expect((await runGrow(['notes'], { journal, env: withPassphrase() })).code).toBe(1);
    expect((await runGrow(['notes'], { journal, env: withPassphrase('a whole new phrase') })).code).toBe(0);

    expect((await runGrow(['encrypt', 'my-passphrase'], { journal })).code).toBe(2);
    const help = await runGrow(['encrypt', '--help'], { journal });
    expect(help.stdout).toContain('never from the command line');
  });

});

describe('exporting an encrypted journal', () => {
  it('exports with the passphrase, and says that a file written with --out is in plain text', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    expect((await runGrow(['export'], { journal })).code).toBe(1);
    const out = `${tempDir()}/plan.md`;
    const exported = await runGrow(['export', '--out', out], { journal, env: withPassphrase() });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('The export is in plain text, unlike the journal: keep it somewhere private, or delete it when you are done.');
  });
});

describe('grow remind on an encrypted journal', () => {
  it('counts with GROW_PASSPHRASE; without it, even at a terminal, it asks nothing and says nothing', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    expect(await runGrow(['remind'], { journal, today: '2026-12-01', env: withPassphrase() })).toMatchObject({
      code: 0,
      stdout: '3 check-ins due, 1 overdue - run grow checkin\n',
      stderr: '',
    });
    expect(await runGrow(['remind'], { journal, today: '2026-12-01' })).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const atTerminal = startGrow(['remind'], { journal, today: '2026-12-01' });
    expect(await atTerminal.exited).toBe(0);
    expect(atTerminal.text()).toBe('');
    expect(await runGrow(['remind'], { journal, today: '2026-12-01', env: withPassphrase('river stones and coffee') })).toMatchObject({
      code: 0,
      stderr: 'grow could not read its journal - run grow doctor to see why\n',
    });
    expect(existsSync(remindFactsPath(journal))).toBe(false);
  });
});

describe('grow doctor on an encrypted journal', () => {
  it('says it is encrypted, checks the envelope without the passphrase and the contents with it', async () => {
    const journal = await journalWithNotes('one', 'two');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const unopened = await runGrow(['doctor'], { journal });
    expect(unopened.code).toBe(0);
    expect(unopened.stdout).toContain('Valid        the encryption is intact; to check inside, set GROW_PASSPHRASE or run grow doctor in a terminal');
    expect(unopened.stdout).toContain('Encrypted    yes');
    const opened = await runGrow(['doctor'], { journal, env: withPassphrase() });
    expect(opened.stdout).toMatch(/Valid {8}yes: 1 person, .* 2 notes/);
    expect(JSON.parse((await runGrow(['doctor', '--json'], { journal, env: withPassphrase() })).stdout)).toMatchObject({ encrypted: true, plainBackups: 0, problems: 0 });
  });

  it('counts a backup left in plain text beside an encrypted journal as a problem', async () => {
    const journal = await journalWithNotes('one', 'two');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    writeFileSync(`${backupDirOf(journal)}/journal-2020-01-01T00-00-00-000Z.json`, '{"version": 1, "people": []}', { mode: 0o600 });
    const result = await runGrow(['doctor'], { journal, env: withPassphrase() });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Encrypted    yes, but 1 backup is in plain text; encrypt it with: grow encrypt (the same passphrase is fine)');
    const fixed = await runGrow(['encrypt'], { journal, env: { ...withPassphrase(), GROW_NEW_PASSPHRASE: PASSPHRASE } });
    expect(fixed.code).toBe(0);
    expect((await runGrow(['doctor'], { journal, env: withPassphrase() })).code).toBe(0);
  });
});

describe('grow encrypt at a terminal', () => {
  it('asks for the passphrase twice without showing it, then asks for it before a command reads', async () => {
    const journal = await journalWithNotes('a quiet win today');
    const encrypt = startGrow(['encrypt'], { journal });
    await encrypt.waitFor('A passphrase for your journal:');
    encrypt.answer(PASSPHRASE);
    await encrypt.waitFor('The same passphrase once more:');
    encrypt.answer('river stones and milk');
    await encrypt.waitFor(/The two passphrases differ\. Let us start again\.\n[\s\S]*A passphrase for your journal:/);
    encrypt.answer(PASSPHRASE);
    await encrypt.waitFor('The same passphrase once more:');
    encrypt.answer(PASSPHRASE);
    await encrypt.waitFor('Your journal is encrypted');
    expect(await encrypt.exited).toBe(0);
    expect(encrypt.text()).not.toContain('river');
    expect(encrypt.text()).toContain('*'.repeat(PASSPHRASE.length));

    const notes = startGrow(['notes'], { journal });
    await notes.waitFor('Passphrase for your journal:');
    notes.answer('river stones and coffee');
    await notes.waitFor('That passphrase does not open the journal. Try again:');
    notes.answer(PASSPHRASE);
    await notes.waitFor('a quiet win today');
    expect(await notes.exited).toBe(0);
  });

  it('changes the passphrase: the current one is checked before the new one is asked for', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const change = startGrow(['encrypt'], { journal });
    await change.waitFor('Passphrase for your journal:');
    change.answer(PASSPHRASE);
    await change.waitFor('A passphrase for your journal:');
    change.answer('a whole new phrase');
    await change.waitFor('The same passphrase once more:');
    change.answer('a whole new phrase');
    await change.waitFor('The passphrase is changed');
    expect(await change.exited).toBe(0);
    expect((await runGrow(['notes'], { journal, env: withPassphrase('a whole new phrase') })).code).toBe(0);
  });

  it('gives three tries, then exits 1 with "wrong passphrase"', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const notes = startGrow(['notes'], { journal });
    // Each try waits for the question asked after the last one was taken: on a busy machine scrypt takes its time.
    for (const attempt of ['first wrong', 'second wrong', 'third wrong']) {
      await notes.waitFor(/Passphrase for your journal:|That passphrase does not open the journal\. Try again:/);
      notes.answer(attempt);
    }
    expect(await notes.exited).toBe(1);
    expect(notes.text()).toContain('grow: wrong passphrase for the journal');
  });

  it('settles the passphrase before a guided flow asks its first question', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const before = readFileSync(journal);
    const init = startGrow(['init'], { journal });
    await init.waitFor('Passphrase for your journal:');
    expect(init.text()).not.toContain('What are you planning');
    init.answer(PASSPHRASE);
    await init.waitFor('What are you planning for yourself');
    init.write(KEY.ctrlC);
    expect(await init.exited).toBe(130);
    expect(readFileSync(journal)).toEqual(before);
  });

  it('asks for the passphrase before opening the editor, and keeps the draft in memory', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const log = `${tempDir()}/editor.log`;
    const note = startGrow(['note'], { journal, env: { EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Said no to a meeting. #boundaries\n', FAKE_EDITOR_LOG: log } });
    await note.waitFor('Passphrase for your journal:');
    note.answer(PASSPHRASE);
    await note.waitFor('Noted n2');
    expect(await note.exited).toBe(0);
    expect(readFileSync(log, 'utf8')).toMatch(/^\/dev\/shm\/grow-/);
    expect(readFileSync(journal, 'utf8')).not.toContain('meeting');
  });

  it('shows a note it could not save on the screen rather than keep it in a plain file', async () => {
    const journal = await journalWithNotes('one');
    await runGrow(['encrypt'], { journal, env: withPassphrase() });
    const env = { ...withPassphrase(), EDITOR: FAKE_EDITOR, FAKE_EDITOR_TEXT: 'Said no to a meeting.\n', FAKE_EDITOR_TRUNCATE: journal };
    const note = startGrow(['note'], { journal, env });
    expect(await note.exited).toBe(1);
    expect(note.text()).toContain('Your note could not be saved or kept in a file; here it is, to copy somewhere safe:\n\nSaid no to a meeting.\n');
    expect(readdirSync(dirname(journal)).filter((name) => name.startsWith('unsaved-note-'))).toEqual([]);
  });
});
