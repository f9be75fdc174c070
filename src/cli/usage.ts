// Usage errors that commander finds while reading the command line, in grow's words (see
// messages/usage.ts), each with a hint at the help of the command that was being read:
// `grow action add x --every` points at `grow action add --help`, not `grow --help`.
// Commander's own message is parsed only for what it names; a kind of error grow does not
// word is passed on as commander says it.
import type { CommandUnknownOpts as Command, CommanderError, Option } from '@commander-js/extra-typings';
import { usage as m } from '../messages/usage';

export interface UsageProblem {
  problem: string;
  /** The second line: commander's "(Did you mean ...?)" when it has one, else where to look. */
  hint: string;
}

export function explainUsage(program: Command, args: readonly string[], error: CommanderError): UsageProblem {
  const command = commandBeingRead(program, args);
  const [said = '', suggestion] = error.message.replace(/^error: /, '').split('\n');
  return { problem: reword(command, error.code, said) ?? said, hint: suggestion ?? m.seeHelp(pathOf(command)) };
}

function reword(command: Command, code: string, said: string): string | undefined {
  const quoted = [...said.matchAll(/'([^']*)'/g)].map((match) => match[1]!);
  switch (code) {
    case 'commander.missingArgument': {
      const name = quoted[0]!;
      const argument = command.registeredArguments.find((a) => a.name() === name);
      return m.missingArgument(name, argument?.description ?? '');
    }
    case 'commander.optionMissingArgument': {
      const option = findOption(command, quoted[0]!.split(/[ ,]/)[0]!);
      return option && m.missingValue(option.long ?? option.short!, option.description);
    }
    case 'commander.unknownOption':
      return m.unknownOption(pathOf(command), quoted[0]!);
    case 'commander.excessArguments':
      return m.tooManyWords(pathOf(command), command.registeredArguments.map((a) => a.name()));
    case 'commander.invalidArgument': {
      // "option '--by <period>' argument 'year' is invalid. Allowed choices are week, month."
      const choices = /Allowed choices are (.+)\.$/.exec(said)?.[1]?.split(', ');
      if (!choices) return undefined;
      // The value is read greedily, since it may hold a quote of its own ("it's").
      const forOption = /^option '([^' ,]+)[^']*' argument '(.*)' is invalid/.exec(said);
      const forArgument = /^command-argument value '(.*)' is invalid for argument '([^']*)'/.exec(said);
      const option = forOption ? findOption(command, forOption[1]!) : undefined;
      const what = option ? (option.long ?? option.short!) : forArgument?.[2]?.toUpperCase();
      const value = forOption?.[2] ?? forArgument?.[1];
      return what && value !== undefined ? m.notAChoice(what, value, choices) : undefined;
    }
    default:
      return undefined;
  }
}

/** The deepest command the words name: `grow action add x --every` → add. */
function commandBeingRead(program: Command, args: readonly string[]): Command {
  let command = program;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      // An option's value is not a command name: `grow --person action goal` is about goal.
      if (!arg.includes('=') && findOption(command, arg)?.required) i++;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!sub) break;
    command = sub;
  }
  return command;
}

/** The option a flag names, on the command or (a global option) on one of its parents. */
function findOption(command: Command, flag: string): Option | undefined {
  for (let at: Command | null = command; at; at = at.parent) {
    const option = at.options.find((o) => o.long === flag || o.short === flag);
    if (option) return option;
  }
  return undefined;
}

function pathOf(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}
