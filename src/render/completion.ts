// grow completion bash|zsh: the command tree (commands, options, what each value is) written
// as shell functions, and a word scanner that bash and zsh share. The ids of goals, items,
// one-on-ones and people are read from the journal at each Tab by `grow __ids KIND`.
// Fish has its own syntax: completion-fish.ts.

import type { IdList } from '../domain/vocabulary';
import { oneLine, shellQuote } from './text';

/** Where the values of an option or argument come from. */
export type ValueSource = { words: readonly string[] } | { ids: IdList } | 'files' | 'text';

export interface CompletionSpec {
  /** Options that work after every command. */
  globalOptions: OptionSpec[];
  /** Every command, its path from grow ('' for grow itself, 'action add'). */
  commands: CommandSpec[];
}

export interface CommandSpec {
  path: string;
  subcommands: { name: string; description: string }[];
  options: OptionSpec[];
  /** Positional arguments, in order. */
  arguments: ValueSource[];
  /** The last argument takes any number of words (grow note rm n3 n4): each takes what it takes. */
  variadic: boolean;
}

export interface OptionSpec {
  flag: string;
  description: string;
  /** Absent for a flag that takes no value. */
  value?: ValueSource;
}

/**
 * The data of the tree as functions, in the shell's syntax:
 *   commands PATH         "name<TAB>description" lines
 *   options PATH          "--flag<TAB>description" lines, the global ones included
 *   value PATH|--flag     what the flag takes (see describeSource); nothing for a plain flag
 *   value PATH|#N         what the Nth argument takes
 */
export interface ShellSyntax {
  quote(text: string): string;
  /** A case pattern: any text, then `literal` ("" for anything at all). */
  anythingThen(literal: string): string;
  /** A case pattern: `literal`, then any text. */
  thenAnything(literal: string): string;
  /** A function `name` whose one argument is matched against the cases, in order. */
  dispatch(name: string, cases: readonly (readonly [pattern: string, lines: readonly string[]])[]): string;
}

export function dataFunctions(spec: CompletionSpec, syntax: ShellSyntax): string {
  const line = (name: string, description: string) => `${name}\t${oneLine(description)}`;
  const globals = spec.globalOptions.map((o) => line(o.flag, o.description));
  const valueCases: [string, string[]][] = [];
  for (const command of spec.commands) {
    for (const option of command.options) if (option.value) valueCases.push([syntax.quote(`${command.path}|${option.flag}`), describeSource(option.value)]);
    command.arguments.forEach((source, index) => valueCases.push([syntax.quote(`${command.path}|#${index}`), describeSource(source)]));
    const last = command.arguments.at(-1);
    if (command.variadic && last) valueCases.push([syntax.thenAnything(`${command.path}|#`), describeSource(last)]);
  }
  // A global option takes the same value after every command.
  for (const option of spec.globalOptions) if (option.value) valueCases.push([syntax.anythingThen(`|${option.flag}`), describeSource(option.value)]);
  return [
    syntax.dispatch(
      '_grow_commands',
      spec.commands.filter((c) => c.subcommands.length > 0).map((c) => [syntax.quote(c.path), c.subcommands.map((s) => line(s.name, s.description))]),
    ),
    syntax.dispatch('_grow_options', [
      ...spec.commands.filter((c) => c.options.length > 0).map((c) => [syntax.quote(c.path), [...c.options.map((o) => line(o.flag, o.description)), ...globals]] as const),
      [syntax.anythingThen(''), globals],
    ]),
    syntax.dispatch('_grow_value', valueCases),
  ].join('\n');
}

/** First line: the kind (words, files, text or ids KIND); for words, one candidate per line after it. */
function describeSource(source: ValueSource): string[] {
  if (source === 'files' || source === 'text') return [source];
  if ('ids' in source) return [`ids ${source.ids}`];
  return ['words', ...source.words];
}


/** Shell code as written: a raw template in which \${ stands for ${, so that TypeScript leaves it alone. */
export const shell = (code: TemplateStringsArray): string => code.raw.join('').replace(/\\\$\{/g, '${');

export const posixSyntax: ShellSyntax = {
  quote: shellQuote,
  anythingThen: (literal) => (literal === '' ? '*' : `*${shellQuote(literal)}`),
  thenAnything: (literal) => `${shellQuote(literal)}*`,
  dispatch: (name, cases) =>
    [
      `${name}() {`,
      '  case $1 in',
      ...cases.map(([pattern, lines]) => `    ${pattern}) printf '%s\\n' ${lines.map(shellQuote).join(' ')} ;;`),
      '  esac',
      '}',
    ].join('\n'),
};
