// Declares the program, its global options and (through src/cli/) every command. Each
// action imports its command module only when it runs, so `grow --version` and
// `grow --help` load nothing but commander.
import { Command } from 'commander';

// main.ts tells usage errors apart by this class, and words them with explainUsage; it
// loads commander only through here.
export { CommanderError } from 'commander';
export { explainUsage } from './cli/usage';
import { declareCheckin } from './cli/checkin';
import { declareCompletion } from './cli/completion';
import { declareDoctor } from './cli/doctor';
import { declareExport } from './cli/export';
import { declareHelp } from './cli/help';
import { declareNotes } from './cli/notes';
import { declarePeople } from './cli/people';
import { declarePlan } from './cli/plan';
import { declareSession } from './cli/session';
import { contextFor, examples } from './cli/shared';
import { declareVault } from './cli/vault';
import { cli as words } from './messages/cli';

declare const __GROW_VERSION__: string;

export function createProgram(): Command {
  const program = new Command('grow')
    .description('A personal development journal: your mission, goals and action items, check-ins, notes and one-on-ones, in one local file.')
    .version(__GROW_VERSION__, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // grow help is a command of its own (cli/help.ts), so that it can take topics too.
    .helpCommand(false)
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
      examples('grow   # your plan at a glance', 'grow checkin', 'grow note "Paired with Sam on the parser #pairing"', 'grow notes --since "last week"', 'grow doctor') +
        words.help.topicsFooter +
        "\nEnvironment:\n  GROW_JOURNAL      the journal file\n  GROW_PASSPHRASE   the passphrase of an encrypted journal (see grow encrypt --help)\n  GROW_TODAY        fix today's date, e.g. 2026-11-25 (for scripts and tests)\n  NO_COLOR          print without colour\n  GROW_DEBUG=1      show where an unexpected error came from\n",
    );

  declarePlan(program);
  declareCheckin(program);
  declareSession(program);
  declarePeople(program);
  declareNotes(program);
  declareExport(program);
  declareDoctor(program);
  declareVault(program);
  declareCompletion(program);
  declareHelp(program);
  refuseExtraWords(program);

  // `grow` on its own is the dashboard. Words that are not a command reach this action
  // too, and get "unknown command" with a suggestion.
  program.allowExcessArguments(true).action(async (_options, command: Command) => {
    const [word] = command.args;
    if (word !== undefined) {
      const { unknownCommand } = await import('./commands/unknown-command');
      unknownCommand(word, program.commands.map((c) => c.name()));
    }
    const [{ dashboard }, ctx] = await Promise.all([import('./commands/dashboard'), contextFor(command)]);
    await dashboard(ctx);
  });

  return program;
}

/**
 * A group such as `grow action` takes any word, so that a typo gets "unknown command"; its
 * commands would inherit that, and `grow action done a1 a2` would quietly close a1 alone.
 * Every command without commands of its own refuses words it has no place for.
 */
function refuseExtraWords(command: Command): void {
  for (const sub of command.commands) {
    if (sub.commands.length > 0) refuseExtraWords(sub);
    else sub.allowExcessArguments(false);
  }
}
