import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personToWrite } from '../../src/domain/journal';
import { versionOf } from '../../src/domain/changes';
import { mergeJournals } from '../../src/domain/merge';
import { addNote } from '../../src/domain/notes';
import { findAction } from '../../src/domain/plan';
import { JournalSchema, type Journal } from '../../src/domain/schema';
import { planWrite } from '../../src/store/write-plan';
import { buildPlan } from '../support/plan-fixture';
import { emptyText, opArbitrary, written } from '../support/journal-history';

const RUNS = Number(process.env.GROW_PROPERTY_RUNS ?? 60);
const T0 = new Date('2026-12-07T12:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const parse = (text: string) => JSON.parse(text) as Journal;

async function change(text: string, edit: (journal: Journal) => void, now: Date): Promise<string> {
  const { write } = await planWrite({ journal: parse(text), text, canonical: true }, edit, now);
  return write ? write.text : text;
}

const replicas = (a: string, b: string, base?: string) => mergeJournals(parse(a), parse(b), { mode: 'replicas', ...(base ? { base: parse(base) } : {}) });

/** Every uid alive in the journal: people and records. */
function alive(journal: Journal): Set<string> {
  const uids = new Set<string>();
  for (const person of journal.people) {
    uids.add(person.uid!);
    for (const alias of person.aliases ?? []) uids.add(alias);
    for (const records of [person.missions, person.reflections, person.goals, person.actions, person.checkins, person.notes, person.sessions]) for (const r of records) uids.add(r.uid!);
  }
  return uids;
}
const buried = (journal: Journal) => new Set((journal.removed ?? []).map((t) => t.uid));

describe('mergeJournals, two copies of one journal', () => {
  it('keeps a note written on each side, renumbering the one made later', async () => {
    const base = await change(emptyText(), buildPlan, at(0));
    const ours = await change(base, (j) => void addNote(j, 'me', { text: 'ours', tags: [], at: new Date('2026-12-08T09:00:00Z') }), at(10));
    const theirs = await change(base, (j) => void addNote(j, 'me', { text: 'theirs', tags: [], at: new Date('2026-12-08T10:00:00Z') }), at(11));
    const { journal, summary } = replicas(ours, theirs);
    expect(journal.people[0]!.notes.map((n) => [n.id, n.text])).toEqual([['n1', 'ours'], ['n2', 'theirs']]);
    expect(summary.renumbered).toEqual([['n1', 'n2']]);
    expect(replicas(theirs, ours).journal).toEqual(journal);
  });

  it('takes a change made on one side only, field by field', async () => {
    const base = await change(emptyText(), buildPlan, at(0));
    const ours = await change(base, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'Outline the talk in five minutes'), at(10));
    const theirs = await change(base, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.due = '2027-01-08'), at(11));
    const { journal, summary } = replicas(ours, theirs);
    expect(journal.people[0]!.actions[0]).toMatchObject({ text: 'Outline the talk in five minutes', due: '2027-01-08' });
    expect(summary.conflicts).toEqual([]);
  });

  it('settles a field changed on both sides by the later change, keeping the other in the history', async () => {
    const base = await change(emptyText(), buildPlan, at(0));
    const ours = await change(base, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'Ours'), at(20));
    const theirs = await change(base, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'Theirs'), at(10));
    const { journal, summary } = replicas(ours, theirs);
    const item = journal.people[0]!.actions[0]!;
    expect(item.text).toBe('Ours');
    expect(item.history).toEqual([{ field: 'text', value: 'Theirs', at: at(10).toISOString() }]);
    expect(summary.conflicts).toEqual([expect.objectContaining({ id: 'a1', field: 'text', kept: 'Ours', other: 'Theirs' })]);
    expect(replicas(theirs, ours).journal).toEqual(journal);
  });

  it('without the ancestor, takes a value changed again after the other side\'s version came, with no conflict', async () => {
    // A sync folder's conflicted copy: one machine set the words, the other took that file and
    // set them again, while the first moved the date.
    const first = await change(await change(emptyText(), buildPlan, at(0)), (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'First words'), at(10));
    const again = await change(first, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'Second words'), at(20));
    const moved = await change(first, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.due = '2027-02-01'), at(30));
    const { journal, summary } = replicas(moved, again);
    const item = journal.people[0]!.actions[0]!;
    expect(item).toMatchObject({ text: 'Second words', due: '2027-02-01' });
    expect(item.history).toBeUndefined();
    expect(summary.conflicts).toEqual([]);
    expect(replicas(again, moved).journal).toEqual(journal);
    // The words it replaced are remembered, so the older copy brought in again changes nothing.
    expect(item.replaced).toEqual({ text: [versionOf(at(10).toISOString(), 'First words')] });
    expect(replicas(JSON.stringify(journal), first).journal).toEqual(journal);
  });

  it('takes a reference set again after the other copy\'s version came, with no conflict: versions name records by uid', async () => {
    const moved = await change(await change(emptyText(), buildPlan, at(0)), (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.goal = 'g2'), at(10));
    const back = await change(moved, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.goal = 'g1'), at(20));
    const { journal, summary } = replicas(back, moved);
    expect(journal.people[0]!.actions[0]!.goal).toBe('g1');
    expect(summary.conflicts).toEqual([]);
    expect(replicas(moved, back).journal).toEqual(journal);
  });

  // grow undo puts the journal's earlier text back, byte for byte: the text before the change.
  const words = (text: string) => (j: Journal) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = text);

  it('with the common ancestor, a change undone on one side stays undone', async () => {
    const undone = await change(await change(emptyText(), buildPlan, at(0)), words('First words'), at(10));
    const base = await change(undone, words('Second words'), at(20));
    const { journal, summary } = replicas(base, undone, base);
    expect(journal.people[0]!.actions[0]!.text).toBe('First words');
    expect(summary.conflicts).toEqual([]);
  });

  it('without the ancestor, keeps a value made after an undo, even when it has the time of the change undone', async () => {
    // The undo put the clock back, and the system clock is not past it: the next change is stamped
    // with the time the change undone had. The other copy went on from that change.
    const undone = await change(await change(emptyText(), buildPlan, at(0)), words('First words'), at(10));
    const kept = await change(undone, words('Second words'), at(20));
    const afterUndo = await change(undone, words('Written after the undo'), at(20));
    const elsewhere = await change(kept, words('Written on the other copy'), at(30));
    expect(parse(afterUndo).people[0]!.actions[0]!.changed).toEqual(parse(kept).people[0]!.actions[0]!.changed);
    const { journal, summary } = replicas(afterUndo, elsewhere);
    const item = journal.people[0]!.actions[0]!;
    expect(item.text).toBe('Written on the other copy');
    expect(item.history).toEqual([{ field: 'text', value: 'Written after the undo', at: at(20).toISOString() }]);
    expect(summary.conflicts).toHaveLength(1);
    expect(replicas(elsewhere, afterUndo).journal).toEqual(journal);
  });

  it('removes a record removed on either side, with what belongs to it', async () => {
    const base = await change(emptyText(), buildPlan, at(0));
    const ours = await change(base, (j) => void (personToWrite(j, 'me').actions = personToWrite(j, 'me').actions.filter((a) => a.id !== 'a1')), at(10));
    const theirs = await change(base, (j) => void (findAction(personToWrite(j, 'me'), 'a1')!.text = 'Edited after it was removed elsewhere'), at(20));
    const { journal } = replicas(ours, theirs);
    expect(journal.people[0]!.actions.map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(replicas(theirs, ours).journal).toEqual(journal);
  });

  it('with the common ancestor, an addition undone on one side stays undone', async () => {
    const base = await change(await change(emptyText(), buildPlan, at(0)), (j) => void addNote(j, 'me', { text: 'undo me', tags: [], at: T0 }), at(1));
    const ours = await change(base, (j) => void (personToWrite(j, 'me').notes = []), at(2));
    const withoutTombstone = JSON.stringify({ ...parse(ours), removed: undefined });
    expect(replicas(withoutTombstone, base, base).journal.people[0]!.notes).toEqual([]);
    expect(replicas(withoutTombstone, base).journal.people[0]!.notes).toHaveLength(1);
  });

  it('is written without new change times: a merge is not an edit', async () => {
    const base = await change(emptyText(), buildPlan, at(0));
    const ours = await change(base, (j) => void addNote(j, 'me', { text: 'ours', tags: [], at: T0 }), at(10));
    const theirs = await change(base, (j) => void (findAction(personToWrite(j, 'me'), 'a2')!.due = '2027-03-01'), at(11));
    const { journal } = replicas(ours, theirs);
    const stored = parse(await change(ours, (j) => Object.assign(j, journal), at(30)));
    expect(stored.people[0]!.actions[1]!.changed).toEqual({ due: at(11).toISOString() });
  });
});

