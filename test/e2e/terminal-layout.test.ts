// Long rows in a real terminal: grow folds them at spaces to its width, so the terminal
// never breaks a word at its edge; a script reading the same command gets one line per row.
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';
import { startGrow } from './support/pty';

const MISSION = 'I wake up to grow as an engineer and a person: by teaching and mentoring juniors, by writing, and by speaking at meetups.';

async function longPlan(): Promise<string> {
  const journal = tempJournal();
  await runGrow(['mission', 'set', MISSION], { journal });
  await runGrow(['goal', 'add', 'A mentor people seek out'], { journal });
  await runGrow(['action', 'add', 'Pair with a new hire on their first three code reviews, then ask them what helped', '--goal', 'g1', '--due', '2027-02-01'], { journal });
  await runGrow(['action', 'add', 'Write down\nwhat I learnt', '--goal', 'g1', '--due', '2027-03-01'], { journal });
  return journal;
}

/** What the program printed, line by line, before the terminal wrapped anything. */
async function screenLines(args: string[], journal: string, cols: number): Promise<string[]> {
  const grow = startGrow(args, { journal, cols });
  expect(await grow.exited).toBe(0);
  return grow.text().split('\n');
}

describe('long rows at a terminal', () => {
  it('grow action list folds at the terminal width, keeps words whole, and shows a typed line break as a space', async () => {
    const journal = await longPlan();
    const lines = await screenLines(['action', 'list', '--no-color'], journal, 80);
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(lines).toContain('    a1   Mon 1 Feb 2027   Pair with a new hire on their first three code');
    expect(lines).toContain('                          reviews, then ask them what helped  · me · every week');
    expect(lines).toContain('    a2   Mon 1 Mar 2027   Write down what I learnt  · me · every week');

    const piped = await runGrow(['action', 'list'], { journal });
    expect(piped.stdout).toContain('    a1   Mon 1 Feb 2027   Pair with a new hire on their first three code reviews, then ask them what helped  · me · every week\n');
  });

  it('the dashboard folds the mission statement at spaces', async () => {
    const journal = await longPlan();
    const lines = await screenLines(['--no-color'], journal, 100);
    expect(lines).toContain('  I wake up to grow as an engineer and a person: by teaching and mentoring');
    expect(lines).toContain('  juniors, by writing, and by speaking at meetups.');
  });
});
