// The side-by-side one-on-one, and looking back at past ones.
import type { Program } from './program';
import { examples, personGiven, runs } from './shared';

export function declareSession(program: Program): void {
  program
    .command('session')
    .description('a one-on-one, manager and report side by side: talk about yourself, your dreams, who does what by when')
    .option('--manager <name>', "the manager's name (asked once, then remembered)")
    .option('--pause <seconds>', 'a quiet countdown after each open question, for silence (1 to 300)')
    .addHelpText('after', examples('grow session --person Sam', 'grow session --person Sam --manager Alex --pause 10'))
    // Without --person, a one-on-one asks whom it is with.
    .action(runs(() => import('../commands/session'), ({ session }, ctx, options, command) => session(ctx, options, personGiven(command))));

  const sessions = program
    .command('sessions')
    .description("past one-on-ones, newest first (everyone's, or one person's with --person)")
    .addHelpText('after', examples('grow sessions', 'grow sessions --person Sam --json', 'grow sessions show s2'))
    .allowExcessArguments(true)
    .action(runs(() => import('../commands/sessions'), ({ listSessions }, ctx, _options, command) => listSessions(ctx, personGiven(command))));

  sessions
    .command('show')
    .description('one past one-on-one, as its closing summary showed it')
    .argument('<id>', 'the one-on-one, for example s2')
    .addHelpText('after', examples('grow sessions show s2', 'grow sessions show s2 --json'))
    .action(runs(() => import('../commands/sessions'), ({ showSession }, ctx, id) => showSession(ctx, id)));
}
