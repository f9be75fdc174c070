import { SCHEMA_VERSION } from '../../src/domain/vocabulary';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNote } from '../../src/domain/notes';
import { JournalError } from '../../src/errors';
import { listBackups } from '../../src/store/backups';
import { JournalStore } from '../../src/store/journal-store';
import { backupDirOf, lockPathOf } from '../../src/store/paths';
import { rejection } from '../support/rejection';
import { tempJournal } from '../support/temp';

const at = new Date('2026-11-25T09:00:00Z');
const addHello = (text = 'hello') => (journal: Parameters<typeof addNote>[0]) => addNote(journal, 'me', { text, tags: [], at });

const failure = (promise: Promise<unknown>) => rejection(promise, JournalError);

describe('JournalStore', () => {
  it('reads a missing file as an empty journal and creates it, private, on the first write', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    expect(await store.read()).toEqual({ version: SCHEMA_VERSION, people: [] });
    expect(existsSync(path)).toBe(false);

    const note = await store.update(addHello());
    expect(note.id).toBe('n1');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(path)).mode & 0o777).toBe(0o700);
    expect((await store.read()).people[0]!.notes[0]!.text).toBe('hello');
  });

  it('writes pretty-printed JSON in a stable key order', async () => {
    const path = tempJournal();
    await new JournalStore(path).update(addHello());
    const text = readFileSync(path, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "version": ${SCHEMA_VERSION},`);
    expect(Object.keys(JSON.parse(text).people[0].notes[0])).toEqual(['uid', 'id', 'at', 'text', 'tags']);
  });

  it('keeps the previous file as a backup before each write, the newest five only', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    for (let i = 1; i <= 7; i++) await store.update(addHello(`note ${i}`));
    const backups = await listBackups(path);
    expect(backups).toHaveLength(5);
    const newest = JSON.parse(readFileSync(backups[0]!.path, 'utf8'));
    expect(newest.people[0].notes.map((n: { text: string }) => n.text)).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5', 'note 6']);
    const oldest = JSON.parse(readFileSync(backups[4]!.path, 'utf8'));
    expect(oldest.people[0].notes).toHaveLength(2);
    for (const b of backups) expect(statSync(b.path).mode & 0o777).toBe(0o600);
    expect(statSync(backupDirOf(path)).mode & 0o777).toBe(0o700);
  });

  it('writes nothing when the change throws or changes nothing', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello());
    const before = readFileSync(path);
    await expect(
      store.update(() => {
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await store.update(() => 'nothing');
    expect(readFileSync(path)).toEqual(before);
    expect(await listBackups(path)).toHaveLength(0);
  });

  it('refuses to save a change that would make the journal invalid', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello());
    const before = readFileSync(path);
    const error = await failure(store.update((journal) => void (journal.people[0]!.notes[0]!.text = '')));
    expect(error.message).toContain('people[0].notes[0].text is empty');
    expect(readFileSync(path)).toEqual(before);
  });

  it('removes temporary files left by a writer that was killed mid-write', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello());
    writeFileSync(join(dirname(path), '.journal.json.4242-abcdef.tmp'), '{"version":');
    await store.update(addHello('again'));
    expect(readdirSync(dirname(path)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('takes over a lock left behind by a writer that died', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello());
    mkdirSync(lockPathOf(path));
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lockPathOf(path), longAgo, longAgo);
    await store.update(addHello('after a crash'));
    expect((await store.read()).people[0]!.notes).toHaveLength(2);
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('reads back every character of a journal it wrote, read a megabyte at a time across characters of many bytes', async () => {
    const path = tempJournal();
    // Lines of hundreds of kilobytes of 2-, 3- and 4-byte characters: the megabyte boundaries fall inside characters.
    const texts = Array.from({ length: 12 }, (_, i) => `${'é'.repeat(i)}${'€😀'.repeat(33_000)}`);
    await new JournalStore(path).update((journal) => texts.forEach((text) => addNote(journal, 'me', { text, tags: [], at })));
    expect((await new JournalStore(path).read()).people[0]!.notes.map((note) => note.text)).toEqual(texts);
  });

  it('validates a file changed by hand in full, even after grow wrote it', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello());
    const edited = JSON.parse(readFileSync(path, 'utf8'));
    edited.people[0].notes[0].at = 'yesterday';
    writeFileSync(path, JSON.stringify(edited));
    const error = await failure(store.read());
    expect(error.message).toContain('people[0].notes[0].at is not a date and time');
  });
});

describe('a journal grow cannot read', () => {
  const valid = JSON.stringify({ version: 1, people: [{ name: 'me', notes: [{ id: 'n1', at: '2026-11-25T09:00:00Z', text: 'kept', tags: [] }] }] }, null, 2);
  const cases: [string, string | Buffer, RegExp][] = [
    ['an empty file', '', /is empty/],
    ['only white space', '  \n', /is empty/],
    ['not JSON', 'my journal', /is not valid JSON \(at line 1, column 1: Unexpected token 'm'\)/],
    ['truncated', valid.slice(0, valid.length / 2), /is not valid JSON \(at line \d+, column \d+/],
    ['invalid UTF-8', Buffer.concat([Buffer.from('{"version": 1, "people": ["'), Buffer.from([0xff, 0xfe]), Buffer.from('"]}')]), /is not UTF-8 text \(bad byte at offset 27\)/],
    ['the wrong shape', JSON.stringify({ version: 1, people: [{ name: 'me', goals: [{ id: 'g1' }] }] }), /people\[0\]\.goals\[0\]\.title is missing \(and 1 more problem\)/],
    ['an unknown field', JSON.stringify({ version: 1, people: [], colour: 'blue' }), /the top level has unknown field "colour"/],
    ['a dangling reference', JSON.stringify({ version: 1, people: [{ name: 'me', actions: [{ id: 'a1', goal: 'g9', text: 'x', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-11-01' }] }] }), /people\[0\]\.actions\[0\]\.goal refers to unknown goal g9/],
    ['a duplicate id', JSON.stringify({ version: 1, people: [{ name: 'me', notes: [{ id: 'n1', at: '2026-11-25T09:00:00Z', text: 'a' }, { id: 'n1', at: '2026-11-25T09:00:00Z', text: 'b' }] }] }), /duplicate id n1/],
    ['no version', JSON.stringify({ people: [] }), /version is missing/],
  ];

  for (const [what, content, problem] of cases) {
    it(`is never written over: ${what}`, async () => {
      const path = tempJournal();
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      const before = readFileSync(path);
      const store = new JournalStore(path);
      const onRead = await failure(store.read());
      const onWrite = await failure(store.update(addHello()));
      for (const error of [onRead, onWrite]) {
        expect(error.message).toContain(path);
        expect(error.message).toMatch(problem);
        expect(error.hint).toContain(`fix ${path} by hand`);
      }
      expect(readFileSync(path)).toEqual(before);
    });
  }

  it('names the newest backup to restore', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello('first'));
    await store.update(addHello('second'));
    writeFileSync(path, '{ "version": 1, "people": [');
    const error = await failure(store.update(addHello('third')));
    const [newest] = await listBackups(path);
    expect(error.hint).toBe(`To restore the newest backup: cp '${newest!.path}' '${path}'`);
    expect(readFileSync(path, 'utf8')).toBe('{ "version": 1, "people": [');
  });

  it('is left alone when a newer grow wrote it', async () => {
    const path = tempJournal();
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ version: 99, people: [], hologram: true }));
    const error = await failure(new JournalStore(path).update(addHello()));
    expect(error.message).toContain(`was written by a newer grow (file version 99; this grow knows up to ${SCHEMA_VERSION})`);
    expect(error.hint).toMatch(/Update grow/);
    expect(readFileSync(path, 'utf8')).toContain('hologram');
  });

  it('says so when the journal is a folder or cannot be read', async () => {
    const path = tempJournal();
    mkdirSync(path, { recursive: true });
    expect((await failure(new JournalStore(path).read())).message).toContain('is a folder, not a file');

    if (process.getuid?.() === 0) return; // root reads everything, so there is no permission to deny
    const locked = tempJournal();
    mkdirSync(dirname(locked), { recursive: true });
    writeFileSync(locked, valid);
    chmodSync(locked, 0o000);
    expect((await failure(new JournalStore(locked).read())).message).toContain('permission denied');
  });
});

describe('the lock', () => {
  it('is a folder (made with mkdir, which is atomic) that only its owner may enter: 700', async () => {
    const path = tempJournal();
    mkdirSync(dirname(path), { recursive: true });
    const { withLock } = await import('../../src/store/lock');
    const mode = await withLock(path, async () => statSync(lockPathOf(path)).mode & 0o777);
    expect(mode).toBe(0o700);
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it("of grow sync, whose git writes the journal, is never taken over while grow sync runs, even stopped: the next grow says what holds it", async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello('first'));
    const { isLocked, withLock } = await import('../../src/store/lock');
    // The lock says who holds it while git may write the journal, and since when its process runs; it goes with the lock.
    await withLock(path, async () => expect(readFileSync(join(lockPathOf(path), `held-by-${process.pid}`), 'utf8')).toMatch(/^grow sync\n\d+$/), { othersWrite: 'grow sync' });
    expect(existsSync(lockPathOf(path))).toBe(false);

    // A grow sync stopped (Ctrl+Z) for longer than a lock takes to go stale: its process still runs.
    const stopped = spawn('sleep', ['60']);
    const lock = lockPathOf(path);
    mkdirSync(lock);
    writeFileSync(join(lock, `held-by-${stopped.pid}`), 'grow sync');
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, longAgo, longAgo);
    const before = readFileSync(path);
    try {
      const error = await failure(store.update(addHello('while grow sync is stopped')));
      expect(error.message).toBe(`The journal is held by grow sync (process ${stopped.pid}), which has not run for a while: it may be stopped (Ctrl+Z). Nothing was changed.`);
      expect((error as JournalError).hint).toBe(`Let grow sync go on (fg, in its terminal) or end it, then run this again. If it is not running any more, remove the lock: rm -r ${lock}`);
      expect(readFileSync(path)).toEqual(before);
      expect(existsSync(join(lock, `held-by-${stopped.pid}`))).toBe(true);
      // grow doctor says the lock is held.
      expect(await isLocked(path)).toBe(true);
    } finally {
      stopped.kill();
      await new Promise((resolve) => stopped.once('exit', resolve));
    }
    // Once it has ended, its lock is taken over as any other left behind.
    expect(await isLocked(path)).toBe(false);
    await store.update(addHello('after grow sync ended'));
    expect((await store.read()).people[0]!.notes.map((n) => n.text)).toEqual(['first', 'after grow sync ended']);
    expect(existsSync(lock)).toBe(false);
  });

  it("of grow sync is taken over once its process number is another process's, or this very grow's", async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello('first'));
    const lock = lockPathOf(path);
    const longAgo = new Date(Date.now() - 60_000);
    // A grow sync that ended (killed, or the machine restarted): its number is a running process's now, which started at another time.
    const other = spawn('sleep', ['60']);
    try {
      for (const holder of [`held-by-${other.pid}`, `held-by-${process.pid}`]) {
        mkdirSync(lock);
        writeFileSync(join(lock, holder), 'grow sync\n1');
        utimesSync(lock, longAgo, longAgo);
        await store.update(addHello(holder));
        expect(existsSync(lock)).toBe(false);
      }
    } finally {
      other.kill();
    }
    expect((await store.read()).people[0]!.notes).toHaveLength(3);
  });
});

describe('a write that would undo another', () => {
  const changed = /the journal changed while grow was writing; nothing was saved/;

  it('is refused when another program replaced the journal after grow read it', async () => {
    const path = tempJournal();
    const store = new JournalStore(path);
    await store.update(addHello('first'));
    const theirs = readFileSync(path, 'utf8').replace('first', 'theirs');
    const error = await failure(
      store.update((journal) => {
        writeFileSync(`${path}.sync`, theirs);
        renameSync(`${path}.sync`, path); // a sync tool puts its copy in place meanwhile
        return addHello('mine')(journal);
      }),
    );
    expect(error.message).toMatch(changed);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
  });

  it('is refused when the lock was taken over meanwhile, even if the journal still looks the same', async () => {
    const path = tempJournal();
    await new JournalStore(path).update(addHello('first'));
    const before = readFileSync(path);
    const { withLock } = await import('../../src/store/lock');
    const error = await failure(
      withLock(path, async (lock) => {
        // Another grow found this lock stale: it emptied and removed the folder, and made its own.
        rmSync(lockPathOf(path), { recursive: true });
        mkdirSync(lockPathOf(path));
        await lock.replace(path, Buffer.from('an old snapshot'), async () => true);
      }),
    );
    expect(error.message).toMatch(changed);
    expect(readFileSync(path)).toEqual(before);
    expect(existsSync(lockPathOf(path))).toBe(true); // the new holder's lock is left alone
  });
});
