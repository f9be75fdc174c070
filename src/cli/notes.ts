import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import type { Program } from './program';
import { collect, examples, runs } from './shared';

export function declareNotes(program: Program): void {
  const note = program
    .command('note')
    .description('write a journal note; with no text at a terminal, opens $VISUAL or $EDITOR')
    .argument('[text...]', 'the note; #words in it become tags; - reads it from standard input')
    .option('--tag <tag>', 'a tag (repeat for more)', collect, [])
    .option('--private', 'keep the note out of shared exports')
    .addHelpText(
      'after',
      examples(
        'grow note "Gave my first conference talk #speaking"',
        'grow note --tag mentoring "Sam asked for help with reviews"',
        'grow note   # opens your editor',
        'git log -1 --format=%B | grow note - --tag work',
        'grow note -- done with the reviews   # words after -- are the note, even when they read like a command',
        'grow note edit n3',
        'grow note rm $(grow notes --tag test --ids)',
      ),
    )
    .action(runs(() => import('../commands/note'), ({ note }, ctx, text, options, command) => note(ctx, text, options, afterDashes(command) !== undefined)));

  // `grow note -- edit n1 went well` is a note, not `grow note edit`: commander drops the `--`
  // before it picks the command, so the words after it are read from the line as typed.
  note.hook('preSubcommand', (_note, sub) => {
    if (afterDashes(sub)?.[0] === sub.name()) sub.allowExcessArguments(true);
  });
  const asNote = (command: CommandUnknownOpts) => {
    const words = afterDashes(command);
    return words?.[0] === command.name() ? words : undefined;
  };

  note
    .command('edit')
    .description('change the words of a note; it keeps its id and date, and shows when it was edited')
    .argument('<id>', 'the note, for example n3')
    .option('--text <text>', 'the new words; #words in them become its tags (with no flag at all, at a terminal, your editor opens on the note)')
    .option('--tag <tag>', 'a tag to add (repeat for more)', collect, [])
    .option('--private', 'keep the note out of shared exports')
    .option('--shared', 'take the private mark off, so that shared exports show it again')
    .addHelpText(
      'after',
      examples('grow note edit n3   # opens your editor on it', 'grow note edit n3 --text "Paired with Sam on the parser #pairing"', 'grow note edit n3 --private --tag feedback'),
    )
    .action(
      runs(
        () => Promise.all([import('../commands/note-edit'), import('../commands/note')]),
        ([{ editNoteCommand }, { note }], ctx, id, options, command) => {
          const words = asNote(command);
          if (words) return note(ctx, words, noteOptions(command), true);
          // grow note takes --tag and --private wherever they are typed; edit lists them too, for its help and completion.
          const marks = noteOptions(command);
          return editNoteCommand(ctx, id, { text: options.text, shared: options.shared }, { tag: [...marks.tag, ...options.tag], private: marks.private || options.private });
        },
      ),
    );

  note
    .command('rm')
    .description('remove notes written by mistake (asks first at a terminal; --yes in scripts)')
    .argument('<ids...>', 'the notes, for example n3 n4')
    .option('--yes', 'remove without asking (for scripts)')
    .addHelpText('after', examples('grow note rm n3', 'grow note rm n3 n4 --yes', 'grow note rm $(grow notes --tag test --ids) --yes'))
    .action(
      runs(
        () => Promise.all([import('../commands/note-edit'), import('../commands/note')]),
        ([{ removeNotesCommand }, { note }], ctx, ids, options, command) => {
          const words = asNote(command);
          return words ? note(ctx, words, noteOptions(command), true) : removeNotesCommand(ctx, ids, options);
        },
      ),
    );

  program
    .command('notes')
    .description('list journal notes, newest first')
    .option('--since <date>', 'from this date (2026-11-01, "last week", "2 weeks ago")')
    .option('--until <date>', 'up to and including this date')
    .option('--tag <tag>', 'only notes with this tag (repeat: all of them)', collect, [])
    .option('--search <words>', 'only notes with all of these words, in any case')
    .option('--limit <n>', 'at most this many')
    .option('--ids', 'print only their ids, one a line (for grow note rm)')
    .addHelpText('after', examples('grow notes --limit 5', 'grow notes --tag focus --since "2 weeks ago"', 'grow notes --search "retro feedback" --json', 'grow note rm $(grow notes --tag test --ids)'))
    .action(runs(() => import('../commands/notes'), ({ notes }, ctx, options) => notes(ctx, options)));
}

/** The words typed after `--` on the command line, if it has one. */
function afterDashes(command: CommandUnknownOpts): string[] | undefined {
  let root = command;
  while (root.parent) root = root.parent;
  // The line as parsed, which commander keeps on the program (not in its typings).
  const { rawArgs } = root as unknown as { rawArgs: string[] };
  const at = rawArgs.indexOf('--');
  return at === -1 ? undefined : rawArgs.slice(at + 1);
}

/** What `grow note` itself was given (--tag, --private), before or after the command's name. */
function noteOptions(command: CommandUnknownOpts): { tag: string[]; private?: boolean } {
  return command.parent!.opts() as { tag: string[]; private?: boolean };
}
