// Eight grows writing at once, fifty mixed changes each: nothing is lost and the file stays valid.
import { describe, expect, it } from 'vitest';
import type { Action, Note } from '../../src/domain/schema';
import { tempJournal } from '../support/temp';
import { runGrow, type RunResult } from '../e2e/support/grow';

const WRITERS = 8;
const CYCLES = 10; // five changes each: two items added, one done, one dropped, one note

describe('grows writing at once', () => {
  it(`lose nothing: ${WRITERS} processes making ${CYCLES * 5} mixed changes each`, async () => {
    const journal = tempJournal();
    const grow = async (...args: string[]): Promise<RunResult> => {
      const result = await runGrow(args, { journal });
      expect(result.stderr, `grow ${args.join(' ')}`).toBe('');
      expect(result.code).toBe(0);
      return result;
    };
    await grow('goal', 'add', 'Someone who keeps their word');

    const writer = async (w: number) => {
      for (let c = 0; c < CYCLES; c++) {
        const kept = (await grow('action', 'add', `writer ${w} keeps ${c}`, '--goal', 'g1', '--due', '2027-01-01')).stdout.trim();
        await grow('note', `writer ${w} note ${c}`);
        const dropped = (await grow('action', 'add', `writer ${w} drops ${c}`, '--goal', 'g1', '--due', 'in 3 weeks')).stdout.trim();
        await grow('action', 'done', kept);
        await grow('action', 'drop', dropped);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    const notes = JSON.parse((await grow('notes', '--json')).stdout) as Note[];
    const actions = JSON.parse((await grow('action', 'list', '--all', '--json')).stdout) as Action[];
    expect(notes).toHaveLength(WRITERS * CYCLES);
    expect(new Set(notes.map((n) => n.text)).size).toBe(WRITERS * CYCLES);
    expect(actions).toHaveLength(WRITERS * CYCLES * 2);
    expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
    for (const action of actions) expect(action.status, action.text).toBe(action.text.includes(' keeps ') ? 'done' : 'dropped');
    const doctor = await runGrow(['doctor'], { journal });
    expect(doctor.code, doctor.stdout).toBe(0);
  });
});
