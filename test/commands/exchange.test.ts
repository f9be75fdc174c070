// One plan, two journals: a manager (Alex) and a report (Priya), each at their own journal,
// hand Priya's plan back and forth with grow export --for and grow import, through the same
// commands a person runs. After three exchanges each way, in both orders, both journals hold
// the same plan for Priya, nothing twice, and what each keeps private stays where it is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editActionCommand, removeActionCommand } from '../../src/commands/action-edit';
import { checkin } from '../../src/commands/checkin';
import { exportPlan } from '../../src/commands/export';
import { importFile } from '../../src/commands/import';
import { note } from '../../src/commands/note';
import { addPersonCommand } from '../../src/commands/people';
import { session } from '../../src/commands/session';
import type { Step } from '../support/scripted-prompter';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';
import { tempDir, tempJournal } from '../support/temp';
import { planAsData, uidsOf } from '../support/plan-data';

const oneOnOne: Step[] = [
  ['Priya and Alex › Is this a good time to talk', true],
  ['Alex › One thing Priya is doing well:', 'Reviews that teach'],
  ['Alex › A second thing:', 'Calm with new hires'],
  ['Alex › A third', ''],
  ['Alex › A plan, a goal or a failure of your own', 'I froze in my first talk.'],
  ['Priya › And you, Priya', 'I want to be someone people come to.'],
  ['Priya › What would you like to get better at?', 'Saying hard things kindly'],
  ['Alex › Something you love doing', 'PRIVATE-ALEX: climbing with my daughter'],
  ['Priya › What do you love doing', 'Untangling a hard question with someone'],
  ['Priya › If the next few years', 'Mentoring a small group'],
  ['Priya › What makes you want to get up', 'Seeing someone get it'],
  ['Priya › What would you like to do with it?', 'keep'],
  ['Priya › Who do you want to become?', 'A mentor people seek out'],
  ['Priya › Where are you on that path today?', 'learning'],
  ['Priya and Alex › Towards "A mentor people seek out"', 'Ask two teammates how my reviews feel'],
  ['Who will do it?', ''],
  ['By when?', '2026-12-22'],
  ['How often', '1w'],
  ['Is that right, and is that all?', 'add'],
  ['Which goal is it for?', 'A mentor people seek out'],
  ['Towards "A mentor people seek out"', 'Find a budget for the workshop'],
  ['Who will do it?', 'Alex'],
  ['By when?', '2027-01-15'],
  ['How often', '2w'],
  ['Is that right, and is that all?', 'add'],
  ['Which goal is it for?', 'A mentor people seek out'],
  ['Towards "A mentor people seek out"', 'Read a book on mentoring'],
  ['Who will do it?', ''],
  ['By when?', '2027-01-31'],
  ['How often', '4w'],
  ['Is that right, and is that all?', 'right'],
  // The manager's answer about what he loves is his, and private.
  ['Keep any of these private?', 'Alex: PRIVATE-ALEX: climbing with my daughter'],
  ['Keep any of these private?', 'done'],
];

