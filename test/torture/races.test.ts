// Eight grows writing at once, more than fifty mixed changes each (action items added, done
// and dropped, check-ins, notes): nothing is lost and the file stays valid.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Keyring, noPassphrase } from '../../src/store/keyring';
import { parseJournalFile } from '../../src/store/parse-journal';
import { tempJournal } from '../support/temp';
import { runGrow, type RunResult } from '../e2e/support/grow';

const WRITERS = 8;
const CYCLES = 9; // six changes each

describe('grows writing at once', () => {
  it(`lose nothing: ${WRITERS} processes making ${CYCLES * 6} mixed changes each`, async () => {
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
        await grow('checkin', kept, '--status', 'open', '--progress', '30', '--well', `writer ${w} started ${c}`);
        await grow('note', `writer ${w} note ${c}`);
        const dropped = (await grow('action', 'add', `writer ${w} drops ${c}`, '--goal', 'g1', '--due', 'in 3 weeks')).stdout.trim();
        if (c % 2 === 0) await grow('checkin', kept, '--status', 'done', '--well', `writer ${w} finished ${c}`);
        else await grow('action', 'done', kept);
        await grow('action', 'drop', dropped, '--reason', 'not now');
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    // The file itself, through the full check: schema, unique ids, references.
    const { journal: saved } = await parseJournalFile(journal, readFileSync(journal), new Keyring(noPassphrase(journal)));
    const { notes, actions, checkins } = saved.people[0]!;
    expect(notes).toHaveLength(WRITERS * CYCLES);
    expect(new Set(notes.map((n) => n.text)).size).toBe(WRITERS * CYCLES);
    expect(actions).toHaveLength(WRITERS * CYCLES * 2);
    for (const action of actions) expect(action.status, action.text).toBe(action.text.includes(' keeps ') ? 'done' : 'dropped');
    expect(checkins.filter((c) => c.well?.includes(' started '))).toHaveLength(WRITERS * CYCLES);
    expect(checkins.filter((c) => c.well?.includes(' finished '))).toHaveLength(WRITERS * Math.ceil(CYCLES / 2));
    expect(new Set(checkins.map((c) => c.id)).size).toBe(checkins.length);
    const doctor = await runGrow(['doctor'], { journal });
    expect(doctor.code, doctor.stdout).toBe(0);
  });
});
