// Small helpers for declaring commands: repeatable options, examples in help, and the
// action that loads a command's module and its context only when the command runs.
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { writeJournalNotices } from '../commands/shared/journal-notices';
import type { Flags } from '../commands/shared/options';
import type { Context, GlobalOptions } from '../context';

export const collect = (value: string, previous: string[]) => [...previous, value];

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

/** What commander hands an action (its words, options and the command), the options marked as the flags declared. */
type ActionArguments<Given extends unknown[]> = Given extends [...infer Words, infer Options, infer Command] ? [...Words, Flags<Options>, Command] : never;

/**
 * The action of a command: when it runs, its module and the context are loaded side by side,
 * then `run` gets both and what commander read, typed from the declaration:
 *
 *     .action(runs(() => import('../commands/notes'), ({ notes }, ctx, options) => notes(ctx, options)))
 *
 * Nothing is loaded while the program is declared, so `grow --help` stays fast. A command with
 * commands of its own (`grow goal`) first refuses a word that is none of them.
 */
export function runs<Module, Given extends unknown[]>(load: () => Promise<Module>, run: (module: Module, ctx: Context, ...given: ActionArguments<Given>) => unknown) {
  return async (...given: Given): Promise<void> => {
    const command = given.at(-1) as CommandUnknownOpts;
    await refuseUnknownCommand(command);
    const [module, ctx] = await Promise.all([load(), contextFor(command)]);
    writeJournalNotices(ctx, command.name());
    await run(module, ctx, ...(given as unknown as ActionArguments<Given>));
  };
}

/** Whether --person was typed: without it (the default is "me") some commands ask, or read everyone. */
export const personGiven = (command: CommandUnknownOpts) => command.getOptionValueSourceWithGlobals('person') === 'cli';

async function contextFor(command: CommandUnknownOpts): Promise<Context> {
  const { createContext } = await import('../context');
  return createContext(command.optsWithGlobals() as GlobalOptions);
}

/** `grow nots`, `grow goal ad`: a word that is not one of the commands gets "unknown command" and a suggestion. */
async function refuseUnknownCommand(command: CommandUnknownOpts): Promise<void> {
  const [word] = command.args;
  // `grow note` takes words of its own besides its commands.
  if (word === undefined || command.commands.length === 0 || command.registeredArguments.length > 0) return;
  const { unknownCommand } = await import('../commands/shared/unknown-command');
  unknownCommand(word, command.commands.map((c) => c.name()), command.parent ? command.name() : undefined);
}
