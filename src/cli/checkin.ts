import { Option } from '@commander-js/extra-typings';
import { PULSE_PERIODS, STATUSES } from '../domain/vocabulary';
import type { Program } from './program';
import { examples, runs } from './shared';

export function declareCheckin(program: Program): void {
  program
    .command('checkin')
    .description('check in on your action items: at a terminal a guided round over the ones due; with an item and --status, one check-in for scripts')
    .argument('[item]', 'the action item to check in on, for example a3')
    .addOption(new Option('--status <status>', 'the item is still open, done, or dropped').choices(STATUSES))
    .option('--progress <n>', 'how far along it is, 0 to 100 (default: the last value; 100 when done)')
    .option('--well <text>', 'what went well')
    .option('--blocker <text>', 'what is in the way')
    .option('--due <date>', 'move the due date (2027-03-01, "next friday", "in 2 weeks")')
    .option('--reason <text>', 'why the item is dropped (with --status dropped)')
    .option('--renegotiate <text>', 'agree again on what to do: the new wording (for an item whose date has moved 3 times)')
    .option('--autonomy <n>', 'pulse: how much control over your work you feel, 1 to 5 (with --mastery and --purpose)')
    .option('--mastery <n>', 'pulse: how much you feel you are getting better at what matters to you, 1 to 5')
    .option('--purpose <n>', 'pulse: how much you feel part of something bigger than yourself, 1 to 5')
    .addHelpText(
      'after',
      examples(
        'grow checkin   # the guided round, at a terminal',
        'grow checkin a3 --status open --progress 60 --well "Wrote the outline" --blocker "No slot to rehearse"',
        'grow checkin a3 --status open --due "in 2 weeks"',
        'grow checkin a5 --status done --well "Gave the talk"',
        'grow checkin --well "A calm week" --autonomy 4 --mastery 3 --purpose 5',
      ),
    )
    .action(runs(() => import('../commands/checkin'), ({ checkin }, ctx, item, options) => checkin(ctx, item, options)));

  program
    .command('pulse')
    .description('autonomy, mastery and purpose over time, as you gave them at check-ins')
    .addOption(new Option('--by <period>', 'one point per week or per month').choices(PULSE_PERIODS).default('week'))
    .option('--since <date>', 'from this date (default: the last 16 weeks or 12 months)')
    .addHelpText('after', examples('grow pulse', 'grow pulse --by month --since "last year"', 'grow pulse --json'))
    .action(runs(() => import('../commands/pulse'), ({ pulse }, ctx, options) => pulse(ctx, options)));

  program
    .command('remind')
    .description('one line when check-ins are due, nothing otherwise: for your shell start-up file')
    .addHelpText('after', examples('grow remind', 'echo "grow remind" >> ~/.bashrc'))
    // No context: remind loads as little as it can, and never fails the shell (see main.ts).
    .action(async (_options, command) => {
      const [{ remind }, { writeErr, writeOut }] = await Promise.all([import('../commands/remind'), import('../terminal/write-out')]);
      const { journal, person } = command.optsWithGlobals();
      await remind({ journal, person }, process.env, { out: writeOut, err: writeErr });
    });
}
