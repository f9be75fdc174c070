// Builds large, valid journals for benchmarks and tests, the same every time for the same
// options (a seeded random generator, no clock). From the command line, it saves one through
// grow's own store, as grow would have written it:
//   npx tsx scripts/generate-journal.ts --years 20 [--people 5] --out /tmp/journal.json
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addDaysTo, toIsoDateTime } from '../src/domain/dates';
import { emptyPerson } from '../src/domain/journal';
import type { Action, Checkin, Journal, Person, Session } from '../src/domain/schema';
import { REFLECTION_KINDS, SCHEMA_VERSION, SESSION_PARTS, SPEAKERS } from '../src/domain/vocabulary';
import { runTransaction } from '../src/store/transaction';

export interface GenerateOptions {
  people?: number;
  goals?: number;
  actions?: number;
  checkins?: number;
  notes?: number;
  sessions?: number;
  reflections?: number;
  /** The first day of the journal; records spread over `days` from it. */
  start?: string;
  days?: number;
  seed?: number;
}

const WORDS =
  'listen mentor write review design speak teach learn pair share plan lead coach read build test ship reflect ask explain draw sketch practise present improve notice curious calm brave patient clear kind'.split(
    ' ',
  );

export function generateJournal(options: GenerateOptions = {}): Journal {
  const { people = 1, goals = 10, actions = 40, checkins = 2000, notes = 0, sessions = 0, reflections = 0, start = '2026-01-01', days = 300, seed = 1 } = options;
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const day = () => addDaysTo(start, Math.floor(random() * days));
  const counters = { g: 0, a: 0, c: 0, n: 0, s: 0, r: 0 };
  const next = (prefix: keyof typeof counters) => `${prefix}${++counters[prefix]}`;

  const journal: Journal = { version: SCHEMA_VERSION, people: [] };
  for (let p = 0; p < people; p++) {
    const person: Person = emptyPerson(p === 0 ? 'me' : `Person ${p}`);
    person.missions.push({ text: `I wake up to ${sentence(8)}.`, since: start });
    if (days > 365) person.missions.push({ text: `I wake up to ${sentence(10)}.`, since: addDaysTo(start, 365) });
    for (let r = 0; r < reflections; r++) {
      person.reflections.push({ id: next('r'), kind: REFLECTION_KINDS[r % REFLECTION_KINDS.length]!, text: `${sentence(12)}.`, on: start, ...(r % 4 === 3 ? { private: true } : {}) });
    }
    for (let g = 0; g < goals; g++) {
      person.goals.push({ id: next('g'), title: `Someone who can ${sentence(4)}`, stages: [{ name: 'learning', on: start }], created: start });
    }
    for (let s = 0; s < sessions; s++) {
      const session: Session = {
        id: next('s'),
        on: addDaysTo(start, Math.floor((s * days) / Math.max(1, sessions))),
        manager: 'Morgan',
        // A one-on-one in its parts, the manager first in each, now and then a private word.
        notes: SESSION_PARTS.flatMap((part) => SPEAKERS.map((speaker) => ({ part, speaker, topic: pick(['strength', 'failure', 'dream', 'plans']), text: sentence(15), ...(random() < 0.1 ? { private: true } : {}) }))),
        parked: random() < 0.3 ? [{ part: 'plan', speaker: 'report', text: sentence(8) }] : [],
      };
      if (s < sessions - 1) session.next = addDaysTo(session.on, 14);
      person.sessions.push(session);
    }
    for (let a = 0; a < actions; a++) {
      const created = day();
      const action: Action = {
        id: next('a'),
        goal: pick(person.goals).id,
        text: `${sentence(6)} with ${pick(['Sam', 'Ada', 'Lee', 'me'])}`,
        owner: p === 0 ? 'me' : person.name,
        due: addDaysTo(created, 7 + Math.floor(random() * 60)),
        every: pick(['1w', '2w', '4w'] as const),
        status: random() < 0.6 ? 'open' : 'done',
        created,
      };
      if (action.status === 'done') action.closed = action.due;
      const agreedIn = person.sessions.find((session) => session.on === created);
      if (agreedIn) action.session = agreedIn.id;
      person.actions.push(action);
    }
    for (let c = 0; c < checkins; c++) {
      const checkin: Checkin = { id: next('c'), on: day() };
      // Now and then a round's general answer, about no item in particular.
      if (random() >= 0.05) Object.assign(checkin, { item: pick(person.actions).id, status: 'open', progress: Math.floor(random() * 101) });
      checkin.well = sentence(12);
      if (random() < 0.3) checkin.blocker = sentence(8);
      if (random() < 0.4) checkin.pulse = { autonomy: 1 + Math.floor(random() * 5), mastery: 1 + Math.floor(random() * 5), purpose: 1 + Math.floor(random() * 5) };
      if (sessions > 0 && random() < 0.1) checkin.session = pick(person.sessions).id;
      person.checkins.push(checkin);
    }
    for (let n = 0; n < notes; n++) {
      const at = new Date(`${day()}T09:00:00Z`);
      at.setUTCMinutes(Math.floor(random() * 600));
      person.notes.push({ id: next('n'), at: toIsoDateTime(at), text: `${sentence(20)}\n\n${sentence(30)}`, tags: [pick(WORDS), pick(WORDS)].filter((t, i, all) => all.indexOf(t) === i), ...(random() < 0.1 ? { private: true } : {}) });
    }
    journal.people.push(person);
  }
  return journal;
}

/**
 * `people` people keeping a journal for `years` years up to 2026-11-25: a year holds, for each,
 * 24 action items, 1,000 check-ins, 400 notes and 12 one-on-ones, under 8 goals.
 */
export function yearsOfJournal(years: number, people = 5): GenerateOptions {
  const days = Math.round(years * 365.25);
  return { people, goals: 8, actions: 24 * years, checkins: 1000 * years, notes: 400 * years, sessions: 12 * years, reflections: 10, start: addDaysTo('2026-11-25', -days), days };
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { years: { type: 'string' }, people: { type: 'string', default: '5' }, out: { type: 'string' } } });
  if (!values.years || !values.out) throw new Error('usage: tsx scripts/generate-journal.ts --years N [--people N] --out FILE');
  const generated = generateJournal(yearsOfJournal(Number(values.years), Number(values.people)));
  await runTransaction(values.out, (journal) => void Object.assign(journal, generated));
}
