import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordCheckin } from '../../src/domain/checkins';
import type { Journal } from '../../src/domain/schema';
import { writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

const readJournal = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Journal;

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

  it('records a general check-in: what went well and the pulse, without an item', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const result = await runGrow(['checkin', '--well', 'A calm week', '--autonomy', '4', '--mastery', '3', '--purpose', '5'], { journal });
    expect(result).toMatchObject({ code: 0, stdout: 'c1\n' });
    expect(readJournal(journal).people[0]!.checkins).toEqual([{ id: 'c1', on: '2026-11-25', well: 'A calm week', pulse: { autonomy: 4, mastery: 3, purpose: 5 } }]);

    const pulse = await runGrow(['pulse', '--json'], { journal });
    expect(JSON.parse(pulse.stdout)).toEqual({
      by: 'week',
      since: '2026-11-23',
      periods: [{ start: '2026-11-23', count: 1, average: { autonomy: 4, mastery: 3, purpose: 5 } }],
      latest: { autonomy: 4, mastery: 3, purpose: 5, on: '2026-11-25' },
    });
    expect((await runGrow(['pulse'], { journal })).stdout).toContain('Autonomy: a sense of control over what you do and how\n  ▆  lately 4 (Wed 25 Nov)\n');
    expect(await runGrow(['pulse', '--by', 'year'], { journal })).toMatchObject({ code: 2, stderr: 'grow: --by must be week or month, not "year".\nSee: grow pulse --help\n' });
    expect(await runGrow(['pulse', '--since', 'someday'], { journal })).toMatchObject({ code: 2, stderr: expect.stringContaining('--since: could not read "someday" as a date') });
  });

  it('rejects bad values with exit 2 and the reason, and leaves the journal as it was', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const before = readFileSync(journal, 'utf8');
    const cases: [string[], RegExp][] = [
      [['checkin', 'a1', '--status', 'open', '--progress', '150'], /--progress must be a whole number from 0 to 100, not "150"\. For example: --progress 60/],
      [['checkin', 'a1', '--status', 'open', '--progress', '-5'], /--progress must be a whole number from 0 to 100, not "-5"/],
      [['checkin', 'a1', '--status', 'open', '--progress', 'half'], /--progress must be a whole number from 0 to 100, not "half"/],
      [['checkin', 'a1', '--status', 'finished'], /^grow: --status must be open, done or dropped, not "finished"\.\nSee: grow checkin --help\n$/],
      [['checkin', 'a1', '--progress', '10'], /--status is needed: open, done or dropped\. For example: grow checkin a1 --status open/],
      [['checkin', 'a9', '--status', 'open'], /There is no action item a9 in your plan\.\nSee them with grow action list --all; for example: grow checkin a1 --status open --progress 60/],
      [['checkin', 'g1', '--status', 'open'], /"g1" is not an action item id \(like a3\)/],
      [['checkin', 'a1', '--status', 'open', '--autonomy', '6', '--mastery', '3', '--purpose', '5'], /--autonomy must be a whole number from 1 to 5, not "6"/],
      [['checkin', 'a1', '--status', 'open', '--autonomy', '0', '--mastery', '3', '--purpose', '5'], /--autonomy must be a whole number from 1 to 5, not "0"/],
      [['checkin', 'a1', '--status', 'open', '--autonomy', '4'], /--autonomy, --mastery and --purpose go together; --mastery and --purpose are missing/],
      [['checkin', 'a1', '--status', 'open', '--due', 'someday'], /--due: could not read "someday" as a date/],
      [['checkin', 'a1', '--status', 'open', '--due', '2026-11-01'], /--due: Sunday 1 November 2026 has passed/],
      [['checkin', 'a1', '--status', 'open', '--reason', 'tired'], /--reason is why an item was dropped; it goes with --status dropped/],
      [['checkin', '--status', 'done'], /Name the item to check in on/],
      [['checkin'], /grow checkin asks questions, so it needs a terminal\.\nIn a script, check in on one item at a time/],
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    expect(readFileSync(journal, 'utf8')).toBe(before);
  });

  it('will not simply move a date that has moved three times: it asks to renegotiate, split or drop', async () => {
    const journal = tempJournal();
    await writePlan(journal, (plan) => {
      ['2026-11-27', '2026-12-04', '2026-12-11'].forEach((due, i) => recordCheckin(plan, 'me', { item: 'a1', status: 'open', due }, `2026-11-2${i}`));
    });
    const refused = await runGrow(['checkin', 'a1', '--status', 'open', '--due', '2026-12-18'], { journal });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'grow: The due date of a1 has moved 3 times already, so grow will not simply move it again.\n' +
        'Renegotiate it (grow checkin a1 --status open --renegotiate "what you will do now" --due "in 2 weeks"), drop it with a reason (--status dropped --reason "..."), or run grow checkin a1 in a terminal to split it into smaller items.\n',
    );
    const renegotiated = await runGrow(['checkin', 'a1', '--status', 'open', '--renegotiate', 'Outline the first half', '--due', '2026-12-18', '--json'], { journal });
    expect(JSON.parse(renegotiated.stdout)).toMatchObject({ renegotiated: { text: 'Outline the talk' }, moved: { from: '2026-12-11', to: '2026-12-18' } });
    const dropped = await runGrow(['checkin', 'a2', '--status', 'dropped', '--reason', 'Sam moved teams'], { journal });
    expect(dropped.code).toBe(0);
    expect(readJournal(journal).people[0]!.actions.map((a) => [a.id, a.text, a.status, a.reason])).toEqual([
      ['a1', 'Outline the first half', 'open', undefined],
      ['a2', 'Rehearse with Sam', 'dropped', 'Sam moved teams'],
      ['a3', 'Pair with a new hire', 'open', undefined],
    ]);
  });
});

