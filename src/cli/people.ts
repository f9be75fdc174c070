// The people whose plans the journal holds: the individual ("me") and their reports.
import type { Command } from 'commander';
import { contextFor, examples, refuseUnknownSubcommand } from './shared';

export function declarePeople(program: Command): void {
  const people = program
    .command('people')
    .description('the people whose plans this journal holds, with what is due next and their last one-on-one')
    .addHelpText('after', examples('grow people', 'grow people add Sam', 'grow people --json'))
    .allowExcessArguments(true)
    .action(async (_options, command: Command) => {
      await refuseUnknownSubcommand(command);
      const [{ listPeople }, ctx] = await Promise.all([import('../commands/people'), contextFor(command)]);
      await listPeople(ctx);
    });

  people
    .command('add')
    .description('add a person (a report), whose plan you can then work on with --person NAME')
    .argument('<name...>', 'their name')
    .addHelpText('after', examples('grow people add Sam', 'grow people add "Sam Lee"', 'grow init --person Sam'))
    .action(async (name: string[], _options, command: Command) => {
      const [{ addPersonCommand }, ctx] = await Promise.all([import('../commands/people'), contextFor(command)]);
      await addPersonCommand(ctx, name);
    });
}
