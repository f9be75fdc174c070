import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { addNote } from '../../src/domain/notes';
import { JournalError } from '../../src/errors';
import { BACKUPS_KEPT, listBackups } from '../../src/store/backups';
import { LOG_KEPT, LOG_KEPT_ALWAYS, logChange, readChangeLog } from '../../src/store/change-log';
import { JournalStore } from '../../src/store/journal-store';
import { Keyring, noPassphrase } from '../../src/store/keyring';
import { applyOp, opArbitrary } from '../support/journal-history';
import { rejection } from '../support/rejection';
import { tempJournal } from '../support/temp';

const at = new Date('2026-11-25T09:00:00Z');
const store = (path = tempJournal()) => new JournalStore(path, new Keyring(noPassphrase(path)), fixedClock('2026-11-25'));
const note = (text: string) => (journal: Parameters<typeof addNote>[0]) => void addNote(journal, 'me', { text, tags: [], at });

describe('undo and redo', () => {
  it('puts the journal back byte for byte, one change at a time, and forward again', async () => {
    const journal = store();
    await journal.update(note('first'));
    const afterFirst = readFileSync(journal.path);
    await journal.update(note('second'));
    const afterSecond = readFileSync(journal.path);

    const undone = await journal.step('undo');
    expect(undone.summary.added).toEqual([{ collection: 'notes', id: 'n2', excerpt: 'second' }]);
    expect(readFileSync(journal.path)).toEqual(afterFirst);
    await journal.step('undo');
    expect((await journal.read()).people).toEqual([]);
    expect((await rejection(journal.step('undo'), JournalError)).message).toBe('There is no change to undo.');

    await journal.step('redo');
    await journal.step('redo');
    expect(readFileSync(journal.path)).toEqual(afterSecond);
    await expect(journal.step('redo')).rejects.toThrow('There is no change to redo');
  });

  it('brings back a note added by hand without a uid as the full read sees it: the next change gives it the uid every copy derives', async () => {
    const journal = store();
    await journal.update(note('first'));
    const written = readFileSync(journal.path, 'utf8');
    const byHand = written.replace(/"uid":"[0-9a-f]+",("id":"n1")/, '$1');
    expect(byHand).not.toBe(written);
    writeFileSync(journal.path, byHand);
    await journal.update(note('second'));
    const derived = (await journal.read()).people[0]!.notes[0]!.uid;
    await journal.step('undo');
    expect(readFileSync(journal.path, 'utf8')).toBe(byHand);
    await journal.update(note('third'));
    expect((await journal.read()).people[0]!.notes[0]!.uid).toBe(derived);
  });

  it('keeps a backup of what it replaces, like any change', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.update(note('second'));
    const before = readFileSync(journal.path);
    await journal.step('undo');
    expect(readFileSync((await listBackups(journal.path))[0]!.path)).toEqual(before);
  });

  it('forgets what could be redone once a new change is made', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.update(note('second'));
    await journal.step('undo');
    await journal.update(note('another'));
    await expect(journal.step('redo')).rejects.toThrow('There is no change to redo');
    const { changes, position } = await journal.changes();
    expect(changes.map((c) => c.summary.added.find((r) => r.collection === 'notes')!.excerpt)).toEqual(['first', 'another']);
    expect(position).toBe(1);
  });

  it('steps from a backup put back, since it is where the log once was', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.update(note('second'));
    copyFileSync((await listBackups(journal.path))[0]!.path, journal.path);
    await journal.step('redo');
    expect((await journal.read()).people[0]!.notes.map((n) => n.text)).toEqual(['first', 'second']);
  });

  it('touches nothing when the journal is not where the log left it', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.update(note('second'));
    writeFileSync(journal.path, readFileSync(journal.path, 'utf8').replace(/"clock": "[^"]+"/, '"clock": "2020-01-01T00:00:00.000Z"'));
    const restored = readFileSync(journal.path);
    expect((await rejection(journal.step('undo'), JournalError)).message).toContain('is not where grow last left it');
    expect(readFileSync(journal.path)).toEqual(restored);
  });

  it('touches nothing when the journal has the clock the log left but other words, as a merge git made may', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.update(note('second'));
    // Words changed in place, the line count and clock kept: the patch alone would still apply.
    writeFileSync(journal.path, readFileSync(journal.path, 'utf8').replace('"first"', '"first, from the laptop"'));
    const merged = readFileSync(journal.path);
    expect((await rejection(journal.step('undo'), JournalError)).message).toContain('is not where grow last left it');
    expect(readFileSync(journal.path)).toEqual(merged);
    expect((await journal.changes()).position).toBeUndefined();
  });

  it('undoes the first change of a journal into the empty journal it started as', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.step('undo');
    expect(existsSync(journal.path)).toBe(true);
    expect(await journal.read()).toMatchObject({ people: [] });
  });

  it('undoes the last 50 changes, many more than the backups kept, and then says it can go no further', async () => {
    const journal = store();
    await journal.update(note('kept from before'));
    const start = readFileSync(journal.path);
    for (let i = 1; i <= LOG_KEPT; i++) await journal.update(note(`note ${i}`));
    expect(await listBackups(journal.path)).toHaveLength(BACKUPS_KEPT);
    for (let i = 0; i < LOG_KEPT; i++) await journal.step('undo');
    expect(readFileSync(journal.path)).toEqual(start);
    const error = await rejection(journal.step('undo'), JournalError);
    expect(error.message).toBe('There is no earlier change to undo: grow keeps the last 50 changes, and the journal is back before the oldest of them.');
    expect(readFileSync(journal.path)).toEqual(start);
  });

  it('keeps at least the last 20 changes however large they are, and drops the older ones past 16 MiB', async () => {
    const path = tempJournal();
    const keyring = new Keyring(noPassphrase(path));
    const large = { hunks: [{ atBefore: 0, atAfter: 0, before: [], after: ['x'.repeat(2 ** 20)] }] };
    const summary = { added: [], changed: [], removed: [], counts: { added: 0, changed: 0, removed: 0 } };
    for (let i = 1; i <= LOG_KEPT_ALWAYS + 5; i++) await logChange(path, keyring, undefined, { before: i === 1 ? undefined : `clock ${i - 1}`, at: `clock ${i}`, summary }, large);
    // 16 of these fill 16 MiB: the log keeps 20 all the same, the newest.
    expect((await readChangeLog(path, keyring)).map((c) => c.at)).toEqual(Array.from({ length: LOG_KEPT_ALWAYS }, (_, i) => `clock ${i + 6}`));
  });

  it('returns any journal byte for byte to where it started, after as many undos as changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { maxLength: 6 }), fc.array(opArbitrary, { minLength: 1, maxLength: 8 }), async (setup, ops) => {
        const journal = store();
        for (const op of setup) await journal.update((j) => applyOp(j, op));
        const start = existsSync(journal.path) ? readFileSync(journal.path) : undefined;
        let changes = 0;
        for (const op of ops) {
          const before = existsSync(journal.path) ? readFileSync(journal.path) : undefined;
          await journal.update((j) => applyOp(j, op));
          if (!before || !readFileSync(journal.path).equals(before)) changes++;
        }
        for (let i = 0; i < changes; i++) await journal.step('undo');
        if (start) expect(readFileSync(journal.path)).toEqual(start);
        else expect((await journal.read()).people).toEqual([]);
      }),
      { numRuns: Number(process.env.GROW_PROPERTY_RUNS ?? 15) },
    );
  }, 120_000);
});