describe('one plan, two journals', () => {
  const folder = tempDir();
  const alex = tempJournal();
  const priya = tempJournal();
  const at = (journal: string, today: string, options: TestContextOptions = {}) => testContext({ journal, today, ...options });
  let files = 0;

  const fileOf = (n: number) => join(folder, `exchange-${n}.json`);
  /** Alex hands Priya her plan, or she hands it back; the receiving journal imports it. What it said. */
  async function exchange(direction: 'to Priya' | 'to Alex', today: string): Promise<string> {
    const file = fileOf(++files);
    const from = direction === 'to Priya' ? at(alex, today, { person: 'Priya' }) : at(priya, today);
    expect(await exitCodeOf(exportPlan(from, { for: direction === 'to Priya' ? 'Priya' : 'Alex', out: file }))).toBe(0);
    return imported(direction === 'to Priya' ? priya : alex, file, today);
  }
  async function imported(journal: string, file: string, today: string): Promise<string> {
    const into = at(journal, today);
    expect(await exitCodeOf(importFile(into, file, {}))).toBe(0);
    return into.out.text;
  }
  // As stored, with what merging keeps on records: their identity and the values that lost a conflict.
  const stored = (journal: string) => at(journal, '2027-01-31').store.read();
  const plan = async (journal: string, name: string) => (await stored(journal)).people.find((p) => p.name === name)!;

  it('merges record by record, both ways, and both journals end with the same plan', async () => {
    // At the manager's: Priya added, a one-on-one, and a private note of his about her.
    await addPersonCommand(at(alex, '2026-12-01'), ['Priya']);
    expect(await exitCodeOf(session(at(alex, '2026-12-01', { person: 'Priya', answers: oneOnOne }), { manager: 'Alex' }, true))).toBe(0);
    await note(at(alex, '2026-12-01', { person: 'Priya' }), ['PRIVATE-ALEX: she seemed tired'], { tag: [], private: true });
    // Priya's own journal already holds a private note of hers.
    await note(at(priya, '2026-11-30'), ['PRIVATE-PRIYA: nervous about the one-on-one'], { tag: [], private: true });

    const handed = await exchange('to Priya', '2026-12-01');
    expect(handed).toBe("Imported from Alex's journal:\n  Your own plan: 1 mission statement, 1 goal, 3 action items, 1 one-on-one\n");
    const journal = await at(priya, '2026-12-01').journal();
    expect(journal).toMatchObject({ owner: 'Priya', manager: 'Alex' });
    expect(journal.people.map((p) => p.name)).toEqual(['me']);
    expect(journal.people[0]!.actions.map((a) => [a.id, a.owner])).toEqual([['a1', 'me'], ['a2', 'Alex'], ['a3', 'me']]);

    // Three weeks at her own terminal: check-ins, a note, her item's words changed, and the
    // date of his item moved (she heard the budget comes later).
    const weekly = (day: string, progress: string) => checkin(at(priya, day), 'a1', { status: 'open', progress, well: `Week of ${day}` });
    await weekly('2026-12-08', '20');
    await note(at(priya, '2026-12-10'), ['Sam said my reviews are kind but slow'], { tag: [] });
    await editActionCommand(at(priya, '2026-12-10'), 'a1', { text: 'Ask two teammates about my reviews' });
    await editActionCommand(at(priya, '2026-12-14'), 'a2', { due: '2027-01-29' });
    await weekly('2026-12-15', '50');
    await weekly('2026-12-22', '80');
    // Meanwhile the manager checks in on his own item and moves it (before she does), changes
    // her item's words (after she did), and removes the book.
    const his = (today: string) => at(alex, today, { person: 'Priya' });
    await checkin(his('2026-12-11'), 'a2', { status: 'open', progress: '30' });
    await editActionCommand(his('2026-12-11'), 'a2', { due: '2027-01-22' });
    await editActionCommand(his('2026-12-12'), 'a1', { text: 'Ask two teammates how my reviews land' });
    await removeActionCommand(his('2026-12-12'), 'a3', { yes: true });

    // Exchanged back and forth three times, in both orders. Each side names both conflicts,
    // settled alike: the later change won each time.
    const settled = [
      '  Changed on both sides, so the later change was kept and the other is in the record\'s history (2 fields):',
      '    a1 text: kept "Ask two teammates how my reviews land", not "Ask two teammates about my reviews"',
      '    a2 due: kept Fri 29 Jan 2027, not Fri 22 Jan 2027',
    ].join('\n');
    const back = await exchange('to Alex', '2026-12-22');
    expect(back).toBe(["Imported from Priya's journal:", '  Priya: 3 check-ins, 1 note, 2 records updated', settled, '  Ids already taken, so renumbered: c1 → c4', '  3 records were already in the journal.', ''].join('\n'));
    const home = await exchange('to Priya', '2026-12-22');
    expect(home).toBe(
      [
        "Imported from Alex's journal:",
        '  Your own plan: 1 check-in, 3 records updated, 1 record removed',
        '  Removed in the other journal, so removed here too: a3 "Read a book on mentoring"',
        settled,
        '  Ids already taken, so renumbered: c1 → c4',
        '  6 records were already in the journal.',
        '',
      ].join('\n'),
    );
    // An older file, brought in again, brings back nothing removed and names no conflict again.
    expect(await imported(alex, fileOf(2), '2026-12-23')).toBe('Nothing new: everything in the file is already in the journal.\n');
    expect(await imported(priya, fileOf(1), '2026-12-23')).toBe('Nothing new: everything in the file is already in the journal.\n');

    await checkin(at(alex, '2027-01-05', { person: 'Priya' }), 'a2', { status: 'done' });
    await checkin(at(priya, '2027-01-05'), 'a1', { status: 'done', well: 'Both answered' });
    expect(await exchange('to Priya', '2027-01-06')).toContain('Your own plan: 1 check-in, 1 record updated');
    expect(await exchange('to Alex', '2027-01-06')).toContain('Priya: 1 check-in, 1 record updated');
    expect(await exchange('to Alex', '2027-01-07')).toBe('Nothing new: everything in the file is already in the journal.\n');
    expect(await exchange('to Priya', '2027-01-07')).toBe('Nothing new: everything in the file is already in the journal.\n');
    // Words she changes again, after his came, are hers to change: no conflict, on either side.
    await editActionCommand(at(priya, '2027-01-08'), 'a1', { text: 'Ask two teammates how my reviews land, and why' });
    expect(await exchange('to Alex', '2027-01-08')).toBe("Imported from Priya's journal:\n  Priya: 1 record updated\n  11 records were already in the journal.\n");
    expect(await exchange('to Priya', '2027-01-08')).toBe('Nothing new: everything in the file is already in the journal.\n');

    const atAlex = await plan(alex, 'Priya');
    const atPriya = await plan(priya, 'me');
    expect(planAsData(await stored(priya), 'me', 'Priya')).toEqual(planAsData(await stored(alex), 'Priya', 'Priya'));
    // Nothing twice: every record once, every check-in once (4 of hers, 2 of his).
    for (const person of [atAlex, atPriya]) {
      expect(new Set(uidsOf(person)).size).toBe(uidsOf(person).length);
      expect(person.checkins).toHaveLength(6);
      expect(person.actions.map((a) => [a.text, a.status])).toEqual([
        ['Ask two teammates how my reviews land, and why', 'done'],
        ['Find a budget for the workshop', 'done'],
      ]);
      // The conflicts are settled the same way on both sides, the other values kept in the items' history.
      expect(person.actions[0]!.history).toEqual([{ field: 'text', value: 'Ask two teammates about my reviews', at: expect.any(String) }]);
      expect(person.actions[1]!.history).toEqual([{ field: 'due', value: '2027-01-22', at: expect.any(String) }]);
    }
    // What each keeps private stayed home: his note and his private answer, her note.
    expect(readFileSync(priya, 'utf8')).not.toContain('PRIVATE-ALEX');
    expect(readFileSync(alex, 'utf8')).not.toContain('PRIVATE-PRIYA');
    expect(atAlex.notes.map((n) => n.text)).toEqual(['PRIVATE-ALEX: she seemed tired', 'Sam said my reviews are kind but slow']);
    expect(atPriya.notes.map((n) => n.text)).toEqual(['PRIVATE-PRIYA: nervous about the one-on-one', 'Sam said my reviews are kind but slow']);
    expect(atAlex.sessions[0]!.notes.filter((n) => n.private).map((n) => n.text)).toEqual(['PRIVATE-ALEX: climbing with my daughter']);
  });
});
