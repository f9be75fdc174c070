// A journal in which every piece of text a person can type is the given text, so an
// export of it can be compared with the export of the same journal in plain words.
import type { Journal } from '../../src/domain/schema';
import { SCHEMA_VERSION } from '../../src/domain/vocabulary';

const asName = (text: string, max: number) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, max).trim() || 'x';

export function journalOf(texts: readonly string[]): Journal {
  const me: Journal['people'][number] = {
    name: 'me',
    missions: [{ text: texts.join('\n'), since: '2026-11-01' }],
    reflections: [],
    goals: [],
    actions: [],
    checkins: [],
    notes: [],
    sessions: [],
    drafts: [],
  };
  texts.forEach((text, i) => {
    const n = i + 1;
    me.reflections.push({ id: `r${n}`, kind: (['about', 'dream', 'passion', 'strength', 'growth'] as const)[i % 5]!, text, on: '2026-11-01' });
    me.goals.push({ id: `g${n}`, title: text, why: text, stages: [{ name: asName(text, 60), on: '2026-11-01' }], created: '2026-11-01' });
    me.sessions.push({
      id: `s${n}`,
      on: '2026-11-02',
      manager: asName(text, 80),
      notes: [
        { part: 'yourself', speaker: 'manager', topic: asName(text, 40), text },
        { part: 'dreams', speaker: 'report', topic: 'dream', text },
      ],
      parked: [{ part: 'plan', speaker: 'report', text }],
    });
    me.actions.push({ id: `a${n}`, goal: `g${n}`, text, owner: asName(text, 80), due: '2026-12-01', every: '1w', status: i % 3 === 0 ? 'done' : 'open', created: '2026-11-01', closed: i % 3 === 0 ? '2026-11-20' : undefined, session: `s${n}` });
    me.checkins.push({ id: `c${n}`, on: '2026-11-10', item: `a${n}`, status: 'open', progress: 40, well: text, blocker: text, session: `s${n}`, pulse: { autonomy: 3, mastery: 4, purpose: 5 } });
    me.notes.push({ id: `n${n}`, at: '2026-11-10T09:00:00Z', text, tags: ['hostile'] });
  });
  for (const action of me.actions) if (action.closed === undefined) delete action.closed;
  return { version: SCHEMA_VERSION, people: [me] };
}
