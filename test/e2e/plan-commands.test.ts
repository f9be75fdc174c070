import { readFileSync } from 'node:fs';
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

  it('refuse what commander reads wrongly with exit 2, a message naming the word and where to look, and leave the journal as it was', async () => {
    const journal = tempJournal();
    await runGrow(['goal', 'add', 'A calm public speaker'], { journal });
    await runGrow(['action', 'add', 'Give a lightning talk', '--goal', 'g1', '--due', 'next friday'], { journal });
    const before = readFileSync(journal, 'utf8');
    const cases: [string[], string][] = [
      [['action', 'add', 'x', '--due', 'friday'], 'grow: Name the goal this item serves with --goal, for example: --goal g1'],
      [['action', 'done', 'a9'], 'grow: There is no action item a9 in your plan.\nSee them with grow action list --all; for example: grow action done a1'],
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
    ];
    for (const [args, message] of cases) {
      const result = await runGrow(args, { journal });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
    }
    expect(readFileSync(journal, 'utf8')).toBe(before);
  });

});