describe('mergeJournals, properties over random histories', () => {
  const histories = fc.record({ base: fc.array(opArbitrary, { maxLength: 12 }), ours: fc.array(opArbitrary, { maxLength: 10 }), theirs: fc.array(opArbitrary, { maxLength: 10 }) });
  const build = async ({ base: baseOps, ours: oursOps, theirs: theirsOps }: { base: typeof opArbitrary extends fc.Arbitrary<infer O> ? O[] : never; ours: never[]; theirs: never[] }) => {
    const base = await written(emptyText(), baseOps, at(0));
    return { base, ours: await written(base, oursOps, at(100)), theirs: await written(base, theirsOps, at(100.5)) };
  };

  it('is the same whichever side runs it, and merging a copy with itself changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(histories, async (history) => {
        const { base, ours, theirs } = await build(history as never);
        expect(replicas(ours, theirs).journal).toEqual(replicas(theirs, ours).journal);
        expect(replicas(ours, theirs, base).journal).toEqual(replicas(theirs, ours, base).journal);
        expect(replicas(ours, ours).journal).toEqual(parse(ours));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('never loses a record either side had, never brings back a removed one, and is valid', async () => {
    await fc.assert(
      fc.asyncProperty(histories, async (history) => {
        const { base, ours, theirs } = await build(history as never);
        // As a sync folder's copy merges (no ancestor), and as git's driver does (with it).
        for (const { journal } of [replicas(ours, theirs), replicas(ours, theirs, base)]) {
          const kept = alive(journal);
          const removed = buried(journal);
          for (const uid of [...alive(parse(ours)), ...alive(parse(theirs))]) expect(kept.has(uid) || removed.has(uid)).toBe(true);
          for (const uid of [...buried(parse(ours)), ...buried(parse(theirs))]) expect(kept.has(uid)).toBe(false);
          expect(JournalSchema.safeParse(journal).success).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});

describe('mergeJournals, a plan handed between two journals', () => {
  /** What `grow export --person NAME --for NAME` hands over: the plan alone, nothing private. */
  const handOver = (text: string, person: string, to: string): Journal => {
    const journal = parse(text);
    const plan = journal.people.find((p) => p.name.toLowerCase() === person.toLowerCase())!;
    return { version: journal.version, ...(journal.owner ? { owner: journal.owner } : {}), exchange: { for: to }, people: [{ ...plan, notes: plan.notes.filter((n) => !n.private) }] };
  };
  const imported = async (text: string, file: Journal, now: Date) => {
    let summary: ReturnType<typeof mergeJournals>['summary'] | undefined;
    const result = await change(text, (j) => {
      const merged = mergeJournals(j, file, { mode: 'import' });
      summary = merged.summary;
      Object.assign(j, merged.journal);
    }, now);
    return { text: result, summary: summary! };
  };

  it('goes to her own plan, comes back as hers, and nothing is duplicated or lost', async () => {
    // The manager's journal: his own plan, and Priya's with a private note of his.
    let alex = await change(emptyText(), (j) => {
      j.owner = 'Alex';
      buildPlan(j);
      j.people.push({ name: 'Priya', missions: [], reflections: [], goals: [{ id: 'g3', title: 'A mentor', stages: [], created: '2026-12-01' }], actions: [{ id: 'a4', goal: 'g3', text: 'Ask two teammates', owner: 'Priya', due: '2026-12-22', every: '1w', status: 'open', created: '2026-12-01' }, { id: 'a5', goal: 'g3', text: 'Find a workshop', owner: 'Alex', due: '2027-01-15', every: '2w', status: 'open', created: '2026-12-01' }], checkins: [], notes: [{ id: 'n1', at: '2026-12-01T10:00:00Z', text: 'private: she seemed tired', tags: [], private: true }], sessions: [], drafts: [] });
    }, at(0));
    // Priya's own journal already has a note of hers.
    let priya = await change(emptyText(), (j) => void addNote(j, 'me', { text: 'My own note', tags: [], at: T0, private: true }), at(1));

    const first = await imported(priya, handOver(alex, 'Priya', 'Priya'), at(2));
    priya = first.text;
    const mine = parse(priya).people.find((p) => p.name === 'me')!;
    expect(mine.goals.map((g) => g.title)).toEqual(['A mentor']);
    expect(mine.actions.map((a) => [a.text, a.owner])).toEqual([['Ask two teammates', 'me'], ['Find a workshop', 'Alex']]);
    expect(mine.notes.map((n) => n.text)).toEqual(['My own note']);
    expect(parse(priya).people).toHaveLength(1);

    // Three weeks of her own: a check-in, and her item's words changed.
    priya = await change(priya, (j) => {
      const me = personToWrite(j, 'me');
      me.actions[0]!.text = 'Ask two teammates how my reviews feel';
      me.checkins.push({ id: 'c1', on: '2026-12-14', item: me.actions[0]!.id, status: 'open', progress: 50 });
      addNote(j, 'me', { text: 'Asked Sam first', tags: [], at: at(3) });
    }, at(3));
    // Meanwhile the manager moved his own item.
    alex = await change(alex, (j) => void (j.people.find((p) => p.name === 'Priya')!.actions[1]!.due = '2027-01-31'), at(4));

    const back = await imported(alex, handOver(priya, 'me', 'Alex'), at(5));
    alex = back.text;
    const hers = parse(alex).people.find((p) => p.name === 'Priya')!;
    expect(parse(alex).people.map((p) => p.name)).toEqual(['me', 'Priya']);
    expect(hers.actions.map((a) => [a.text, a.owner, a.due])).toEqual([
      ['Ask two teammates how my reviews feel', 'Priya', '2026-12-22'],
      ['Find a workshop', 'Alex', '2027-01-31'],
    ]);
    expect(hers.checkins.map((c) => [c.item, c.progress])).toEqual([['a4', 50]]);
    expect(hers.notes.map((n) => n.text)).toEqual(['private: she seemed tired', 'Asked Sam first']);
    expect(back.summary.conflicts).toEqual([]);

    // And once more both ways: nothing changes.
    const again = await imported(priya, handOver(alex, 'Priya', 'Priya'), at(6));
    expect(parse(again.text).people[0]!.actions.map((a) => [a.text, a.owner, a.due])).toEqual([
      ['Ask two teammates how my reviews feel', 'me', '2026-12-22'],
      ['Find a workshop', 'Alex', '2027-01-31'],
    ]);
    expect(parse((await imported(alex, handOver(again.text, 'me', 'Alex'), at(7))).text).people[1]).toEqual(hers);
  });
});
