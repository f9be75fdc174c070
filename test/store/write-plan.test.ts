import { describe, expect, it, vi } from 'vitest';
import { emptyJournal, personToWrite } from '../../src/domain/journal';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { findAction } from '../../src/domain/plan';
import { JournalSchema, type Journal } from '../../src/domain/schema';
import { JournalError } from '../../src/errors';
import { journalText } from '../../src/store/journal-text';
import { isRead, lazyJournal } from '../../src/store/lazy-journal';
import { revertPatch } from '../../src/store/line-patch';
import { planWrite, type ReadJournal } from '../../src/store/write-plan';
import { buildPlan } from '../support/plan-fixture';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';

const NOW = new Date('2026-12-07T12:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

/** The journal as a transaction reads a file grow wrote. */
const asRead = (text: string): ReadJournal => ({ journal: JSON.parse(text) as Journal, text, canonical: true });

async function written(text: string, change: (journal: Journal) => void, now = NOW): Promise<{ text: string; journal: Journal }> {
  const read = asRead(text);
  const { write } = await planWrite(read, change, now);
  if (!write) throw new Error('the change wrote nothing');
  return { text: write.text, journal: JSON.parse(write.text) as Journal };
}

const start = async () => (await written(journalText(emptyJournal()), buildPlan)).text;

describe('planWrite', () => {
  it('gives every new record and person a uid, and the journal the change time', async () => {
    const { journal } = await written(journalText(emptyJournal()), buildPlan);
    const me = journal.people[0]!;
    expect(me.uid).toMatch(/^[0-9a-f]{16}$/);
    for (const record of [...me.missions, ...me.goals, ...me.actions]) expect(record.uid).toMatch(/^[0-9a-f]{16}$/);
    expect(journal.clock).toBe('2026-12-07T12:00:00.000Z');
    expect(me.actions[0]!.changed).toBeUndefined();
  });

  it('writes each record on a line of its own, keys in the schema order', async () => {
    const text = await start();
    const line = text.split('\n').find((l) => l.includes('"Outline the talk"'))!;
    expect(line.startsWith('        {"uid":"')).toBe(true);
    expect(Object.keys(JSON.parse(line.replace(/,$/, '')))).toEqual(['uid', 'id', 'goal', 'text', 'owner', 'due', 'every', 'status', 'created']);
    expect(text.split('\n').at(-3)).toBe('  "clock": "2026-12-07T12:00:00.000Z"');
  });

  it('stamps the fields a change made, and only those', async () => {
    const { journal } = await written(await start(), (j) => {
      findAction(personToWrite(j, 'me'), 'a2')!.due = '2027-01-15';
    }, later(5));
    const [a1, a2] = journal.people[0]!.actions;
    expect(a2!.changed).toEqual({ due: '2026-12-07T12:00:00.005Z' });
    expect(a1!.changed).toBeUndefined();
    expect(journal.clock).toBe('2026-12-07T12:00:00.005Z');
  });

  it('stamps after the journal clock even when the system clock is behind it', async () => {
    const { journal } = await written(await start(), (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'Outline the talk again'), new Date('2020-01-01'));
    expect(journal.people[0]!.actions[0]!.changed).toEqual({ text: '2026-12-07T12:00:00.001Z' });
  });

  it('keeps the time a merge gave a field', async () => {
    const { journal } = await written(await start(), (j) => {
      const item = findAction(personToWrite(j, 'me'), 'a1')!;
      item.due = '2027-02-01';
      item.changed = { due: '2026-12-01T08:00:00.000Z' };
    }, later(9));
    expect(journal.people[0]!.actions[0]!.changed).toEqual({ due: '2026-12-01T08:00:00.000Z' });
  });

  it('leaves a tombstone for a removed record', async () => {
    const text = await start();
    const uid = (JSON.parse(text) as Journal).people[0]!.actions[2]!.uid;
    const { journal } = await written(text, (j) => void personToWrite(j, 'me').actions.pop(), later(3));
    expect(journal.removed).toEqual([{ uid, at: '2026-12-07T12:00:00.003Z' }]);
  });

  it('does not take a renumbered reference for a change', async () => {
    const { journal } = await written(await start(), (j) => {
      const me = personToWrite(j, 'me');
      me.goals[0]!.id = 'g7';
      for (const item of me.actions) if (item.goal === 'g1') item.goal = 'g7';
    }, later(1));
    expect(journal.people[0]!.actions.map((a) => a.changed)).toEqual([undefined, undefined, undefined]);
    expect(journal.people[0]!.actions[0]!.goal).toBe('g7');
  });

  it('writes nothing when nothing changed', async () => {
    const { write } = await planWrite(asRead(await start()), () => undefined, later(1));
    expect(write).toBeUndefined();
  });

  it('writes nothing when nothing changed in a journal with no clock yet', async () => {
    const text = journalText(emptyJournal());
    expect(text).not.toContain('"clock"');
    const read = asRead(text);
    expect((await planWrite(read, () => undefined, NOW)).write).toBeUndefined();
    expect(read.journal.clock).toBeUndefined();
    expect((await planWrite(asRead(text), (journal) => void (journal.owner = 'Ada'), NOW)).write?.text).toContain('"clock"');
  });

  it('keeps what undoes the change exactly', async () => {
    const text = await start();
    const read = asRead(text);
    const { write } = await planWrite(read, (j) => void addNote(j, 'me', { text: 'Paired with Sam', tags: [], at: NOW }), later(2));
    expect(revertPatch(write!.text.split('\n'), write!.patch)!.join('\n')).toBe(text);
  });

  it('undoes exactly a change to a journal written in an older form', async () => {
    const older = JSON.stringify({ version: SCHEMA_VERSION, people: [{ name: 'me', notes: [{ id: 'n1', at: '2026-12-01T09:00:00Z', text: 'first', tags: [] }] }] }, null, 2);
    const read: ReadJournal = { journal: JournalSchema.parse(JSON.parse(older)), text: older, canonical: false };
    const { write } = await planWrite(read, (j) => void addNote(j, 'me', { text: 'second', tags: [], at: NOW }), NOW);
    expect((JSON.parse(write!.text) as Journal).people[0]!.notes.map((n) => n.uid?.length)).toEqual([16, 16]);
    expect(revertPatch(write!.text.split('\n'), write!.patch)!.join('\n')).toBe(older);
  });

  it('refuses to write a record that is not valid, naming where it is', async () => {
    const read = asRead(await start());
    const error = await planWrite(read, (j) => void (findAction(personToWrite(j, 'me'), 'a2')!.due = 'someday'), NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as Error).message).toContain('people[0].actions[1]');
  });

  it('says what the change did', async () => {
    const text = await start();
    const { write } = await planWrite(asRead(text), (j) => {
      const me = personToWrite(j, 'me');
      me.actions[0]!.due = '2027-01-01';
      me.actions.pop();
      addNote(j, 'me', { text: 'A note about pairing with Sam on the parser, which went well', tags: [], at: NOW });
    }, later(1));
    expect(write!.summary.counts).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(write!.summary.added[0]).toEqual({ collection: 'notes', id: 'n1', excerpt: 'A note about pairing with Sam on the pa…' });
    expect(write!.summary.changed[0]).toMatchObject({ collection: 'actions', id: 'a1', fields: ['due'] });
    expect(write!.summary.removed[0]).toMatchObject({ collection: 'actions', id: 'a3' });
  });
});

