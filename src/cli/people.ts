// The people whose plans the journal holds: the individual ("me") and their reports.
import type { Program } from './program';
import { examples, runs } from './shared';

export function declarePeople(program: Program): void {
  const people = program
    .command('people')
    .description('the people whose plans this journal holds, with what is due next and their last one-on-one')
    .addHelpText('after', examples('grow people', 'grow people add Sam', 'grow people --json'))
    .allowExcessArguments(true)
    .action(runs(() => import('../commands/people'), ({ listPeople }, ctx) => listPeople(ctx)));

  people
    .command('add')
    .description('add a person (a report), whose plan you can then work on with --person NAME')
    .argument('<name...>', 'their name')
    .addHelpText('after', examples('grow people add Sam', 'grow people add "Sam Lee"', 'grow init --person Sam'))
    .action(runs(() => import('../commands/people'), ({ addPersonCommand }, ctx, name) => addPersonCommand(ctx, name)));
}
