import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { journalData } from '../support/journal-data';
import { writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

const readJournal = journalData;

describe('grow checkin ID, run as a script would', () => {
  it('records a check-in, moves the due date and closes an item, printing the check-in id', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const open = await runGrow(['checkin', 'A1', '--status', 'open', '--progress', '60', '--well', 'Wrote the outline', '--blocker', 'No slot to rehearse', '--due', 'in 2 weeks'], { journal });
    expect(open).toMatchObject({ code: 0, stdout: 'c1\n', stderr: '' });
    const done = await runGrow(['checkin', 'a3', '--status', 'done', '--well', 'Paired every week', '--json'], { journal });
    expect(JSON.parse(done.stdout)).toEqual({ id: 'c2', on: '2026-11-25', item: 'a3', status: 'done', progress: 100, well: 'Paired every week' });

    const me = readJournal(journal).people[0]!;
    expect(me.checkins[0]).toEqual({
      id: 'c1',
      on: '2026-11-25',
      item: 'a1',
      status: 'open',
      progress: 60,
      well: 'Wrote the outline',
      blocker: 'No slot to rehearse',
      moved: { from: '2026-11-20', to: '2026-12-09' },
    });
    expect(me.actions.map((a) => [a.id, a.status, a.due])).toEqual([
      ['a1', 'open', '2026-12-09'],
      ['a2', 'open', '2026-12-04'],
      ['a3', 'done', '2026-12-20'],
    ]);
  });

  it('rejects bad values with exit 2 and the reason, and leaves the journal as it was', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const before = readFileSync(journal, 'utf8');
    // What a check-in does with each value is tested in-process (test/commands/checkin.test.ts).
    const cases: [string[], RegExp][] = [
      [['checkin', 'a1', '--status', 'finished'], /^grow: --status must be open, done or dropped, not "finished"\.\nSee: grow checkin --help\n$/],
      [['checkin', 'a1', '--status', 'open', '--progress', '150'], /^grow: --progress must be a whole number from 0 to 100, not "150"\. For example: --progress 60\n$/],
      [['checkin', 'a9', '--status', 'open'], /^grow: There is no action item a9 in your plan\.\nSee them with grow action list --all; for example: grow checkin a1 --status open --progress 60\n$/],
      [['checkin'], /grow checkin asks questions, so it needs a terminal\.\nIn a script, check in on one item at a time/],
      [['pulse', '--by', 'year'], /^grow: --by must be week or month, not "year"\.\nSee: grow pulse --help\n$/],
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(journal, 'utf8')).toBe(before);
  });

});
