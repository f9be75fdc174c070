import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

describe('the plan commands, run from a script', () => {
  it('build a plan with mission set, goal add and action add, and read it back as JSON', async () => {
    const journal = tempJournal();
    const run = async (args: string[]) => {
      const result = await runGrow(args, { journal });
      expect(result.stderr, args.join(' ')).toBe('');
      expect(result.code, args.join(' ')).toBe(0);
      return result.stdout.trim();
    };

    await run(['mission', 'set', 'I wake up to help people find their own way.']);
    await run(['mission', 'set', 'I wake up to build calm, curious teams.']);
    const speaker = await run(['goal', 'add', 'A calm public speaker', '--why', 'to share what I learn', '--stage', 'learning']);
    const mentor = await run(['goal', 'add', 'A mentor people seek out']);
    expect([speaker, mentor]).toEqual(['g1', 'g2']);
    expect(await run(['action', 'add', 'Give a 5-minute talk at the team meeting', '--goal', speaker, '--due', 'next friday'])).toBe('a1');
    await run(['action', 'add', 'Find a speaking course', '--goal', 'G1', '--due', '2027-03-01', '--owner', 'Morgan', '--every', '2w']);
    await run(['action', 'add', 'Pair with a new hire on their first review', '--goal', mentor, '--due', 'in 3 weeks']);
    await run(['goal', 'stage', 'g1', 'practising']);

    expect(JSON.parse(await run(['mission', '--json']))).toEqual({ text: 'I wake up to build calm, curious teams.', since: '2026-11-25' });
    expect(JSON.parse(await run(['mission', 'history', '--json'])).map((v: { text: string }) => v.text)).toEqual([
      'I wake up to build calm, curious teams.',
      'I wake up to help people find their own way.',
    ]);
    expect(JSON.parse(await run(['goal', 'list', '--json']))).toEqual([
      {
        id: 'g1',
        title: 'A calm public speaker',
        why: 'to share what I learn',
        stages: [
          { name: 'learning', on: '2026-11-25' },
          { name: 'practising', on: '2026-11-25' },
        ],
        created: '2026-11-25',
        stage: 'practising',
        progress: 0,
        openItems: 2,
      },
      { id: 'g2', title: 'A mentor people seek out', stages: [], created: '2026-11-25', progress: 0, openItems: 1 },
    ]);
    const base = { status: 'open', created: '2026-11-25', moves: 0 };
    expect(JSON.parse(await run(['action', 'list', '--json']))).toEqual([
      { ...base, id: 'a1', goal: 'g1', text: 'Give a 5-minute talk at the team meeting', owner: 'me', due: '2026-12-04', every: '1w' },
      { ...base, id: 'a2', goal: 'g1', text: 'Find a speaking course', owner: 'Morgan', due: '2027-03-01', every: '2w' },
      { ...base, id: 'a3', goal: 'g2', text: 'Pair with a new hire on their first review', owner: 'me', due: '2026-12-16', every: '1w' },
    ]);

    await run(['action', 'done', 'a1']);
    await run(['action', 'drop', 'a2', '--reason', 'the course was cancelled']);
    expect(JSON.parse(await run(['action', 'list', '--json'])).map((a: { id: string }) => a.id)).toEqual(['a3']);
    const all = JSON.parse(await run(['action', 'list', '--all', '--json']));
    expect(all.slice(0, 2)).toMatchObject([
      { id: 'a1', status: 'done', closed: '2026-11-25' },
      { id: 'a2', status: 'dropped', closed: '2026-11-25', reason: 'the course was cancelled' },
    ]);
  });

  it('list the plan as text, grouped by goal and soonest first', async () => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker', '--stage', 'learning'], { journal });
    await runGrow(['action', 'add', 'Find a speaking course', '--goal', 'g1', '--due', '2027-01-15', '--owner', 'Morgan'], { journal });
    await runGrow(['action', 'add', 'Give a lightning talk', '--goal', 'g1', '--due', 'next friday'], { journal });
    await runGrow(['action', 'done', 'a2'], { journal });

    expect((await runGrow(['action', 'list'], { journal })).stdout).toBe(
      'Open action items\n\ng1  A calm public speaker\n    a1   Fri 15 Jan 2027  Find a speaking course  · Morgan · every week\n',
    );
    expect((await runGrow(['action', 'list', '--all'], { journal })).stdout).toContain(
      '    a2   Fri 4 Dec        Give a lightning talk  · me · every week · done Wed 25 Nov\n',
    );
    expect((await runGrow(['goal', 'list'], { journal })).stdout).toBe('Who you want to become\n\ng1  A calm public speaker  · learning · 50% · 1 open item\n    stage: learning from Wed 25 Nov\n');
    // The stages a goal went through show, each from the day it began.
    await runGrow(['goal', 'stage', 'g1', 'practising'], { journal, today: '2027-01-04' });
    expect((await runGrow(['goal', 'list'], { journal, today: '2027-01-05' })).stdout).toContain('    stages: learning from Wed 25 Nov 2026 → practising from Mon 4 Jan\n');
    expect((await runGrow(['mission'], { journal })).stdout).toContain('grow mission set');
  });

  it('work on another person’s plan with --person, and point there from the wrong plan', async () => {
    const journal = tempJournal();
    // No `grow people add` yet in this test's scope: the person is made by the same store.
    const { runTransaction } = await import('../../src/store/transaction');
    const { emptyPerson } = await import('../../src/domain/journal');
    await runTransaction(journal, (j) => void j.people.push(emptyPerson('Sam')));

    expect((await runGrow(['goal', 'add', 'A confident reviewer', '--person', 'Sam'], { journal })).stdout).toBe('g1\n');
    expect((await runGrow(['action', 'add', 'Review one PR a day', '--goal', 'g1', '--due', 'friday', '--person', 'Sam'], { journal })).stdout).toBe('a1\n');
    const sams = JSON.parse((await runGrow(['action', 'list', '--json', '--person', 'sam'], { journal })).stdout);
    expect(sams).toMatchObject([{ id: 'a1', owner: 'Sam' }]);

    const wrongPlan = await runGrow(['action', 'done', 'a1'], { journal });
    expect(wrongPlan).toMatchObject({ code: 2, stderr: 'grow: There is no action item a1 in your plan.\na1 is in Sam\'s plan. Add --person "Sam" to work on it.\n' });
  });

  it('refuse bad input with exit 2, a message naming the flag and an example, and leave the journal as it was', async () => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker'], { journal });
    await runGrow(['action', 'add', 'Give a lightning talk', '--goal', 'g1', '--due', 'next friday'], { journal });
    const before = readFileSync(journal, 'utf8');
    const cases: [string[], string][] = [
      [['action', 'add', 'x', '--due', 'friday'], 'grow: Name the goal this item serves with --goal, for example: --goal g1'],
      [['action', 'add', 'x', '--goal', 'g1'], 'grow: Say by when with --due, for example: --due "next friday"'],
      [['action', 'add', 'x', '--goal', 'g7', '--due', 'friday'], 'grow: --goal g7: there is no such goal in your plan.\nSee them with grow goal list; for example: --goal g1'],
      [['action', 'add', 'x', '--goal', 'seven', '--due', 'friday'], 'grow: --goal: "seven" is not a goal id (like g1).'],
      [['action', 'add', 'x', '--goal', 'g1', '--due', 'yesterday'], 'grow: --due: Tuesday 24 November 2026 has passed. Pick a day from today on, for example: --due "in 2 weeks"'],
      [['action', 'add', 'x', '--goal', 'g1', '--due', 'someday'], 'grow: --due: could not read "someday" as a date. For example: --due "next friday"'],
      [['action', 'add', 'x', '--goal', 'g1', '--due', 'friday', '--every', 'daily'], 'grow: --every must be 1w, 2w or 4w (how often to check in), not "daily". For example: --every 2w'],
      [['action', 'done', 'a9'], 'grow: There is no action item a9 in your plan.\nSee them with grow action list --all; for example: grow action done a1'],
      [['action', 'drop', 'g1'], 'grow: "g1" is not an action item id (like a3).'],
      [['goal', 'stage', 'g4', 'fluent'], 'grow: There is no goal g4 in your plan.'],
      [['goal', 'stage', 'g1', ' '], 'grow: STAGE: a stage is a few words, for example: learning, practising, fluent or "teaching others".'],
      [['goal', 'add', '--stage', 'learning', ' '], 'grow: Write who you want to become after the command'],
      [['mission', 'set', ''], 'grow: Write the statement after the command'],
      [['goal', 'ad', 'x'], "grow: unknown command 'ad'\n(Did you mean add?)"],
      [['mission', 'set'], 'grow: TEXT is missing: the statement.\nSee: grow mission set --help\n'],
      [['goal', 'stage', 'g4'], 'grow: STAGE is missing: learning, practising, fluent, teaching others, or your own words.\nSee: grow goal stage --help\n'],
      [['--person', 'me', 'action', 'done'], 'grow: ID is missing: the item, for example a3.\nSee: grow action done --help\n'],
      [['action', 'drop', 'a1', '--reason'], 'grow: --reason needs a value after it: why, for your future self.\nSee: grow action drop --help\n'],
      [['action', 'add', 'x', '--every'], 'grow: --every needs a value after it: how often to check in: 1w, 2w or 4w (default 1w).\nSee: grow action add --help\n'],
      [['action', 'add', 'x', '--evry', '2w'], 'grow: --evry is not an option of grow action add.\n(Did you mean --every?)\n'],
      [['doctor', 'now'], 'grow: Too many words: grow doctor takes none after it.\nSee: grow doctor --help\n'],
      [['action', 'done', 'a1', 'a2'], 'grow: Too many words: grow action done takes only ID after it.\nSee: grow action done --help\n'],
      [['goal', 'nope'], "grow: unknown command 'nope'\nSee: grow goal --help\n"],
      [['pulse', '--by', "it's"], 'grow: --by must be week or month, not "it\'s".\nSee: grow pulse --help\n'],
      [['goal', 'list', '--person', 'Sam'], 'grow: There is no one called "Sam" in this journal.'],
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(readFileSync(journal, 'utf8')).toBe(before);
  });

  it('refuse to close an item the other way from how it is closed, saying how it was closed and how to change that', async () => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker'], { journal });
    await runGrow(['action', 'add', 'Give a lightning talk', '--goal', 'g1', '--due', 'next friday'], { journal });
    await runGrow(['action', 'add', 'Find a speaking course', '--goal', 'g1', '--due', 'next friday'], { journal });
    await runGrow(['action', 'drop', 'a1'], { journal });
    await runGrow(['action', 'done', 'a2'], { journal, today: '2026-11-26' });
    const before = readFileSync(journal, 'utf8');
    const hint = (id: string) => `See it with grow action list --all. To change that, reopen it first: grow checkin ${id} --status open\n`;
    const cases: [string[], string][] = [
      [['action', 'done', 'a1'], 'a1 is already dropped (since Wednesday 25 November 2026)'],
      [['action', 'drop', 'a2', '--reason', 'too late'], 'a2 is already done (since Thursday 26 November 2026)'],
      [['checkin', 'a2', '--status', 'done', '--well', 'again'], 'a2 is already done (since Thursday 26 November 2026)'],
      [['checkin', 'a1', '--status', 'done'], 'a1 is already dropped (since Wednesday 25 November 2026)'],
    ];
    for (const [args, state] of cases) {
      const result = await runGrow(args, { journal });
      expect(result, args.join(' ')).toMatchObject({ code: 2, stdout: '', stderr: `grow: ${state}; nothing changed.\n${hint(args.find((a) => /^a\d/.test(a))!)}` });
    }
    // Closing it the same way again is what a script that runs twice does: nothing to change, and no error.
    expect(await runGrow(['action', 'drop', 'a1'], { journal })).toMatchObject({ code: 0, stdout: 'a1 is already dropped (since Wednesday 25 November 2026); nothing changed.\n', stderr: '' });
    expect(await runGrow(['action', 'done', 'a2'], { journal })).toMatchObject({ code: 0, stdout: 'a2 is already done (since Thursday 26 November 2026); nothing changed.\n' });
    expect(readFileSync(journal, 'utf8')).toBe(before);
    expect(await runGrow(['checkin', 'a1', '--status', 'open'], { journal })).toMatchObject({ code: 0 });
    expect(await runGrow(['action', 'done', 'a1'], { journal })).toMatchObject({ code: 0 });
  });

  it('read an empty journal without creating it', async () => {
    const journal = tempJournal();
    for (const args of [['mission'], ['mission', 'history'], ['goal', 'list'], ['action', 'list', '--all']]) {
      expect((await runGrow(args, { journal })).code).toBe(0);
    }
    expect(JSON.parse((await runGrow(['mission', '--json'], { journal })).stdout)).toBeNull();
    expect(existsSync(journal)).toBe(false);
  });
});
