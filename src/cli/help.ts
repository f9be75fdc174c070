// grow help: commands' help and the help topics (see commands/help.ts).
import type { Program } from './program';
import { cli } from '../messages/cli';
import { examples, runs } from './shared';

export function declareHelp(program: Program): void {
  program
    .command('help')
    .description(cli.help.description)
    .argument('[topic...]', cli.help.argument)
    .addHelpText('after', examples('grow help dates', 'grow help action add', 'grow help coaching'))
    .action(runs(() => import('../commands/help'), ({ help }, ctx, words) => help(ctx, words, program)));
}
