// The exchange as two people run it, each at their own journal: the manager hands the report
// her plan, she runs a one-on-one with him at her own terminal, in her own plan, and hands it
// back; each grow import says what came in, and each side reads its own words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { ask, KEY, pick, startGrow } from './support/pty';

describe('one plan, two journals, two terminals', () => {
  it('goes to her own plan, holds a one-on-one at her terminal, and comes back as hers', async () => {
    const folder = tempDir();
    const alex = tempJournal();
    const priya = tempJournal();
    const grow = async (journal: string, args: string[], today = '2026-12-01') => {
      const result = await runGrow(args, { journal, today });
      expect(result.stderr === '' || result.code === 0, `${args.join(' ')}: ${result.stderr}`).toBe(true);
      return result;
    };
    // The manager's journal: Priya's plan, his promise in it, and a private note of his.
    await grow(alex, ['people', 'add', 'Priya']);
    await grow(alex, ['goal', 'add', '--person', 'Priya', 'A mentor people seek out']);
    await grow(alex, ['action', 'add', '--person', 'Priya', 'Ask two teammates how my reviews feel', '--goal', 'g1', '--due', '2026-12-22']);
    await grow(alex, ['action', 'add', '--person', 'Priya', 'Find a budget for the workshop', '--goal', 'g1', '--due', '2027-01-15', '--owner', 'Alex']);
    await grow(alex, ['note', '--person', 'Priya', '--private', 'She seemed tired']);

    const forPriya = join(folder, 'priya.json');
    const handed = await grow(alex, ['export', '--person', 'Priya', '--for', 'Priya', '--out', forPriya]);
    expect(handed.stderr).toMatch(/^Wrote Priya's plan for Priya to .*priya\.json \(.*\)\.\nPriya brings it in with: grow import priya\.json\n$/);
    expect(readFileSync(forPriya, 'utf8')).not.toContain('She seemed tired');
    expect((await grow(priya, ['import', forPriya])).stdout).toBe('Imported:\n  Your own plan: 1 goal, 2 action items\n');

    // A week later, at her terminal: her one-on-one with Alex, in her own plan. The plan
    // handed to her told grow her name; her manager's it asks once (his journal never said it).
    const session = startGrow(['session'], { journal: priya, today: '2026-12-08' });
    await pick(session, 'Who is this one-on-one with?', KEY.down);
    await ask(session, "Your manager's name?", 'Alex');
    await ask(session, 'Priya and Alex › Is this a good time to talk', 'y');
    await ask(session, 'Alex › One thing Priya is doing well:', 'Reviews that teach');
    await ask(session, 'Alex › A second thing:', 'Calm with new hires');
    await ask(session, 'Alex › A third', '');
    await ask(session, 'Alex › A plan, a goal or a failure of your own', 'I froze in my first talk.');
    await ask(session, 'Priya › And you, Priya', 'I want to be someone people come to.');
    await ask(session, 'Priya › What would you like to get better at?', 'Saying hard things kindly');
    await ask(session, 'Alex › Something you love doing', '');
    await ask(session, 'Priya › What do you love doing', 'Untangling a hard question');
    await ask(session, 'Priya › If the next few years', 'Mentoring a small group');
    await ask(session, 'Priya › What makes you want to get up', 'Seeing someone get it');
    await pick(session, 'Priya › What would you like to do with it?');
    await pick(session, 'Priya and Alex › Which goal is it for?');
    await ask(session, 'Towards "A mentor people seek out"', 'Pair with a new hire on a review');
    await ask(session, 'Who will do it? (Enter for Priya)', '');
    await ask(session, 'By when?', '2026-12-18');
    await pick(session, 'How often would you like to check in on it?');
    await pick(session, 'Is that right, and is that all?');
    await pick(session, 'Keep any of these private?');
    await session.waitFor('Saved as s1. Thank you both.');
    expect(await session.exited).toBe(0);
    expect(session.text()).toContain('One-on-one with Alex · Tuesday 8 December 2026 · s1');
    expect(session.text()).toContain('Alex (manager) and Priya');
    expect(session.text()).toContain('a3  Pair with a new hire on a review\n        Priya · Fri 18 Dec · for: A mentor people seek out');

    // Her dashboard speaks to her; her reminder names her manager on the day agreed.
    expect((await grow(priya, ['--no-color'], '2026-12-08')).stdout).toMatch(/^Your plan\n/);
    expect((await grow(priya, ['remind'], '2026-12-22')).stdout).toContain('one-on-one with Alex is due today');

    const forAlex = join(folder, 'for-alex.json');
    await grow(priya, ['export', '--for', 'Alex', '--out', forAlex], '2026-12-08');
    const back = await grow(alex, ['import', forAlex], '2026-12-08');
    expect(back.stdout).toBe("Imported from Priya's journal:\n  Priya: 1 mission statement, 1 action item, 1 one-on-one\n  3 records were already in the journal.\n");
    expect((await grow(alex, ['sessions'], '2026-12-08')).stdout).toContain('s1   Tue 8 Dec  Priya with Alex');
    expect((await grow(alex, ['action', 'list', '--mine'], '2026-12-08')).stdout).toContain("In Priya's plan\n    a2   Fri 15 Jan 2027  Find a budget for the workshop");
    expect(readFileSync(alex, 'utf8')).toContain('She seemed tired');
  });
});
