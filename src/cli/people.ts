// The people whose plans the journal holds: the individual ("me") and their reports.
import type { Program } from './program';
import { examples, runs } from './shared';

export function declarePeople(program: Program): void {
  const people = program
    .command('people')
    .description('the people whose plans this journal holds, with what is due next and their last one-on-one')
    .addHelpText('after', examples('grow people', 'grow people add Sam', 'grow people rename Sam "Sam Lee"', 'grow people --json'))
    .allowExcessArguments(true)
    .action(runs(() => import('../commands/people'), ({ listPeople }, ctx) => listPeople(ctx)));

  people
    .command('add')
    .description('add a person (a report), whose plan you can then work on with --person NAME')
    .argument('<name...>', 'their name')
    .addHelpText('after', examples('grow people add Sam', 'grow people add "Sam Lee"', 'grow init --person Sam'))
    .action(runs(() => import('../commands/people'), ({ addPersonCommand }, ctx, name) => addPersonCommand(ctx, name)));

  people
    .command('rename')
    .description('give a person a new name; their plan, one-on-ones and items stay with them')
    .argument('<name>', 'their name now')
    .argument('<new...>', 'their new name')
    .addHelpText('after', examples('grow people rename Sam "Sam Lee"', 'grow people rename "Sam Lee" Samira'))
    .action(runs(() => import('../commands/people-edit'), ({ renamePersonCommand }, ctx, name, newName) => renamePersonCommand(ctx, name, newName)));

  people
    .command('rm')
    .description('remove a person and their whole plan (asks first, showing what goes; --yes in scripts)')
    .argument('<name...>', 'their name')
    .option('--yes', 'remove without asking (for scripts)')
    .addHelpText('after', examples('grow people rm Sam', 'grow people rm "Sam Lee" --yes   # in a script'))
    .action(runs(() => import('../commands/people-edit'), ({ removePersonCommand }, ctx, name, options) => removePersonCommand(ctx, name, options)));
}
