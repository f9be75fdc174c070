import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { addNote } from '../../src/domain/notes';
import { JournalError } from '../../src/errors';
import { listBackups } from '../../src/store/backups';
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

  it('undoes the first change of a journal into the empty journal it started as', async () => {
    const journal = store();
    await journal.update(note('first'));
    await journal.step('undo');
    expect(existsSync(journal.path)).toBe(true);
    expect(await journal.read()).toMatchObject({ people: [] });
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
