// Every command and option that DESIGN.md (beside this repository, in ../shared) lists
// exists, and its --help shows it: the design and the tool cannot drift apart unnoticed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

const DESIGN = new URL('../../../shared/DESIGN.md', import.meta.url);

interface Listed {
  /** The command's words after grow, for example ["action", "add"]. */
  path: string[];
  options: string[];
}

/** The commands of the "Commands" table, and the global options of the paragraph before it. */
function listedInDesign(): { globalOptions: string[]; commands: Listed[] } {
  const section = readFileSync(DESIGN, 'utf8').split('\n## Commands\n')[1]!.split('\n## ')[0]!;
  const [intro, table] = section.split('\n| command |');
  const globalOptions = [...intro!.matchAll(/`(--[a-z-]+)/g)].map((m) => m[1]!);
  const commands: Listed[] = [];
  for (const row of table!.split('\n').filter((line) => line.startsWith('| `grow'))) {
    const cell = row.slice(1, row.indexOf(' | '));
    for (const [, usage] of cell.matchAll(/`(grow[^`]*)`/g)) {
      // The command is the lowercase words after grow; what follows (ID, [TEXT], bash\|zsh) is its arguments.
      const words = usage!.split(/\s+/).slice(1);
      const end = words.findIndex((word) => !/^[a-z]+$/.test(word));
      commands.push({ path: end === -1 ? words : words.slice(0, end), options: [...usage!.matchAll(/--[a-z-]+/g)].map((m) => m[0]) });
    }
  }
  return { globalOptions, commands };
}

const { globalOptions, commands } = listedInDesign();

describe('DESIGN.md and grow agree', () => {
  it('reads the lists it checks', () => {
    expect(globalOptions).toEqual(['--journal', '--person', '--json', '--no-color']);
    expect(commands.length).toBeGreaterThanOrEqual(25);
    expect(commands).toContainEqual({ path: ['action', 'add'], options: ['--goal', '--due', '--owner', '--every'] });
    expect(commands).toContainEqual({ path: ['completion'], options: [] });
  });

  it.each(commands.map((c) => [['grow', ...c.path].join(' '), c] as const))('%s exists, and its help shows its options', async (_name, listed) => {
    const result = await runGrow([...listed.path, '--help'], { journal: tempJournal() });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: grow${listed.path.map((w) => ` ${w}`).join('')}( |$)`, 'm'));
    for (const option of [...listed.options, ...globalOptions]) expect(result.stdout).toMatch(new RegExp(`^ +${option}\\b`, 'm'));
  });
});
