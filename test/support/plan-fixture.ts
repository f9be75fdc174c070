// A small plan written the way grow writes it, for tests that need goals, items and
// check-ins before the command under test runs: a mission, two goals and three items.
import { recordCheckin } from '../../src/domain/checkins';
import { addAction, addGoal, setMission } from '../../src/domain/plan';
import { personToWrite } from '../../src/domain/journal';
import type { Journal } from '../../src/domain/schema';
import { runTransaction } from '../../src/store/transaction';

export const PLAN_START = '2026-11-01';

/**
 * On 2026-11-01: a1 "Outline the talk" due 2026-11-20 (every week), a2 "Rehearse with Sam"
 * due 2026-12-04 (every 4 weeks), a3 "Pair with a new hire" due 2026-12-20 (every 2 weeks).
 */
export function buildPlan(journal: Journal): void {
  setMission(personToWrite(journal, 'me'), 'I wake up to help people find their voice.', PLAN_START);
  const speaker = addGoal(journal, 'me', { title: 'A calm public speaker', stage: 'learning' }, PLAN_START);
  const mentor = addGoal(journal, 'me', { title: 'A mentor others seek out' }, PLAN_START);
  addAction(journal, 'me', { goal: speaker.id, text: 'Outline the talk', due: '2026-11-20', every: '1w' }, PLAN_START);
  addAction(journal, 'me', { goal: speaker.id, text: 'Rehearse with Sam', due: '2026-12-04', every: '4w' }, PLAN_START);
  addAction(journal, 'me', { goal: mentor.id, text: 'Pair with a new hire', due: '2026-12-20', every: '2w' }, PLAN_START);
}

/** Writes the plan (and whatever `more` adds) through grow's own store. */
export async function writePlan(path: string, more: (journal: Journal) => void = () => undefined): Promise<void> {
  await runTransaction(path, (journal) => {
    buildPlan(journal);
    more(journal);
  });
}

export { recordCheckin };
