// docs/commands.md and grow agree: every command and option the page lists exists, and its
// --help shows it; every command and option grow's help shows is on the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

const REFERENCE = new URL('../../docs/commands.md', import.meta.url);

interface Listed {
  /** The command's words after grow, for example ["action", "add"]. */
  path: string[];
  options: string[];
}

/** The rows of the table that follows `heading`, one per `grow …` in its first cell. */
function tableAfter(page: string, heading: string): Listed[] {
  const section = page.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!;
  const listed: Listed[] = [];
  for (const row of section.split('\n').filter((line) => line.startsWith('| `grow'))) {
    const cell = row.slice(1, row.indexOf(' | '));
    for (const [, usage] of cell.matchAll(/`(grow[^`]*)`/g)) {
      // The command is the lowercase words after grow; what follows (ID, [TEXT], bash\|zsh) is its arguments.
      const words = usage!.split(/\s+/).slice(1);
      const end = words.findIndex((word) => !/^[a-z][a-z-]*$/.test(word));
      listed.push({ path: end === -1 ? words : words.slice(0, end), options: [...usage!.matchAll(/--[a-z-]+/g)].map((m) => m[0]) });
    }
  }
  return listed;
}

const page = readFileSync(REFERENCE, 'utf8');
const globalOptions = [...page.split('\n## ')[0]!.split('Global options')[1]!.split('\n\n')[0]!.matchAll(/`(--[a-z-]+)/g)].map((m) => m[1]!);
const built = tableAfter(page, 'Commands');
const named = (path: string[]) => ['grow', ...path].join(' ');

/** Each command's --help, run once however many tests read it. */
const helps = new Map<string, Promise<string>>();
function helpOf(path: string[]): Promise<string> {
  const key = named(path);
  if (!helps.has(key)) {
    helps.set(
      key,
      runGrow([...path, '--help'], { journal: tempJournal() }).then((result) => {
        expect(result.code, key).toBe(0);
        return result.stdout;
      }),
    );
  }
  return helps.get(key)!;
}

/** The lines of a help section ("Options:", "Commands:") that name something: two spaces in, then the name. */
function sectionNames(help: string, title: string, name: RegExp): string[] {
  const section = help.split(`\n${title}\n`)[1]?.split('\n\n')[0] ?? '';
  return section.split('\n').flatMap((line) => line.match(name)?.slice(1, 2) ?? []);
}

/** Every command grow's help shows, its commands' commands included. */
async function commandsInHelp(path: string[] = []): Promise<string[][]> {
  const help = await helpOf(path);
  const found: string[][] = [];
  for (const word of sectionNames(help, 'Commands:', /^ {2}([a-z][a-z-]*)/)) {
    const sub = [...path, word];
    found.push(sub);
    // `grow note [options] [command] [text...]` has commands besides words of its own.
    if (/^Usage: .* \[command\]( |$)/m.test(await helpOf(sub))) found.push(...(await commandsInHelp(sub)));
  }
  return found;
}

describe('docs/commands.md and grow agree', () => {
  it('reads the lists it checks', () => {
    expect(globalOptions).toEqual(['--journal', '--person', '--json', '--no-color', '--accept-plaintext']);
    expect(built.length).toBeGreaterThanOrEqual(25);
    expect(built).toContainEqual({ path: ['action', 'add'], options: ['--goal', '--due', '--owner', '--every'] });
    expect(built).toContainEqual({ path: ['completion'], options: [] });
  });

  it.each(built.map((c) => [named(c.path), c] as const))('%s exists, and its help shows its options', async (_name, listed) => {
    const help = await helpOf(listed.path);
    expect(help).toMatch(new RegExp(`^Usage: ${named(listed.path)}( |$)`, 'm'));
    for (const option of [...listed.options, ...globalOptions]) expect(help).toMatch(new RegExp(`^ +${option}\\b`, 'm'));
  });

  it('lists every command grow has, with every option', async () => {
    const documented = new Map<string, Set<string>>();
    for (const { path, options } of built) documented.set(named(path), new Set([...(documented.get(named(path)) ?? []), ...options]));
    const inHelp = [[], ...(await commandsInHelp())];
    expect(inHelp.length).toBeGreaterThanOrEqual(25);
    for (const path of inHelp) {
      expect(documented.has(named(path)), `${named(path)} is not in docs/commands.md`).toBe(true);
      const options = sectionNames(await helpOf(path), 'Options:', /^ {2}(?:-\w, )?(--[a-z-]+)/).filter((o) => !['--help', '--version', ...globalOptions].includes(o));
      for (const option of options) expect(documented.get(named(path)), `${named(path)} ${option} is not in docs/commands.md`).toContain(option);
    }
  });
});
