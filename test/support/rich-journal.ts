// A journal with something in every part of the schema, for the export tests: the person
// "me" and a report, Sam, with goals, items in every status, check-ins with pulses, a
// one-on-one with all its parts, and private words that exports leave out unless asked.
import type { Journal } from '../../src/domain/schema';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';

export function richJournal(): Journal {
  return {
    version: SCHEMA_VERSION,
    owner: 'Morgan',
    people: [
      {
        name: 'me',
        missions: [
          { text: 'I wake up to learn in public.', since: '2026-01-10' },
          { text: 'I wake up to help people around me grow, and to write about what we learn.', since: '2026-09-01' },
        ],
        reflections: [
          { id: 'r1', kind: 'about', text: 'I am a backend engineer who likes teaching.', on: '2026-09-01' },
          { id: 'r2', kind: 'dream', text: 'Speak at a conference abroad.', on: '2026-09-01' },
          { id: 'r3', kind: 'passion', text: 'Explaining hard things simply.', on: '2026-09-01' },
          { id: 'r4', kind: 'strength', text: 'Patient in code review.', on: '2026-09-01' },
          { id: 'r5', kind: 'growth', text: 'Saying no to meetings.', on: '2026-09-01', private: true },
        ],
        goals: [
          {
            id: 'g1',
            title: 'Someone who speaks at conferences with ease',
            why: 'Sharing what I learn helps others skip my mistakes.',
            stages: [
              { name: 'learning', on: '2026-09-01' },
              { name: 'practising', on: '2026-10-15' },
            ],
            created: '2026-09-01',
          },
          { id: 'g2', title: 'A writer people read on Sundays', stages: [], created: '2026-09-02' },
        ],
        actions: [
          { id: 'a1', goal: 'g1', text: 'Give a lightning talk at the local meetup', owner: 'me', due: '2026-11-30', every: '2w', status: 'open', created: '2026-09-01' },
          { id: 'a2', goal: 'g1', text: 'Record myself rehearsing, twice', owner: 'me', due: '2026-10-20', every: '1w', status: 'done', created: '2026-09-01', closed: '2026-10-18' },
          { id: 'a3', goal: 'g2', text: 'Publish one post a month', owner: 'me', due: '2026-12-31', every: '4w', status: 'open', created: '2026-09-02' },
          { id: 'a4', goal: 'g2', text: 'Start a newsletter', owner: 'me', due: '2026-10-01', every: '4w', status: 'dropped', created: '2026-09-02', closed: '2026-09-20', reason: 'Posts first.' },
        ],
        checkins: [
          { id: 'c1', on: '2026-10-01', item: 'a1', status: 'open', progress: 20, well: 'Picked a topic.', pulse: { autonomy: 4, mastery: 2, purpose: 5 } },
          { id: 'c2', on: '2026-10-18', item: 'a2', status: 'done', progress: 100, well: 'Watched both recordings.' },
          { id: 'c3', on: '2026-11-02', item: 'a1', status: 'open', progress: 60, well: 'Slides drafted.', blocker: 'Nervous about the demo.', moved: { from: '2026-11-15', to: '2026-11-30' }, pulse: { autonomy: 4, mastery: 3, purpose: 5 } },
          { id: 'c4', on: '2026-11-03', item: 'a3', status: 'open', progress: 50, well: 'First post is out.' },
          { id: 'c5', on: '2026-11-03', well: 'A calm week overall.', pulse: { autonomy: 5, mastery: 3, purpose: 4 } },
        ],
        notes: [
          { id: 'n1', at: '2026-10-02T08:30:00Z', text: 'Asked Ada for feedback on the outline.\n\nShe said: start with the story.', tags: ['speaking'] },
          { id: 'n2', at: '2026-11-04T17:45:00Z', text: 'Felt stuck today.', tags: [], private: true },
          { id: 'n3', at: '2026-11-20T09:00:00Z', text: 'Read https://example.com/talks about pacing; wrote to ada@example.com.', tags: ['speaking', 'reading'] },
        ],
        sessions: [],
        drafts: [{ flow: 'init', saved: '2026-11-20T10:00:00Z', answers: { step: 'goals' } }],
      },
      {
        name: 'Sam',
        missions: [{ text: 'I wake up to make systems calmer for the people on call.', since: '2026-10-05' }],
        reflections: [{ id: 'r6', kind: 'dream', text: 'Lead a team one day.', on: '2026-10-05', session: 's1' }],
        goals: [{ id: 'g3', title: 'A steady incident lead', stages: [{ name: 'learning', on: '2026-10-05' }], created: '2026-10-05' }],
        actions: [
          { id: 'a5', goal: 'g3', text: 'Shadow two incidents', owner: 'Sam', due: '2026-11-15', every: '2w', status: 'open', created: '2026-10-05', session: 's1' },
          { id: 'a6', goal: 'g3', text: 'Find an incident-command course', owner: 'Morgan', due: '2026-10-30', every: '2w', status: 'done', created: '2026-10-05', closed: '2026-10-25', session: 's1' },
        ],
        checkins: [{ id: 'c6', on: '2026-11-05', item: 'a5', status: 'open', progress: 50, well: 'Shadowed one.', session: 's2' }],
        notes: [],
        sessions: [
          {
            id: 's1',
            on: '2026-10-05',
            manager: 'Morgan',
            notes: [
              { part: 'opening', speaker: 'manager', topic: 'strength', text: 'Your runbook rewrite was clear.' },
              { part: 'yourself', speaker: 'manager', topic: 'failure', text: 'I once paged the wrong team for an hour.' },
              { part: 'yourself', speaker: 'report', topic: 'plans', text: 'I want to move closer to operations.' },
              { part: 'dreams', speaker: 'report', topic: 'dream', text: 'Lead a team one day.' },
              { part: 'dreams', speaker: 'report', topic: 'worry', text: 'Worried about burnout.', private: true },
              { part: 'plan', speaker: 'manager', topic: 'who', text: 'Morgan finds a course; Sam shadows.' },
            ],
            parked: [{ part: 'plan', speaker: 'report', text: 'Conference budget for next year.' }],
            items: [
              { item: 'a5', text: 'Shadow two incidents', owner: 'Sam', due: '2026-11-15' },
              { item: 'a6', text: 'Find an incident-command course', owner: 'Morgan', due: '2026-10-30' },
            ],
            next: '2026-10-19',
          },
          { id: 's2', on: '2026-11-05', manager: 'Morgan', notes: [{ part: 'opening', speaker: 'manager', topic: 'strength', text: 'Calm on the last call.' }], parked: [] },
        ],
        drafts: [],
      },
    ],
  };
}
