import type { Program } from './program';
import { collect, examples, runs } from './shared';

export function declareNotes(program: Program): void {
  program
    .command('note')
    .description('write a journal note; with no text at a terminal, opens $VISUAL or $EDITOR')
    .argument('[text...]', 'the note; #words in it become tags; - reads it from standard input')
    .option('--tag <tag>', 'a tag (repeat for more)', collect, [])
    .option('--private', 'keep the note out of shared exports')
    .addHelpText(
      'after',
      examples('grow note "Gave my first conference talk #speaking"', 'grow note --tag mentoring "Sam asked for help with reviews"', 'grow note   # opens your editor', 'git log -1 --format=%B | grow note - --tag work'),
    )
    .action(runs(() => import('../commands/note'), ({ note }, ctx, text, options) => note(ctx, text, options)));

  program
    .command('notes')
    .description('list journal notes, newest first')
    .option('--since <date>', 'from this date (2026-11-01, "last week", "2 weeks ago")')
    .option('--until <date>', 'up to and including this date')
    .option('--tag <tag>', 'only notes with this tag (repeat: all of them)', collect, [])
    .option('--search <words>', 'only notes with all of these words, in any case')
    .option('--limit <n>', 'at most this many')
    .addHelpText('after', examples('grow notes --limit 5', 'grow notes --tag focus --since "2 weeks ago"', 'grow notes --search "retro feedback" --json'))
    .action(runs(() => import('../commands/notes'), ({ notes }, ctx, options) => notes(ctx, options)));
}
