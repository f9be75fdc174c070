// Declares every command and option. Each action imports its command module only when it
// runs, so `grow --version` and `grow --help` load nothing but commander.
import { Command } from 'commander';
import type { Context, GlobalOptions } from './context';

declare const __GROW_VERSION__: string;

const collect = (value: string, previous: string[]) => [...previous, value];

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}\n`;
}

async function contextFor(command: Command): Promise<Context> {
  const { createContext } = await import('./context');
  return createContext(command.optsWithGlobals<GlobalOptions>());
}

export function createProgram(): Command {
  const program = new Command('grow')
    .description('A personal development journal: your mission, goals and action items, check-ins, notes and one-on-ones, in one local file.')
    .version(__GROW_VERSION__, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .option('--journal <path>', 'the journal file (default: $GROW_JOURNAL, else $XDG_DATA_HOME/grow/journal.json)')
    .option('--person <name>', 'whose plan to work on', 'me')
    .option('--json', 'print machine-readable JSON where a command prints data')
    .option('--no-color', 'print without colour (NO_COLOR works too)')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showSuggestionAfterError(true)
    .exitOverride()
    // Usage errors are reported by main.ts, with the rest of grow's errors.
    .configureOutput({ outputError: () => undefined })
    .addHelpText(
      'after',
      examples('grow note "Paired with Sam on the parser #pairing"', 'grow notes --since "last week"', 'grow doctor') +
        '\nEnvironment:\n  GROW_JOURNAL   the journal file\n  GROW_TODAY     fix today\'s date, e.g. 2026-11-25 (for scripts and tests)\n  NO_COLOR       print without colour\n  GROW_DEBUG=1   show where an unexpected error came from\n',
    );

  program
    .command('note')
    .description('write a journal note; with no text at a terminal, opens $VISUAL or $EDITOR')
    .argument('[text...]', 'the note; #words in it become tags; - reads it from standard input')
    .option('--tag <tag>', 'a tag (repeat for more)', collect, [])
    .option('--private', 'keep the note out of shared exports')
    .addHelpText('after', examples('grow note "Gave my first conference talk #speaking"', 'grow note --tag mentoring "Sam asked for help with reviews"', 'grow note   # opens your editor', 'git log -1 --format=%B | grow note - --tag work'))
    .action(async (text: string[], options, command: Command) => {
      const [{ note }, ctx] = await Promise.all([import('./commands/note'), contextFor(command)]);
      await note(ctx, text, options);
    });

  program
    .command('notes')
    .description('list journal notes, newest first')
    .option('--since <date>', 'from this date (2026-11-01, "last week", "2 weeks ago")')
    .option('--until <date>', 'up to and including this date')
    .option('--tag <tag>', 'only notes with this tag (repeat: all of them)', collect, [])
    .option('--search <words>', 'only notes with all of these words, in any case')
    .option('--limit <n>', 'at most this many')
    .addHelpText('after', examples('grow notes --limit 5', 'grow notes --tag focus --since "2 weeks ago"', 'grow notes --search "retro feedback" --json'))
    .action(async (options, command: Command) => {
      const [{ notes }, ctx] = await Promise.all([import('./commands/notes'), contextFor(command)]);
      await notes(ctx, options);
    });

  program
    .command('doctor')
    .description("check the journal: where it is, whether it is valid, its permissions, backups and lock")
    .addHelpText('after', examples('grow doctor', 'grow doctor --journal ~/backup/journal.json --json'))
    .action(async (_options, command: Command) => {
      const [{ doctor }, ctx] = await Promise.all([import('./commands/doctor'), contextFor(command)]);
      await doctor(ctx);
    });

  // The dashboard takes this place once there is one; until then, the overview is the help.
  // Words that are not a command still get "unknown command" and a suggestion.
  program.allowExcessArguments(true).action(async (_options, command: Command) => {
    const [word] = command.args;
    if (word !== undefined) {
      const { unknownCommand } = await import('./commands/unknown-command');
      unknownCommand(word, program.commands.map((c) => c.name()));
    }
    program.outputHelp();
  });

  return program;
}
