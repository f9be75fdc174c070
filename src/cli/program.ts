// Declares the program, its global options and (through the other files here) every command.
// Each action imports its command module only when it runs (see runs in shared.ts), so
// `grow --version` and `grow --help` load nothing but commander.
import { Command } from '@commander-js/extra-typings';
import { cli as words } from '../messages/cli';
import { declareCheckin } from './checkin';
import { declareCompletion } from './completion';
import { declareDoctor } from './doctor';
import { declareExport } from './export';
import { declareHelp } from './help';
import { helpWidth, shownHelp } from './help-texts';
import { declareNotes } from './notes';
import { declarePeople } from './people';
import { declarePlan } from './plan';
import { declareSession } from './session';
import { declareUndo } from './undo';
import { writeOut } from '../terminal/write-out';
import { examples, runs } from './shared';
import { declareSync } from './sync';
import { declareVault } from './vault';

// main.ts tells usage errors apart by this class, and words them with explainUsage; it
// loads commander only through here.
export { CommanderError } from '@commander-js/extra-typings';
export { explainUsage } from './usage';

declare const __GROW_VERSION__: string;

/** grow itself, with the global options every command reads (typed for optsWithGlobals). */
function declareGrow() {
  return new Command('grow')
    .description('A personal development journal: your mission, goals and action items, check-ins, notes and one-on-ones, in one local file.')
    .version(__GROW_VERSION__, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // grow help is a command of its own (cli/help.ts), so that it can take topics too.
    .helpCommand(false)
    .option('--journal <path>', 'the journal file (default: $GROW_JOURNAL, else $XDG_DATA_HOME/grow/journal.json)')
    .option('--person <name>', 'whose plan to work on', 'me')
    .option('--json', 'print machine-readable JSON where a command prints data')
    .option('--no-color', 'print without colour (NO_COLOR works too)')
    .option('--accept-plaintext', 'read a journal in plain text that grow had encrypted, and no longer expect it encrypted')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showSuggestionAfterError(true)
    .exitOverride()
    // Usage errors are reported by main.ts, with the rest of grow's errors.
    .configureOutput({
      outputError: () => undefined,
      writeOut: (text) => writeOut(shownHelp(text)),
      getOutHelpWidth: () => helpWidth(process.stdout),
      getErrHelpWidth: () => helpWidth(process.stderr),
    })
    .addHelpText(
      'after',
      examples('grow   # your plan at a glance', 'grow checkin', 'grow note "Paired with Sam on the parser #pairing"', 'grow notes --since "last week"', 'grow doctor') +
        words.help.topicsFooter +
        "\nEnvironment:\n  GROW_JOURNAL      the journal file\n  GROW_PASSPHRASE   the passphrase of an encrypted journal (see grow encrypt --help)\n  GROW_TODAY        fix today's date, e.g. 2026-11-25 (for scripts and tests)\n  NO_COLOR          print without colour\n  GROW_DEBUG=1      show where an unexpected error came from\n",
    );
}

/** The program every command is declared on: its global options reach each action typed. */
export type Program = ReturnType<typeof declareGrow>;

export function createProgram(): Program {
  const program = declareGrow();
  declarePlan(program);
  declareCheckin(program);
  declareSession(program);
  declarePeople(program);
  declareNotes(program);
  declareUndo(program);
  declareExport(program);
  declareDoctor(program);
  declareVault(program);
  declareSync(program);
  declareCompletion(program);
  declareHelp(program);
  refuseExtraWords(program);

  // `grow` on its own is the dashboard. Words that are not a command reach this action
  // too, and get "unknown command" with a suggestion (see runs).
  program.allowExcessArguments(true).action(runs(() => import('../commands/dashboard'), ({ dashboard }, ctx) => dashboard(ctx)));
  return program;
}

/**
 * A group such as `grow action` takes any word, so that a typo gets "unknown command"; its
 * commands would inherit that, and `grow action done a1 a2` would quietly close a1 alone.
 * Every command without commands of its own refuses words it has no place for.
 */
function refuseExtraWords(command: Program | Program['commands'][number]): void {
  for (const sub of command.commands) {
    if (sub.commands.length > 0) refuseExtraWords(sub);
    else sub.allowExcessArguments(false);
  }
}
