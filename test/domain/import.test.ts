import { describe, expect, it } from 'vitest';
import { exportedJournal, exportPerson } from '../../src/domain/export-view';
import { importJournal, importNotes } from '../../src/domain/import';
import { emptyJournal } from '../../src/domain/journal';
import { JournalSchema, type Journal } from '../../src/domain/schema';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';
import { richJournal } from '../support/rich-journal';
import { problemOf } from '../support/problem';

const everything = (journal: Journal) => {
  const people = journal.people.map((p) => exportPerson(p, { includePrivate: true }));
  return structuredClone({ ...exportedJournal(journal, true), people: people.map((p) => p.person) });
};
const valid = (journal: Journal) => expect(JournalSchema.safeParse(journal).success).toBe(true);
/** The journal as it reads without the uids a merge gives records that had none. */
const withoutUids = (journal: Journal): unknown => JSON.parse(JSON.stringify(journal, (key, value: unknown) => (key === 'uid' ? undefined : value)));

describe('merging a grow export', () => {
  it('into an empty journal gives the same data back', () => {
    const target = emptyJournal();
    const summary = importJournal(target, everything(richJournal()));
    expect(withoutUids(target)).toEqual(richJournal());
    expect(summary.renumbered).toEqual([]);
    expect(summary.people).toEqual([
      { name: 'me', isNew: true, added: { missions: 2, reflections: 5, goals: 2, actions: 4, checkins: 5, notes: 3, drafts: 1 }, updated: 0, removed: 0 },
      { name: 'Sam', isNew: true, added: { missions: 1, reflections: 1, goals: 1, actions: 2, checkins: 1, sessions: 2 }, updated: 0, removed: 0 },
    ]);
  });

  it('adds nothing the second time: every record is already there', () => {
    const target = richJournal();
    const summary = importJournal(target, everything(richJournal()));
    expect(withoutUids(target)).toEqual(richJournal());
    expect(summary.alreadyThere).toBe(29);
    expect(summary.draftsDropped).toEqual([]);
    expect(summary.people.every((p) => Object.keys(p.added).length === 0 && !p.isNew && p.updated === 0)).toBe(true);
  });

  it('renumbers ids that are taken and follows every reference to them', () => {
    const target = emptyJournal();
    target.people.push({ name: 'Ada', missions: [], reflections: [], goals: [{ id: 'g1', title: 'Someone else', stages: [], created: '2026-01-01' }], actions: [], checkins: [], notes: [{ id: 'n9', at: '2026-01-01T00:00:00Z', text: 'x', tags: [] }], sessions: [{ id: 's1', on: '2026-01-01', manager: 'Lee', notes: [], parked: [] }], drafts: [] });
    const summary = importJournal(target, everything(richJournal()));
    valid(target);
    // New ids come after every id in the journal and in the file: g3 and s2 are in the file.
    expect(summary.renumbered).toEqual([
      ['g1', 'g4'],
      ['s1', 's3'],
    ]);
    const me = target.people.find((p) => p.name === 'me')!;
    expect(me.goals.map((g) => g.id)).toEqual(['g4', 'g2']);
    expect(me.actions.filter((a) => a.goal === 'g4').map((a) => a.id)).toEqual(['a1', 'a2']);
    const sam = target.people.find((p) => p.name === 'Sam')!;
    expect(sam.sessions.map((s) => s.id)).toEqual(['s3', 's2']);
    expect(sam.actions.map((a) => a.session)).toEqual(['s3', 's3']);
    expect(sam.reflections[0]!.session).toBe('s3');
  });

  it('follows a renumbered item into the one-on-one that agreed it', () => {
    const target = emptyJournal();
    const goal = { id: 'g9', title: 'Someone else', stages: [], created: '2026-01-01' };
    const action = { id: 'a5', goal: 'g9', text: 'x', owner: 'Ada', due: '2026-02-01', every: '1w' as const, status: 'open' as const, created: '2026-01-01' };
    target.people.push({ name: 'Ada', missions: [], reflections: [], goals: [goal], actions: [action], checkins: [], notes: [], sessions: [], drafts: [] });
    const summary = importJournal(target, everything(richJournal()));
    valid(target);
    expect(summary.renumbered).toContainEqual(['a5', 'a7']);
    const sam = target.people.find((p) => p.name === 'Sam')!;
    expect(sam.sessions[0]!.items!.map((i) => i.item)).toEqual(['a7', 'a6']);
  });

  it('takes a record of an older file that was changed here since for a record of its own, renumbered', () => {
    // Records written before file version 3 have no identity but what they say: a goal whose
    // words changed here is another goal to an older file, and comes in beside it.
    const target = richJournal();
    target.people[0]!.goals[1]!.title = 'Changed here';
    const summary = importJournal(target, everything(richJournal()));
    valid(target);
    expect(summary.renumbered).toEqual([['g2', 'g4']]);
    expect(target.people[0]!.goals.map((g) => [g.id, g.title])).toEqual([
      ['g1', richJournal().people[0]!.goals[0]!.title],
      ['g2', 'Changed here'],
      ['g4', richJournal().people[0]!.goals[1]!.title],
    ]);
    expect(target.people[0]!.actions.filter((a) => a.goal === 'g2').map((a) => a.id)).toEqual(['a3', 'a4']);
  });

  it('adds nothing more on a second and third import of a file whose ids were renumbered', () => {
    // The journal already has its own g1 and a1: the file's plan is renumbered the first time.
    const target = emptyJournal();
    target.people.push({ name: 'me', missions: [], reflections: [], goals: [{ id: 'g1', title: 'Mine', stages: [], created: '2026-01-01' }], actions: [{ id: 'a1', goal: 'g1', text: 'My own item', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-01-01' }], checkins: [], notes: [{ id: 'n1', at: '2026-01-01T00:00:00Z', text: 'mine A', tags: [] }], sessions: [], drafts: [] });
    const file = everything(richJournal());
    const first = importJournal(target, structuredClone(file));
    valid(target);
    expect(first.renumbered.map(([from]) => from)).toEqual(['g1', 'a1', 'n1']);
    const afterFirst = structuredClone(target);
    for (let run = 2; run <= 3; run++) {
      const again = importJournal(target, structuredClone(file));
      expect(target, `run ${run}`).toEqual(afterFirst);
      expect(again.renumbered, `run ${run}`).toEqual([]);
      expect(again.people.every((p) => Object.keys(p.added).length === 0)).toBe(true);
      expect(again.alreadyThere).toBe(29);
    }
    // a5 was never renumbered, and its goal reference is followed through g3, which was not either.
    expect(target.people.find((p) => p.name === 'Sam')!.actions.map((a) => a.id)).toEqual(['a5', 'a6']);
  });

  it('counts a note already there under another id, as in the report of a note imported three times', () => {
    const target = emptyJournal();
    target.people.push({ name: 'me', missions: [], reflections: [], goals: [], actions: [], checkins: [], notes: [{ id: 'n1', at: '2026-11-25T09:00:00Z', text: 'mine A', tags: [] }], sessions: [], drafts: [] });
    const file: Journal = { version: SCHEMA_VERSION, people: [{ name: 'me', missions: [], reflections: [], goals: [], actions: [], checkins: [], notes: [{ id: 'n1', at: '2026-11-20T10:00:00Z', text: 'theirs B', tags: [] }], sessions: [], drafts: [] }] };
    expect(importJournal(target, structuredClone(file)).renumbered).toEqual([['n1', 'n2']]);
    expect(importJournal(target, structuredClone(file))).toMatchObject({ renumbered: [], alreadyThere: 1, people: [{ added: {} }] });
    expect(importJournal(target, structuredClone(file)).alreadyThere).toBe(1);
    expect(target.people[0]!.notes.map((n) => `${n.id} ${n.text}`)).toEqual(['n1 mine A', 'n2 theirs B']);
  });

  it('adds a one-on-one once, its items as agreed following their renumbered ids, however often it is imported', () => {
    const target = emptyJournal();
    const mine = { name: 'me', missions: [], reflections: [], checkins: [], notes: [], sessions: [], drafts: [] };
    target.people.push({ ...mine, goals: [{ id: 'g1', title: 'Mine', stages: [], created: '2026-11-01' }], actions: [{ id: 'a1', goal: 'g1', text: 'Mine too', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-11-01' }] });
    const file: Journal = {
      version: SCHEMA_VERSION,
      people: [
        {
          ...mine,
          goals: [{ id: 'g1', title: 'A mentor', stages: [], created: '2026-11-20' }],
          actions: [{ id: 'a1', goal: 'g1', text: 'Ask two teammates', owner: 'me', due: '2026-12-04', every: '1w', status: 'open', created: '2026-11-20', session: 's1' }],
          sessions: [{ id: 's1', on: '2026-11-20', manager: 'Alex', notes: [], parked: [], items: [{ item: 'a1', text: 'Ask two teammates', owner: 'me', due: '2026-12-04' }] }],
        },
      ],
    };
    importJournal(target, structuredClone(file));
    const [session] = target.people[0]!.sessions;
    expect(session!.items).toEqual([{ item: 'a2', text: 'Ask two teammates', owner: 'me', due: '2026-12-04' }]);
    expect(importJournal(target, structuredClone(file))).toMatchObject({ renumbered: [], alreadyThere: 3, people: [{ added: {} }] });
    expect(target.people[0]!.sessions).toHaveLength(1);
    expect(JournalSchema.safeParse(target).success).toBe(true);
  });

  it('keeps two records alike in the file as two, and follows renumbered items into a split', () => {
    const target = emptyJournal();
    target.people.push({ name: 'me', missions: [], reflections: [], goals: [], actions: [], checkins: [], notes: [{ id: 'n1', at: '2026-11-25T09:00:00Z', text: 'same', tags: [] }], sessions: [], drafts: [] });
    const person = { name: 'me', missions: [], reflections: [], checkins: [], sessions: [], drafts: [] };
    const file: Journal = {
      version: SCHEMA_VERSION,
      people: [
        {
          ...person,
          goals: [{ id: 'g1', title: 'Calm', stages: [], created: '2026-11-01' }],
          actions: [
            { id: 'a1', goal: 'g1', text: 'Big', owner: 'me', due: '2026-12-01', every: '1w', status: 'dropped', created: '2026-11-01', closed: '2026-11-10' },
            { id: 'a2', goal: 'g1', text: 'Small', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-11-10' },
          ],
          checkins: [{ id: 'c1', on: '2026-11-10', item: 'a1', status: 'dropped', progress: 0, split: ['a2'] }],
          notes: [
            { id: 'n1', at: '2026-11-25T09:00:00Z', text: 'same', tags: [] },
            { id: 'n2', at: '2026-11-25T09:00:00Z', text: 'same', tags: [] },
          ],
        },
      ],
    };
    target.people[0]!.goals.push({ id: 'g1', title: 'Other', stages: [], created: '2026-01-01' });
    target.people[0]!.actions.push({ id: 'a2', goal: 'g1', text: 'Other', owner: 'me', due: '2026-12-01', every: '1w', status: 'open', created: '2026-01-01' });
    const summary = importJournal(target, structuredClone(file));
    valid(target);
    expect(target.people[0]!.notes.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(target.people[0]!.checkins[0]).toMatchObject({ item: 'a1', split: ['a3'] });
    expect(summary.renumbered).toEqual([
      ['g1', 'g2'],
      ['a2', 'a3'],
    ]);
    const again = structuredClone(target);
    expect(importJournal(target, structuredClone(file)).alreadyThere).toBe(6);
    expect(target).toEqual(again);
  });

  it('puts a one-person export into the person asked for, and merges mission statements by date', () => {
    const target = emptyJournal();
    target.people.push({ name: 'Sam', missions: [{ text: 'Earlier words.', since: '2026-01-01' }, { text: 'Later words.', since: '2026-12-01' }], reflections: [], goals: [], actions: [], checkins: [], notes: [], sessions: [], drafts: [] });
    const export_ = everything(richJournal());
    export_.people = [export_.people[0]!];
    const summary = importJournal(target, export_, 'Sam');
    valid(target);
    expect(target.people).toHaveLength(1);
    expect(target.people[0]!.missions.map((m) => m.since)).toEqual(['2026-01-01', '2026-01-10', '2026-09-01', '2026-12-01']);
    expect(summary.people[0]).toMatchObject({ name: 'Sam', isNew: false });
    expect(problemOf(() => importJournal(emptyJournal(), export_, 'Nobody'))).toEqual({ key: 'unknownPerson', name: 'Nobody' });
  });
});

describe('importing notes', () => {
  it('gives them the next free ids and leaves out notes already there', () => {
    const target = richJournal();
    const notes = [
      { at: '2026-11-21T08:00:00Z', text: 'New one', tags: ['x'] },
      { at: '2026-10-02T08:30:00Z', text: 'Asked Ada for feedback on the outline.\n\nShe said: start with the story.', tags: [] },
    ];
    const summary = importNotes(target, 'me', notes);
    expect(target.people[0]!.notes.at(-1)).toEqual({ id: 'n4', at: '2026-11-21T08:00:00Z', text: 'New one', tags: ['x'] });
    expect(summary).toMatchObject({ alreadyThere: 1, people: [{ name: 'me', isNew: false, added: { notes: 1 } }] });
    expect(importNotes(target, 'me', notes).people[0]!.added).toEqual({});
  });
});
