import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import { emptyJournal, personToRead } from '../../src/domain/journal';
import { addPerson } from '../../src/domain/people';
import { addGoal } from '../../src/domain/plan';
import { applySession, emptySessionAnswers } from '../../src/domain/session';
import { sessionView, type SessionView } from '../../src/domain/session-view';
import { plain, type Paint } from '../../src/render/paint';
import { renderSessionSummary } from '../../src/render/session-summary';

const ON = '2026-12-09';

/** Sam's second one-on-one with Alex: two items reviewed, notes in every part, one parked. */
function secondSession(): SessionView {
  const journal = emptyJournal();
  addPerson(journal, 'Sam');
  addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
  const items = [
    { goal: 'g1', text: 'Give a 5-minute talk', owner: 'Sam', due: '2026-12-04', every: '1w' as const },
    { goal: 'g1', text: 'Find a course', owner: 'Alex', due: '2026-12-04', every: '1w' as const },
  ];
  applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), items }, '2026-11-25');
  const session = applySession(
    journal,
    'Sam',
    {
      ...emptySessionAnswers('Alex'),
      reviews: [
        { item: 'a1', status: 'done', well: 'It went better than I feared, and two people asked me questions afterwards about the parser' },
        { item: 'a2', status: 'open', progress: 40, blocker: 'No dates in December', due: '2027-01-15' },
      ],
      notes: [
        { part: 'opening', speaker: 'manager', topic: 'strength', text: 'Explains hard things simply' },
        { part: 'opening', speaker: 'manager', topic: 'strength', text: 'Calm on call' },
        { part: 'yourself', speaker: 'manager', topic: 'yourself', text: 'I failed my first marathon.' },
        { part: 'yourself', speaker: 'report', topic: 'growth', text: 'Feedback' },
        { part: 'dreams', speaker: 'manager', topic: 'dreams', text: 'Baking', private: true },
        { part: 'dreams', speaker: 'report', topic: 'love', text: 'Pairing' },
      ],
      parked: [{ part: 'yourself', speaker: 'report', text: 'The sprint is late' }],
      mission: 'I wake up to see people grow.',
      items: [{ newGoal: 'A mentor', text: 'Pair with a new hire', owner: 'Sam', due: '2026-12-23', every: '1w' }],
    },
    ON,
  );
  return sessionView(personToRead(journal, 'Sam'), session);
}

describe('the summary of a one-on-one', () => {
  it('says what was said in each part, the items reviewed and agreed with their owners, the parking lot and the next date', () => {
    expect(renderSessionSummary(secondSession(), ON, plain)).toBe(`One-on-one with Sam · Wednesday 9 December 2026 · s2
Alex (manager) and Sam

Opening
  Items reviewed
    a1  Give a 5-minute talk
        Sam · done · went well: It went better than I feared, and two people
        asked me questions afterwards about the parser
    a2  Find a course
        Alex · carried over · 40% · now due Fri 15 Jan 2027 · in the way: No
        dates in December
  Strengths, named by Alex
    - Explains hard things simply
    - Calm on call

Part 1 of 3 · Talk about yourself
  Alex shared
    I failed my first marathon.
  Sam would like to get better at
    Feedback

Part 2 of 3 · Dreams and passions
  Alex loves, or dreams of  (private)
    Baking
  Sam loves doing
    Pairing
  Mission statement, written today
    "I wake up to see people grow."

Part 3 of 3 · Who does what by when
  Items agreed
    a3  Pair with a new hire
        Sam · Wed 23 Dec · for: A mentor

Parking lot (for another meeting)
  - Sam: The sprint is late

Next one-on-one: Wednesday 23 December 2026, in two weeks.
`);
  });

  it('shown again later, gives the date that was suggested, and tells the two people apart by colour', () => {
    const tag = (name: string) => (text: string) => `<${name}>${text}</${name}>`;
    const paint: Paint = { ...plain, yellow: tag('manager'), magenta: tag('report') };
    const later = renderSessionSummary(secondSession(), '2027-02-01', paint);
    expect(later).toContain('Mission statement, written that day');
    expect(later).toContain('\nNext one-on-one: Wednesday 23 December 2026.\n');
    expect(later).toContain('  <manager>Alex</manager> shared\n');
    expect(later).toContain('  <report>Sam</report> would like to get better at\n');
  });

  it('shown later, gives each item as it was agreed that day, and in a word what has happened to it since', () => {
    const journal = emptyJournal();
    addPerson(journal, 'Sam');
    addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
    const items = [
      { goal: 'g1', text: 'Give a 5-minute talk', owner: 'Sam', due: '2026-12-07', every: '1w' as const },
      { goal: 'g1', text: 'Find a course', owner: 'Alex', due: '2026-12-04', every: '1w' as const },
      { goal: 'g1', text: 'Watch two talks', owner: 'Sam', due: '2026-12-04', every: '1w' as const },
    ];
    const first = applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), items }, '2026-11-25');
    const reviews = [
      { item: 'a1', status: 'open' as const, due: '2026-12-21' },
      { item: 'a2', status: 'done' as const },
    ];
    applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), reviews }, '2026-12-02');
    // A revision in grow init changes words and dates without a check-in.
    Object.assign(personToRead(journal, 'Sam').actions[2]!, { text: 'Watch three talks', due: '2026-12-11' });

    const shown = renderSessionSummary(sessionView(personToRead(journal, 'Sam'), first), '2026-12-09', plain);
    expect(shown).toContain(`  Items agreed
    a1  Give a 5-minute talk
        Sam · Mon 7 Dec · now due Mon 21 Dec · for: A calm public speaker
    a2  Find a course
        Alex · Fri 4 Dec · done on Wed 2 Dec · for: A calm public speaker
    a3  Watch two talks
        Sam · Fri 4 Dec · now due Fri 11 Dec · now reads: Watch three talks ·
        for: A calm public speaker
`);
  });

  it('reads what a session saved before grow kept its items agreed from the check-ins', () => {
    const journal = emptyJournal();
    addPerson(journal, 'Sam');
    addGoal(journal, 'Sam', { title: 'A calm public speaker' }, '2026-11-01');
    const items = [{ goal: 'g1', text: 'Give a talk', owner: 'Sam', due: '2026-12-07', every: '1w' as const }];
    const first = applySession(journal, 'Sam', { ...emptySessionAnswers('Alex'), items }, '2026-11-25');
    delete first.items;
    recordCheckin(journal, 'Sam', { item: 'a1', status: 'open', due: '2026-12-14' }, '2026-12-01');
    recordCheckin(journal, 'Sam', { item: 'a1', status: 'open', due: '2026-12-21', renegotiate: 'Give a 5-minute talk' }, '2026-12-05');
    const [agreed] = sessionView(personToRead(journal, 'Sam'), first).agreed;
    expect(agreed!.agreed).toEqual({ text: 'Give a talk', owner: 'Sam', due: '2026-12-07' });
    expect(agreed!.action).toMatchObject({ text: 'Give a 5-minute talk', due: '2026-12-21' });
  });
});
