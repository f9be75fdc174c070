// Small helpers for declaring commands: repeatable options, examples in help, and the
// context a command runs with (loaded only when the command runs).
import type { Command } from 'commander';
import type { Context, GlobalOptions } from '../context';

export const collect = (value: string, previous: string[]) => [...previous, value];

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

export async function contextFor(command: Command): Promise<Context> {
  const { createContext } = await import('../context');
  return createContext(command.optsWithGlobals<GlobalOptions>());
}

/** A word after `grow goal` (say) that is not one of its commands gets "unknown command" and a suggestion. */
export async function refuseUnknownSubcommand(command: Command): Promise<void> {
  const [word] = command.args;
  if (word === undefined) return;
  const { unknownCommand } = await import('../commands/unknown-command');
  unknownCommand(word, command.commands.map((c) => c.name()), command.name());
}
