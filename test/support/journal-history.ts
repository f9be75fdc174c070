// Random histories of changes to a journal, each written the way grow writes (planWrite: uids,
// change times, tombstones), for the property tests of merging and undo.
import fc from 'fast-check';
import { recordCheckin } from '../../src/domain/checkins';
import { emptyJournal, personToWrite } from '../../src/domain/journal';
import { addNote } from '../../src/domain/notes';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal, setGoalStage, setMission } from '../../src/domain/plan';
import { removeGoal, removeItems } from '../../src/domain/removal';
import type { Journal, Person } from '../../src/domain/schema';
import { journalText } from '../../src/store/journal-text';
import { planWrite } from '../../src/store/write-plan';

export type Op =
  | { kind: 'note'; text: string }
  | { kind: 'mission'; text: string }
  | { kind: 'goal'; title: string }
  | { kind: 'action'; goal: number; text: string }
  | { kind: 'checkin'; item: number; progress: number }
  | { kind: 'edit'; item: number; field: 'text' | 'due' | 'owner'; value: string }
  | { kind: 'stage'; goal: number; stage: string }
  | { kind: 'removeNote'; note: number }
  | { kind: 'removeItem'; item: number }
  | { kind: 'removeGoal'; goal: number }
  | { kind: 'person'; name: string };

const words = fc.constantFrom('Paired with Sam', 'A calm week', 'Gave the talk', 'Asked for feedback', 'Read a chapter');
const index = fc.nat({ max: 9 });

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('note' as const), text: words }), weight: 3 },
  fc.record({ kind: fc.constant('mission' as const), text: words }),
  fc.record({ kind: fc.constant('goal' as const), title: words }),
  { arbitrary: fc.record({ kind: fc.constant('action' as const), goal: index, text: words }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('checkin' as const), item: index, progress: fc.integer({ min: 0, max: 100 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('edit' as const), item: index, field: fc.constantFrom('text' as const, 'due' as const, 'owner' as const), value: words }), weight: 2 },
  fc.record({ kind: fc.constant('stage' as const), goal: index, stage: fc.constantFrom('learning', 'practising', 'fluent') }),
  fc.record({ kind: fc.constant('removeNote' as const), note: index }),
  fc.record({ kind: fc.constant('removeItem' as const), item: index }),
  fc.record({ kind: fc.constant('removeGoal' as const), goal: index }),
  fc.record({ kind: fc.constant('person' as const), name: fc.constantFrom('Sam', 'Priya', 'Alex') }),
);

const TODAY = '2026-12-07';
const pick = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);

/** Applies one operation to the journal's plan "me", or to the plan `name` (or adds a person). */
export function applyOp(journal: Journal, op: Op, name = 'me'): void {
  const person: Person = personToWrite(journal, name);
  const open = person.actions.filter((a) => a.status === 'open');
  switch (op.kind) {
    case 'note':
      addNote(journal, name, { text: op.text, tags: [], at: new Date('2026-12-07T09:00:00Z') });
      return;
    case 'mission':
      setMission(person, op.text, TODAY);
      return;
    case 'goal':
      addGoal(journal, name, { title: op.title }, TODAY);
      return;
    case 'action': {
      const goal = pick(person.goals, op.goal);
      if (goal) addAction(journal, name, { goal: goal.id, text: op.text, due: '2027-01-15' }, TODAY);
      return;
    }
    case 'checkin': {
      const item = pick(open, op.item);
      if (item) recordCheckin(journal, name, { item: item.id, status: 'open', progress: op.progress }, TODAY);
      return;
    }
    case 'edit': {
      const item = pick(person.actions, op.item);
      if (item) item[op.field] = op.field === 'due' ? `2027-02-${String(10 + op.value.length).padStart(2, '0')}` : op.value;
      return;
    }
    case 'stage': {
      const goal = pick(person.goals, op.goal);
      if (goal) setGoalStage(goal, op.stage, TODAY);
      return;
    }
    case 'removeNote': {
      const note = pick(person.notes, op.note);
      if (note) person.notes = person.notes.filter((n) => n !== note);
      return;
    }
    case 'removeItem': {
      const item = pick(person.actions, op.item);
      if (item) removeItems(person, [item.id]);
      return;
    }
    case 'removeGoal': {
      const goal = pick(person.goals, op.goal);
      if (goal) removeGoal(person, goal);
      return;
    }
    case 'person':
      addPerson(journal, op.name);
  }
}

/** The text after each operation is written as grow writes it, one second apart from `start`. */
export async function written(text: string, ops: readonly Op[], start: Date): Promise<string> {
  let current = text;
  for (const [i, op] of ops.entries()) {
    const { write } = await planWrite({ journal: JSON.parse(current) as Journal, text: current, canonical: true }, (journal) => applyOp(journal, op), new Date(start.getTime() + i * 1000));
    if (write) current = write.text;
  }
  return current;
}

export const emptyText = () => journalText(emptyJournal());
