import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { emptyJournal, personToWrite } from '../../src/domain/journal';
import { checkIntegrity } from '../../src/domain/integrity';
import { addNote, editedAt, rewriteNote } from '../../src/domain/notes';
import { addPerson, renamePerson } from '../../src/domain/people';
import { goalRemoval, itemsRemoval, removeGoal, removeItems } from '../../src/domain/removal';
import type { Journal } from '../../src/domain/schema';
import { buildPlan } from '../support/plan-fixture';

function plan(): Journal {
  const journal = emptyJournal();
  buildPlan(journal);
  return journal;
}

/** The rules the store checks before it writes: every reference points at a record that is there. */
function problems(journal: Journal): string[] {
  const found: string[] = [];
  checkIntegrity(journal, { addIssue: ({ message }) => void found.push(message) });
  return found;
}

describe('removing items and goals', () => {
  it('takes an item with its check-ins, the splits that name it and what a one-on-one agreed about it', () => {
    const journal = plan();
    const me = personToWrite(journal, 'me');
    recordCheckin(journal, 'me', { item: 'a1', status: 'open', progress: 20 }, '2026-11-05');
    recordCheckin(journal, 'me', { item: 'a3', status: 'dropped', split: [{ text: 'Find a new hire', due: '2026-12-01' }, { text: 'Pair a morning', due: '2026-12-10' }] }, '2026-11-06');
    me.sessions.push({ id: 's1', on: '2026-11-07', manager: 'Alex', notes: [], parked: [], items: [{ item: 'a4', text: 'Find a new hire', owner: 'me', due: '2026-12-01' }, { item: 'a2', text: 'Rehearse with Sam', owner: 'me', due: '2026-12-04' }] });
    expect(itemsRemoval(me, [me.actions[0]!]).checkins.map((c) => c.id)).toEqual(['c1']);

    removeItems(me, ['a1', 'a4']);
    expect(me.actions.map((a) => a.id)).toEqual(['a2', 'a3', 'a5']);
    expect(me.checkins.map((c) => [c.id, c.split])).toEqual([['c2', ['a5']]]);
    expect(me.sessions[0]!.items!.map((i) => i.item)).toEqual(['a2']);
    removeItems(me, ['a5']);
    expect(me.checkins[0]!.split).toBeUndefined();
    expect(problems(journal)).toEqual([]);
  });

  it('takes a goal with every item it has, open or closed', () => {
    const journal = plan();
    const me = personToWrite(journal, 'me');
    const removal = goalRemoval(me, me.goals[0]!);
    expect([removal.actions.map((a) => a.id), removal.open.map((a) => a.id)]).toEqual([['a1', 'a2'], ['a1', 'a2']]);
    removeGoal(me, me.goals[0]!);
    expect([me.goals.map((g) => g.id), me.actions.map((a) => a.id)]).toEqual([['g2'], ['a3']]);
    expect(problems(journal)).toEqual([]);
  });
});

describe('a note rewritten', () => {
  it('reads its #tags again from the new words and keeps the tags given with --tag', () => {
    const journal = emptyJournal();
    const note = addNote(journal, 'me', { text: 'Paired with Sam #pairing', tags: ['work'], at: new Date('2026-11-20T09:30:00Z') });
    expect(rewriteNote(note, 'Paired with Sam on the parser #parser')).toBe(true);
    expect(note).toMatchObject({ id: 'n1', at: '2026-11-20T09:30:00Z', tags: ['work', 'parser'] });
    expect(rewriteNote(note, 'Paired with Sam on the parser #parser')).toBe(false);
    expect(editedAt(note)).toBeUndefined();
    note.changed = { text: '2026-12-08T12:00:00.000Z' };
    expect(editedAt(note)).toBe('2026-12-08T12:00:00.000Z');
  });
});

describe('a person renamed', () => {
  it('owns the same items in every plan under the new name, and their one-on-ones agreed with it', () => {
    const journal = plan();
    const { person: sam } = addPerson(journal, 'Sam');
    journal.people[0]!.actions[1]!.owner = 'sam';
    sam.sessions.push({ id: 's1', on: '2026-11-07', manager: 'Alex', notes: [], parked: [], items: [{ item: 'a2', text: 'Rehearse', owner: 'Sam', due: '2026-12-04' }] });
    renamePerson(journal, sam, 'Sam Lee');
    expect(sam.name).toBe('Sam Lee');
    expect(journal.people[0]!.actions.map((a) => a.owner)).toEqual(['me', 'Sam Lee', 'me']);
    expect(sam.sessions[0]!.items![0]!.owner).toBe('Sam Lee');
  });
});
