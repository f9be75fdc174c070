// Help, as a new user meets it: every command says what it is for and shows real examples,
// and grow help TOPIC explains what no single command does.
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program';
import type { CommandUnknownOpts as Command } from '@commander-js/extra-typings';
import { help as m } from '../../src/messages/help';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

/** Every command a user can type, as its words after grow ("" for grow itself). */
function commandPaths(command: Command = createProgram(), path: string[] = []): string[][] {
  const visible = command.createHelp().visibleCommands(command);
  return [path, ...visible.flatMap((sub) => commandPaths(sub, [...path, sub.name()]))];
}

describe('grow COMMAND --help', () => {
  it.each(commandPaths().map((path) => [path.join(' ') || 'grow', path]))('%s: a purpose and at least two examples that run grow', async (_name, path) => {
    const result = await runGrow([...(path as string[]), '--help'], { journal: tempJournal() });
    expect(result.code).toBe(0);
    const [usage, blank, purpose] = result.stdout.split('\n');
    expect(usage).toMatch(new RegExp(`^Usage: grow${(path as string[]).map((word) => ` ${word}`).join('')}( |$)`));
    expect(blank).toBe('');
    expect(purpose!.length).toBeGreaterThan(10);
    const examples = result.stdout.split('\nExamples:\n')[1]?.split('\n\n')[0]?.split('\n') ?? [];
    expect(examples.filter((line) => /^ {2}\S/.test(line) && /\bgrow\b/.test(line)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('grow help', () => {
  it('shows the help of a command at any depth, and lists the topics', async () => {
    const journal = tempJournal();
    expect((await runGrow(['help', 'action', 'add'], { journal })).stdout).toContain('Usage: grow action add [options] <text...>');
    expect((await runGrow(['help', 'Action', 'ADD'], { journal })).stdout).toContain('Usage: grow action add [options] <text...>');
    const top = await runGrow(['help'], { journal });
    expect(top.stdout).toContain('Usage: grow [options] [command]');
    expect(top.stdout).toContain('grow help coaching   the ideas grow is built on');
  });

  it('says what is wrong with a word that is neither, and exits 2', async () => {
    for (const words of [['datez'], ['dates', 'soon'], ['action', 'ad']]) {
      const result = await runGrow(['help', ...words], { journal: tempJournal() });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toBe(`grow: ${m.unknown(words.join(' '))}\n${m.unknownHint}\n`);
    }
  });

  it('dates: every phrase it lists, with the day it means today', async () => {
    const result = await runGrow(['help', 'dates'], { journal: tempJournal(), today: '2026-12-01' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Today is Tuesday 1 December 2026');
    for (const phrase of [...m.dates.aheadWords, ...m.dates.backWords]) expect(result.stdout).toMatch(new RegExp(`^ {2}${phrase} +\\w+day \\d+ \\w+ \\d{4}$`, 'm'));
    expect(result.stdout).toMatch(/^ {2}next friday +Friday 11 December 2026$/m);
    expect(result.stdout).toMatch(/^ {2}end of march +Wednesday 31 March 2027$/m);
    expect(result.stdout).toMatch(/^ {2}2 weeks ago +Tuesday 17 November 2026$/m);
  });

  it('ids, journal and coaching explain themselves, folded to fit a terminal', async () => {
    const journal = tempJournal();
    const ids = await runGrow(['help', 'ids'], { journal });
    expect(ids.stdout).toMatch(/^ {2}a3 {4}an action item {4}grow action done a3/m);
    const file = await runGrow(['help', 'journal'], { journal });
    expect(file.stdout).toContain(`Your journal is one JSON file: ${journal}`);
    expect(file.stdout).toContain('journal.json.backups/');
    const coaching = await runGrow(['help', 'coaching'], { journal });
    for (const idea of ['Three parts', 'The manager opens up first', 'Strengths first', 'Autonomy, mastery, purpose', 'Coaching for Compassion', 'Drive']) expect(coaching.stdout).toContain(idea);
    for (const text of [ids.stdout, file.stdout, coaching.stdout]) for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
