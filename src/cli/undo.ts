// grow undo and grow redo: stepping through the log of changes kept beside the journal.
import type { Program } from './program';
import { examples, runs } from './shared';

export function declareUndo(program: Program): void {
  program
    .command('undo')
    .description('take back the last change to the journal, saying what it was; again, one further back')
    .option('--list', 'the changes grow can undo, newest first, with their time')
    .addHelpText('after', examples('grow undo', 'grow undo --list', 'grow undo --json'))
    .action(runs(() => import('../commands/undo'), ({ undo }, ctx, options) => undo(ctx, options)));

  program
    .command('redo')
    .description('do again the last change grow undo took back')
    .addHelpText('after', examples('grow redo', 'grow undo --list   # what grow redo would give back'))
    .action(runs(() => import('../commands/undo'), ({ redo }, ctx) => redo(ctx)));
}
