// The lines of the commands people run most, read without commander: `grow` (the dashboard),
// `grow notes` and `grow action list` (or `grow action`), with their options and grow's global
// ones, as commander reads them (cli/program.ts, notes.ts, plan.ts): in either `--flag value` or
// `--flag=value` form, a value being whatever word follows, the last one winning, and global
// options anywhere on the line. Anything else (an unknown flag, a missing value, a word too
// many, a command option before its command) is left to commander, which says what is wrong.
import type { ActionListOptions } from '../commands/action';
import type { NotesOptions } from '../commands/notes';
import type { GlobalOptions } from '../context';

export type ReadRequest =
  | { command: 'dashboard'; globals: GlobalOptions }
  | { command: 'notes'; globals: GlobalOptions; options: NotesOptions }
  | { command: 'action list'; globals: GlobalOptions; options: ActionListOptions };

type Flag = { takes: 'value' | 'values' | 'nothing'; set: (target: Record<string, unknown>, value: string) => void };

const value = (key: string): Flag => ({ takes: 'value', set: (target, given) => void (target[key] = given) });
const values = (key: string): Flag => ({ takes: 'values', set: (target, given) => void (target[key] = [...(target[key] as string[]), given]) });
const mark = (key: string, to = true): Flag => ({ takes: 'nothing', set: (target) => void (target[key] = to) });

const GLOBAL: Record<string, Flag> = {
  '--journal': value('journal'),
  '--person': value('person'),
  '--json': mark('json'),
  '--no-color': mark('color', false),
  '--accept-plaintext': mark('acceptPlaintext'),
};

/** Each command: its words on the line, its own flags, and the options commander starts it with. */
const COMMANDS = [
  { command: 'dashboard', words: [], flags: {}, start: () => ({}) },
  { command: 'action list', words: ['action'], flags: {}, start: () => ({}) },
  { command: 'action list', words: ['action', 'list'], flags: { '--all': mark('all'), '--due': mark('due'), '--mine': mark('mine'), '--before': value('before') }, start: () => ({}) },
  {
    command: 'notes',
    words: ['notes'],
    flags: { '--since': value('since'), '--until': value('until'), '--tag': values('tag'), '--search': value('search'), '--limit': value('limit'), '--ids': mark('ids') },
    start: () => ({ tag: [] }),
  },
] as const;

export function readRequest(args: readonly string[]): ReadRequest | undefined {
  const words: string[] = [];
  // As commander starts them: --person's default, and --no-color's colour.
  const globals: Record<string, unknown> = { person: 'me', color: true };
  let own: { command: (typeof COMMANDS)[number]; options: Record<string, unknown>; words: number } | undefined;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at]!;
    if (!arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals === -1 ? arg : arg.slice(0, equals);
    let flag = GLOBAL[name];
    let target = globals;
    if (!flag) {
      // A command's own flag counts only after all of its words, as commander reads them.
      const command = commandOf(words);
      flag = (command?.flags as Record<string, Flag> | undefined)?.[name];
      if (!command || !flag) return undefined;
      own ??= { command, options: command.start(), words: words.length };
      target = own.options;
    }
    if (flag.takes === 'nothing') {
      if (equals !== -1) return undefined;
      flag.set(target, '');
      continue;
    }
    const given = equals === -1 ? args[++at] : arg.slice(equals + 1);
    if (given === undefined) return undefined;
    flag.set(target, given);
  }
  const command = commandOf(words);
  if (!command || (own && own.words !== words.length)) return undefined;
  return { command: command.command, globals, options: own?.options ?? command.start() } as ReadRequest;
}

function commandOf(words: readonly string[]): (typeof COMMANDS)[number] | undefined {
  return COMMANDS.find((c) => c.words.length === words.length && c.words.every((word, at) => words[at] === word));
}
