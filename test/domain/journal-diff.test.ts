// What a commit of the journal holds, and what a merge brought: kinds of records and their ids.
import { describe, expect, it } from 'vitest';
import { journalDiff, settledBetween } from '../../src/domain/journal-diff';
import { mergeJournals } from '../../src/domain/merge';
import type { Journal } from '../../src/domain/schema';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';

const stamp = '2026-11-26T12:00:00.000Z';

function journal(): Journal {
  return {
    version: SCHEMA_VERSION,
    people: [
      {
        uid: 'p0', name: 'me', missions: [], reflections: [], sessions: [], drafts: [],
        goals: [{ uid: 'g0', id: 'g1', title: 'A calm public speaker', created: '2026-11-01' }],
        actions: [
          { uid: 'a0', id: 'a1', goal: 'g1', text: 'Give a talk', owner: 'me', due: '2026-12-10', status: 'open', created: '2026-11-01' },
          { uid: 'a9', id: 'a2', goal: 'g1', text: 'Read a book', owner: 'me', due: '2026-12-20', status: 'open', created: '2026-11-01' },
        ],
        checkins: [{ uid: 'c0', id: 'c1', item: 'a1', date: '2026-11-20', status: 'open' }],
        notes: [{ uid: 'n0', id: 'n1', at: '2026-11-20T09:00:00.000Z', text: 'First', tags: [] }],
      },
    ],
  } as unknown as Journal;
}

describe('journalDiff', () => {
  it('names what was added, changed and removed, by kind and id', () => {
    const before = journal();
    const after = structuredClone(before);
    const me = after.people[0]!;
    me.notes.push({ uid: 'n8', id: 'n2', at: '2026-11-26T09:00:00.000Z', text: 'Second', tags: [] } as never);
    me.actions[0]!.text = 'Give a talk at the all-hands';
    me.actions.splice(1, 1);
    expect(journalDiff(before, after)).toEqual({ added: { notes: ['n2'] }, changed: { actions: ['a1'] }, removed: { actions: ['a2'] }, renumbered: [] });
  });

  it('counts a renumbering apart, and not as a change of what refers to the record', () => {
    const before = journal();
    const after = structuredClone(before);
    const me = after.people[0]!;
    me.actions[0]!.id = 'a3';
    me.checkins[0]!.item = 'a3';
    expect(journalDiff(before, after)).toEqual({ added: {}, changed: {}, removed: {}, renumbered: [['a1', 'a3']] });
  });
});

describe('settledBetween', () => {
  it('finds the fields a merge settled: the value kept and the one kept in history', () => {
    const base = journal();
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    Object.assign(ours.people[0]!.actions[0]!, { text: 'At the all-hands', changed: { text: stamp } });
    Object.assign(theirs.people[0]!.actions[0]!, { text: 'At the offsite', changed: { text: '2026-11-27T12:00:00.000Z' } });
    const merged = mergeJournals(ours, theirs, { mode: 'replicas', base }).journal;
    expect(settledBetween(ours, merged)).toEqual([{ collection: 'actions', id: 'a1', field: 'text', kept: 'At the offsite', other: 'At the all-hands' }]);
    expect(settledBetween(merged, merged)).toEqual([]);
  });
});
