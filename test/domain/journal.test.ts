import { describe, expect, it } from 'vitest';
import { emptyJournal, emptyPerson, nextId, normalizeId, personToRead, personToWrite } from '../../src/domain/journal';
import { migrate } from '../../src/domain/migrations';
import { JournalSchema } from '../../src/domain/schema';
import { problemOf } from '../support/problem';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';

describe('people', () => {
  it('reads "me" before anything was written, and finds people in any case', () => {
    const journal = emptyJournal();
    expect(personToRead(journal, 'me').notes).toEqual([]);
    expect(journal.people).toEqual([]);
    journal.people.push(emptyPerson('Sam'));
    expect(personToRead(journal, 'sam').name).toBe('Sam');
    expect(problemOf(() => personToRead(journal, 'Alex'))).toEqual({ key: 'unknownPerson', name: 'Alex' });
    expect(personToWrite(journal, 'Me').name).toBe('me');
    expect(journal.people.map((p) => p.name)).toEqual(['Sam', 'me']);
  });
});

describe('ids', () => {
  it('are unique across everyone in the journal', () => {
    const journal = emptyJournal();
    const me = personToWrite(journal, 'me');
    const sam = emptyPerson('Sam');
    journal.people.push(sam);
    me.goals.push({ id: 'g1', title: 'a', stages: [], created: '2026-11-01' });
    sam.goals.push({ id: 'g7', title: 'b', stages: [], created: '2026-11-01' });
    expect(nextId(journal, 'goal')).toBe('g8');
    expect(nextId(journal, 'action')).toBe('a1');
  });

  it('are typed the way people type them', () => {
    expect(normalizeId(' A12 ', 'action')).toBe('a12');
    expect(normalizeId('a0', 'action')).toBeUndefined();
    expect(normalizeId('g1', 'action')).toBeUndefined();
  });
});

describe('integrity', () => {
  const base = () => ({
    version: SCHEMA_VERSION,
    people: [
      {
        name: 'me',
        goals: [{ id: 'g1', title: 'A calm speaker', created: '2026-11-01' }],
        actions: [{ id: 'a1', goal: 'g1', text: 'Give a talk', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-11-01' }],
        checkins: [{ id: 'c1', on: '2026-11-08', item: 'a1', status: 'open', progress: 20 }],
      },
    ],
  });

  it('accepts a journal whose references all resolve, filling in empty lists', () => {
    const parsed = JournalSchema.parse(base());
    expect(parsed.people[0]!.notes).toEqual([]);
    expect(parsed.people[0]!.goals[0]!.stages).toEqual([]);
  });

  it.each([
    ['a check-in on an unknown item', (j: ReturnType<typeof base>) => void (j.people[0]!.checkins[0]!.item = 'a9'), 'refers to unknown action item a9'],
    ['a check-in on an item without status', (j: ReturnType<typeof base>) => void delete (j.people[0]!.checkins[0] as { status?: string }).status, 'needs a status and a progress'],
    ['two people with one name', (j: ReturnType<typeof base>) => void j.people.push({ ...j.people[0]!, name: 'ME', goals: [], actions: [], checkins: [] }), 'duplicate person'],
    [
      'a one-on-one that agreed an unknown item',
      (j: ReturnType<typeof base>) => void Object.assign(j.people[0]!, { sessions: [{ id: 's1', on: '2026-11-01', manager: 'Lee', items: [{ item: 'a9', text: 'x', owner: 'me', due: '2026-12-01' }] }] }),
      'refers to unknown action item a9',
    ],
    ['the same id for two people', (j: ReturnType<typeof base>) => void j.people.push({ name: 'Sam', goals: [{ id: 'g1', title: 'x', created: '2026-11-01' }], actions: [], checkins: [] }), 'duplicate id g1'],
  ])('rejects %s', (_what, damage, message) => {
    const journal = base();
    damage(journal);
    const result = JournalSchema.safeParse(journal);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});

describe('migrations', () => {
  it('brings an old journal up one version at a time', () => {
    const steps = { 1: (j: { version: number }) => ({ ...j, version: 2, renamed: true }), 2: (j: { version: number }) => ({ ...j, version: 3 }) };
    expect(migrate({ version: 1 }, steps, 3)).toEqual({ kind: 'migrated', journal: { version: 3, renamed: true } });
    expect(migrate({ version: 3 }, steps, 3)).toEqual({ kind: 'current', journal: { version: 3 } });
    expect(migrate({ version: 4 }, steps, 3)).toEqual({ kind: 'newer', version: 4 });
    expect(migrate({ version: 0 }, steps, 3)).toEqual({ kind: 'unknown', version: 0 });
  });

  it('reads a version 1 journal as it was: its one-on-ones simply keep no items as agreed', () => {
    const old = { version: 1, people: [{ name: 'Sam', sessions: [{ id: 's1', on: '2026-11-01', manager: 'Lee' }] }] };
    const migrated = migrate(old);
    expect(migrated).toMatchObject({ kind: 'migrated', journal: { version: SCHEMA_VERSION } });
    const journal = JournalSchema.parse((migrated as { journal: unknown }).journal);
    expect(journal.people[0]!.sessions[0]!.items).toBeUndefined();
  });

  it('reads a version 2 journal as the journal of the manager it names: that name is now its owner', () => {
    const old = { version: 2, manager: 'Alex', people: [{ name: 'Sam' }] };
    expect(migrate(old)).toEqual({ kind: 'migrated', journal: { version: SCHEMA_VERSION, owner: 'Alex', people: [{ name: 'Sam' }] } });
  });

  it('reads a version 3 journal as it was: its records simply remember no versions they replaced', () => {
    const old = { version: 3, owner: 'Alex', people: [{ name: 'Sam' }] };
    expect(migrate(old)).toEqual({ kind: 'migrated', journal: { version: 4, owner: 'Alex', people: [{ name: 'Sam' }] } });
  });
});
