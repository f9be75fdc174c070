import { SCHEMA_VERSION } from '../../src/domain/vocabulary';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../src/domain/notes';
import { JournalError } from '../../src/errors';
import { listBackups } from '../../src/store/backups';
import { newSealing } from '../../src/store/envelope';
import { JournalStore } from '../../src/store/journal-store';
import { Keyring, PassphraseNeededError, type PassphraseSource } from '../../src/store/keyring';
import { backupDirOf } from '../../src/store/paths';
import { tempJournal } from '../support/temp';

const PASSPHRASE = 'correct horse battery';
const at = new Date('2026-11-25T09:00:00Z');
const addText = (text: string) => (journal: Parameters<typeof addNote>[0]) => addNote(journal, 'me', { text, tags: [], at });

/** A source that answers from a list and counts how often it was asked. */
function answers(...given: string[]): PassphraseSource & { asked: boolean[] } {
  const asked: boolean[] = [];
  return {
    asked,
    attempts: given.length,
    ask: async (retry) => {
      asked.push(retry);
      return given[asked.length - 1]!;
    },
  };
}

async function encryptedStore(path = tempJournal(), notes = ['a private thought']): Promise<JournalStore> {
  const plainStore = new JournalStore(path);
  for (const text of notes) await plainStore.update(addText(text));
  await plainStore.reseal(await newSealing(PASSPHRASE));
  return new JournalStore(path, new Keyring(answers(PASSPHRASE)));
}

/** Every file grow keeps for the journal, as text. */
/** The journal and every file grow keeps beside it: backups, the change log, the validation record. */
function filesOf(path: string): string[] {
  const beside = readdirSync(backupDirOf(path), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  expect(beside.some((entry) => entry.parentPath.endsWith('changes'))).toBe(true);
  return [path, ...beside.map((entry) => join(entry.parentPath, entry.name))].map((file) => readFileSync(file, 'utf8'));
}

describe('an encrypted journal', () => {
  it('keeps no plain text on disk: the journal, every backup, the change log and the validation record', async () => {
    const path = tempJournal();
    const store = await encryptedStore(path, ['first secret', 'second secret', 'third secret']);
    await store.update(addText('fourth secret'));
    expect(await listBackups(path)).toHaveLength(3);
    for (const text of filesOf(path)) expect(text).not.toMatch(/secret|"people"/);
    expect(readdirSync(dirname(path)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await store.read()).people[0]!.notes.map((n) => n.text)).toEqual(['first secret', 'second secret', 'third secret', 'fourth secret']);
  });

  it('asks for the passphrase once per run, however many reads and writes', async () => {
    const path = tempJournal();
    await encryptedStore(path);
    const source = answers(PASSPHRASE);
    const store = new JournalStore(path, new Keyring(source));
    await store.read();
    await store.update(addText('one'));
    await store.update(addText('two'));
    expect(source.asked).toEqual([false]);
  });

  it('gives a person more tries after a wrong passphrase, then says "wrong passphrase" and changes nothing', async () => {
    const path = tempJournal();
    await encryptedStore(path);
    const before = readFileSync(path);

    const retried = answers('not it at all', PASSPHRASE);
    await new JournalStore(path, new Keyring(retried)).update(addText('after a typo'));
    expect(retried.asked).toEqual([false, true]);

    const after = readFileSync(path);
    expect(after).not.toEqual(before);
    const wrong = new JournalStore(path, new Keyring(answers('nope', 'still no')));
    const error = await wrong.update(addText('never')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as Error).message).toBe(`wrong passphrase for the journal ${path}; nothing was changed.`);
    expect(readFileSync(path)).toEqual(after);
  });

  it('is a clear error without a way to get the passphrase', async () => {
    const path = tempJournal();
    await encryptedStore(path);
    const error = await new JournalStore(path).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PassphraseNeededError);
    expect((error as Error).message).toContain(`The journal ${path} is encrypted: set GROW_PASSPHRASE`);
  });

  it('refuses a changed byte before asking for anything, and writes nothing', async () => {
    const path = tempJournal();
    await encryptedStore(path, ['one', 'two']);
    const text = readFileSync(path, 'utf8');
    const tampered = text.replace(/"data": "(.)/, (_m, c: string) => `"data": "${c === 'A' ? 'B' : 'A'}`);
    writeFileSync(path, tampered);
    const source = answers(PASSPHRASE);
    const error = await new JournalStore(path, new Keyring(source)).update(addText('never')).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^The encrypted journal .* has been changed or damaged \(its checksum does not match\)/);
    expect((error as JournalError).hint).toMatch(/^To restore the newest backup: cp /);
    expect(source.asked).toEqual([]);
    expect(readFileSync(path, 'utf8')).toBe(tampered);
  });

  it('changes its passphrase: the journal and its backups open with the new one only', async () => {
    const path = tempJournal();
    const store = await encryptedStore(path, ['one', 'two']);
    await store.reseal(await newSealing('a brand new passphrase'));
    const [backup] = await listBackups(path);
    for (const file of [path, backup!.path]) {
      const error = await new JournalStore(file, new Keyring(answers(PASSPHRASE))).read().catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/^wrong passphrase/);
      expect((await new JournalStore(file, new Keyring(answers('a brand new passphrase'))).read()).people[0]!.notes.length).toBeGreaterThan(0);
    }
  });

  it('decrypts back to the plain journal, backups and all', async () => {
    const path = tempJournal();
    const store = await encryptedStore(path, ['one', 'two', 'three']);
    await store.reseal(null);
    expect(store.isEncrypted()).toBe(false);
    expect(JSON.parse(readFileSync(path, 'utf8')).people[0].notes).toHaveLength(3);
    for (const backup of await listBackups(path)) expect(JSON.parse(readFileSync(backup.path, 'utf8')).version).toBe(SCHEMA_VERSION);
  });

  it('can be encrypted before it exists, so nothing is ever written in plain text', async () => {
    const path = tempJournal();
    const store = new JournalStore(path, new Keyring(answers(PASSPHRASE)));
    await store.reseal(await newSealing(PASSPHRASE));
    expect(existsSync(path) && store.isEncrypted()).toBe(true);
    await store.update(addText('from the start'));
    expect(readFileSync(path, 'utf8')).not.toContain('from the start');
    expect((await store.read()).people[0]!.notes[0]!.text).toBe('from the start');
  });
});