describe('grow action list and check-ins', () => {
  it('lists the items due for a check-in with the reasons, and shows how often a due date moved', async () => {
    const journal = tempJournal();
    await writePlan(journal, (plan) => {
      ['2026-11-27', '2026-12-04'].forEach((due, i) => recordCheckin(plan, 'me', { item: 'a1', status: 'open', due }, `2026-11-2${i}`));
    });
    const due = await runGrow(['action', 'list', '--due'], { journal, today: '2026-12-01' });
    expect(due.stdout).toBe(
      [
        'Due for a check-in',
        '',
        'g1  A calm public speaker',
        '    a1   Fri 4 Dec        Outline the talk  · me · every week · due in 3 days, last check-in 10 days ago · moved twice',
        '    a2   Fri 4 Dec        Rehearse with Sam  · me · every 4 weeks · due in 3 days, no check-in since it was added 4 weeks ago',
        '',
        'g2  A mentor others seek out',
        '    a3   Sun 20 Dec       Pair with a new hire  · me · every 2 weeks · no check-in since it was added 4 weeks ago',
        '',
      ].join('\n'),
    );
    const json = JSON.parse((await runGrow(['action', 'list', '--due', '--json'], { journal, today: '2026-12-01' })).stdout);
    expect(json[0]).toMatchObject({ id: 'a1', moves: 2, reasons: [{ kind: 'due-soon', days: 3 }, { kind: 'cadence', days: 10, since: 'checkin' }] });
    expect((await runGrow(['action', 'list'], { journal, today: '2026-12-01' })).stdout).toContain('Outline the talk  · me · every week · moved twice\n');
    const fresh = tempJournal();
    await writePlan(fresh);
    expect((await runGrow(['action', 'list', '--due'], { journal: fresh, today: '2026-11-05' })).stdout).toBe('Nothing is due for a check-in right now.\n');
    expect(await runGrow(['action', 'list', '--due', '--all'], { journal })).toMatchObject({ code: 2, stderr: 'grow: Choose --all or --due, not both. For example: grow action list --due\n' });
  });
});
