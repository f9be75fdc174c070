// A journal checked in full is remembered as valid when its text is exactly as grow writes it
// (a journal grow wrote on another machine, pulled by git or copied by a sync folder): the
// next read skips the check and reads it as it is used. Any other text is checked every time.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../src/domain/notes';
import { JournalStore } from '../../src/store/journal-store';
import { Keyring, noPassphrase } from '../../src/store/keyring';
import { readBytes, readJournalFile } from '../../src/store/read';
import { isKnownValid } from '../../src/store/validated-cache';
import { tempDir, tempJournal } from '../support/temp';

const at = new Date('2026-11-25T09:00:00Z');

/** A journal grow wrote, with two notes, at a path of its own. */
async function written(): Promise<string> {
  const path = tempJournal();
  const store = new JournalStore(path);
  await store.update((journal) => void addNote(journal, 'me', { text: 'first', tags: ['work'], at }));
  await store.update((journal) => void addNote(journal, 'me', { text: 'second', tags: [], at }));
  return path;
}

/** The same text at another path, as a copy from another machine lands: a file grow has not seen. */
function elsewhere(text: string): string {
  const path = join(tempDir(), 'journal.json');
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}

const known = (path: string) => isKnownValid(path, readBytes(path)!.identity);
const read = (path: string) => readJournalFile(path, new Keyring(noPassphrase(path)));

describe('a journal checked in full', () => {
  it('is remembered when grow wrote it elsewhere: the next read takes it as it is used', async () => {
    const path = elsewhere(readFileSync(await written(), 'utf8'));
    expect(known(path)).toBe(false);
    const first = await read(path);
    expect(first?.lines).toBeUndefined();
    expect(known(path)).toBe(true);
    const second = await read(path);
    expect(second?.lines).toBeDefined();
    expect(second?.journal.people[0]!.notes.map((n) => n.text)).toEqual(['first', 'second']);
  });

  it('is not remembered when laid out otherwise, with a record added by hand without a uid, or from an older version', async () => {
    const text = readFileSync(await written(), 'utf8');
    const relaidOut = `${JSON.stringify(JSON.parse(text), null, 4)}\n`;
    const withoutUid = text.replace(/\{"uid":"[0-9a-f]{16}","id":"n2"/, '{"id":"n2"');
    expect(withoutUid).not.toBe(text);
    const older = join(tempDir(), 'journal.json');
    copyFileSync(new URL('../fixtures/journal-version-2.json', import.meta.url), older);
    for (const path of [elsewhere(relaidOut), elsewhere(withoutUid), older]) {
      expect((await read(path))?.journal.people.length).toBeGreaterThan(0);
      expect(known(path)).toBe(false);
    }
  });
});

describe('a journal grow remembers as valid', () => {
  it('is checked in full again once rewritten in place at the same size with its date put back', async () => {
    const path = await written();
    const stamp = join(tempDir(), 'stamp');
    execFileSync('cp', ['-p', path, stamp]);
    const before = readBytes(path)!.identity;
    expect(known(path)).toBe(true);
    // As `rsync --inplace -t` or a hand edit followed by `touch -r` leave it: same file, same size, same date.
    const text = readFileSync(path, 'utf8');
    const broken = text.replace('"id":"n1"', '"id":"x1"');
    expect(broken.length).toBe(text.length);
    writeFileSync(path, broken);
    execFileSync('touch', ['-m', '-r', stamp, path]);
    const after = readBytes(path)!.identity;
    expect([after.dev, after.ino, after.size, after.mtimeNs]).toEqual([before.dev, before.ino, before.size, before.mtimeNs]);
    expect(known(path)).toBe(false);
    await expect(read(path)).rejects.toThrow(/n1|x1|id/);
  });
});