describe('planWrite, undone in reverse', () => {
  it('returns any journal byte for byte to where it started after as many undos as changes', async () => {
    const { default: fc } = await import('fast-check');
    const { opArbitrary, applyOp, emptyText } = await import('../support/journal-history');
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { maxLength: 8 }), fc.array(opArbitrary, { minLength: 1, maxLength: 12 }), async (setup, ops) => {
        let text = emptyText();
        for (const op of setup) text = (await planWrite(asRead(text), (j) => applyOp(j, op), NOW)).write?.text ?? text;
        const start = text;
        const patches = [];
        for (const [i, op] of ops.entries()) {
          const { write } = await planWrite(asRead(text), (j) => applyOp(j, op), later(1000 * (i + 1)));
          if (!write) continue;
          patches.push(write.patch);
          text = write.text;
        }
        for (const patch of patches.reverse()) text = revertPatch(text.split('\n'), patch)!.join('\n');
        expect(text).toBe(start);
      }),
      { numRuns: Number(process.env.GROW_PROPERTY_RUNS ?? 60) },
    );
  }, 60_000);
});

describe('planWrite on a journal read as it is used', () => {
  const lazily = (text: string): ReadJournal => {
    const lines = text.split('\n');
    return { journal: lazyJournal(lines)!, text, canonical: true, lines };
  };

  it('writes what it writes on a journal read whole, having read only what the change used', async () => {
    const { default: fc } = await import('fast-check');
    const { opArbitrary, applyOp, emptyText } = await import('../support/journal-history');
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { maxLength: 10 }), opArbitrary, async (setup, op) => {
        let text = emptyText();
        for (const [i, step] of setup.entries()) text = (await planWrite(asRead(text), (j) => applyOp(j, step), later(i))).write?.text ?? text;
        const whole = await planWrite(asRead(text), (j) => applyOp(j, op), later(100));
        const lazy = await planWrite(lazily(text), (j) => applyOp(j, op), later(100));
        // New records get random uids: they are compared by where they first appear.
        const newUids = (written: string | undefined) => {
          const known = new Set(text.match(/[0-9a-f]{16}/g));
          const named = new Map<string, string>();
          return written?.replace(/[0-9a-f]{16}/g, (uid) => (known.has(uid) ? uid : (named.get(uid) ?? named.set(uid, `new-${named.size}`).get(uid)!)));
        };
        expect(newUids(lazy.write?.text)).toBe(newUids(whole.write?.text));
        expect(lazy.write?.summary).toEqual(whole.write?.summary);
      }),
      { numRuns: Number(process.env.GROW_PROPERTY_RUNS ?? 60) },
    );
  }, 60_000);

  it('leaves the lines of lists it did not read as they were, unparsed', async () => {
    const text = await start();
    const read = lazily(text);
    const { write } = await planWrite(read, (j) => void addNote(j, 'me', { text: 'Paired with Sam', tags: [], at: NOW }), later(1));
    expect(isRead(read.journal.people[0]!, 'notes')).toBe(true);
    expect(isRead(read.journal.people[0]!, 'actions')).toBe(false);
    expect(write!.text.split('\n').filter((line) => line.includes('Outline the talk'))).toEqual(text.split('\n').filter((line) => line.includes('Outline the talk')));
  });

  /** A plan, a note of mine and one of Sam's (n1, n2), read as it is used. */
  const twoPlans = async () => {
    const text = (await written(await start(), (j) => {
      addNote(j, 'me', { text: 'Mine', tags: [], at: NOW });
      addPerson(j, 'Sam');
      addNote(j, 'Sam', { text: 'Sam s', tags: [], at: NOW });
    })).text;
    return lazily(text);
  };

  it('gives a new record the next id across every plan, without reading the lists of others', async () => {
    const read = await twoPlans();
    const { write } = await planWrite(read, (j) => void addNote(j, 'me', { text: 'Another', tags: [], at: NOW }), later(1));
    expect(write!.text).toContain('"id":"n3"');
    expect(isRead(read.journal.people[1]!, 'notes')).toBe(false);
  });

  it('adds notes after the lines of notes it does not read, as a write on the journal read whole would', async () => {
    const read = await twoPlans();
    const parse = vi.spyOn(JSON, 'parse');
    const add = (j: Journal) => ['First', 'Second'].map((text) => addNote(j, 'me', { text, tags: [], at: NOW }));
    const { result, write } = await planWrite(read, add, later(1));
    const parsedMine = parse.mock.calls.some(([text]) => String(text).includes('"Mine"'));
    parse.mockRestore();
    expect(parsedMine).toBe(false);
    expect(isRead(read.journal.people[0]!, 'notes')).toBe(false);
    expect(result.map((note) => note.id)).toEqual(['n3', 'n4']);
    for (const note of result) expect(note.uid).toMatch(/^[0-9a-f]{16}$/);

    const whole = await planWrite(asRead(read.text), add, later(1));
    // The new notes' uids are random.
    const newUids = (text: string) => text.replace(/"uid":"[0-9a-f]{16}"(,"id":"n[34]")/g, '"uid":"new"$1');
    expect(newUids(write!.text)).toBe(newUids(whole.write!.text));
    expect(write!.summary).toEqual(whole.write!.summary);
    // Read after the notes were added, the list holds them after those that were there.
    expect(read.journal.people[0]!.notes.map((note) => note.text)).toEqual(['Mine', 'First', 'Second']);
  });

  it('refuses a record whose id is taken in a list it did not read', async () => {
    const read = await twoPlans();
    const change = (j: Journal) => {
      const me = personToWrite(j, 'me');
      me.notes.push({ ...me.notes[0]!, uid: undefined, id: 'n2' });
    };
    await expect(planWrite(read, change, later(1))).rejects.toThrow(/people\[1\]\.notes duplicate id n2/);
  });

  it('reads what refers to a record it removes, and refuses to leave a reference to nothing', async () => {
    const read = lazily(await start());
    const change = (j: Journal) => {
      const me = personToWrite(j, 'me');
      me.goals = me.goals.slice(1);
    };
    await expect(planWrite(read, change, later(1))).rejects.toThrow(/refers to unknown goal g1/);
  });
});
