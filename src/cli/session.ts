// The side-by-side one-on-one, and looking back at past ones.
import type { Command } from 'commander';
import { contextFor, examples, refuseUnknownSubcommand } from './shared';

/** Whether --person was typed (its default is "me"): a one-on-one without it asks whom it is with. */
const personGiven = (command: Command) => command.getOptionValueSourceWithGlobals('person') === 'cli';

export function declareSession(program: Command): void {
  program
    .command('session')
    .description('a one-on-one, manager and report side by side: talk about yourself, your dreams, who does what by when')
    .option('--manager <name>', "the manager's name (asked once, then remembered)")
    .option('--pause <seconds>', 'a quiet countdown after each open question, for silence (1 to 300)')
    .addHelpText('after', examples('grow session --person Sam', 'grow session --person Sam --manager Alex --pause 10'))
    .action(async (options: { manager?: string; pause?: string }, command: Command) => {
      const [{ session }, ctx] = await Promise.all([import('../commands/session'), contextFor(command)]);
      await session(ctx, { ...options, personGiven: personGiven(command) });
    });

  const sessions = program
    .command('sessions')
    .description("past one-on-ones, newest first (everyone's, or one person's with --person)")
    .addHelpText('after', examples('grow sessions', 'grow sessions --person Sam --json', 'grow sessions show s2'))
    .allowExcessArguments(true)
    .action(async (_options, command: Command) => {
      await refuseUnknownSubcommand(command);
      const [{ listSessions }, ctx] = await Promise.all([import('../commands/sessions'), contextFor(command)]);
      await listSessions(ctx, personGiven(command));
    });

  sessions
    .command('show')
    .description('one past one-on-one, as its closing summary showed it')
    .argument('<id>', 'the one-on-one, for example s2')
    .addHelpText('after', examples('grow sessions show s2', 'grow sessions show s2 --json'))
    .action(async (id: string, _options, command: Command) => {
      const [{ showSession }, ctx] = await Promise.all([import('../commands/sessions'), contextFor(command)]);
      await showSession(ctx, id);
    });
}
