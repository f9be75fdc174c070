// grow help: commands' help and the help topics (see commands/help.ts).
import type { Command } from 'commander';
import { cli } from '../messages/cli';
import { contextFor, examples } from './shared';

export function declareHelp(program: Command): void {
  program
    .command('help')
    .description(cli.help.description)
    .argument('[topic...]', cli.help.argument)
    .addHelpText('after', examples('grow help dates', 'grow help action add', 'grow help coaching'))
    .action(async (words: string[], _options, command: Command) => {
      const [{ help }, ctx] = await Promise.all([import('../commands/help'), contextFor(command)]);
      await help(ctx, words, program);
    });
}
