// The full command line, which start.ts hands every line it does not run itself, and the one
// exit point: every error becomes a plain message on stderr and an exit code (0 ok, 1 failure,
// 2 usage, 130 cancelled).
//
// What each way of starting grow may load (test/cli/start-up.test.ts holds the build to it):
// - `grow --version`, and help (`grow --help`, `grow COMMAND --help`, `grow help [COMMAND]`):
//   start.ts and this file only. Help is text rendered when grow was built (cli/help-texts.ts); only in a
//   terminal narrower than the help does commander fold it anew.
// - `grow remind`, at every new terminal, does not start here: bin/grow.js starts it from its
//   own bundle (remind-main.ts), never commander, zod, @inquirer or chalk. When the journal has
//   changed since the last remind, it reads it through dist/load-remind-facts.js.
// - `grow`, `grow notes` and `grow action list`, with the options cli/read-request.ts reads, do
//   not start here either: start.ts runs them from their own bundles, and only a line they hand
//   over (a journal grow did not write or that is encrypted, a question to ask, any error to
//   word) comes here, to the full command line below, which runs it from the start.
// - Any other line: the command line (commander, cli/), then the one command it names, with
//   its context. @inquirer is loaded only by a command that asks, when it asks; chalk only
//   when there is colour to paint; zod only to check a journal grow did not write itself.
import { fastPath } from './cli/fast-path';
import { outputFailed } from './output-failed';
import { stdoutIsTerminal, whenOutputFails, writeErr, writeOut } from './terminal/write-out';

declare const __GROW_VERSION__: string;

const args = process.argv.slice(2);
const fast = fastPath(args);
whenOutputFails(outputFailed);
void start();

async function start(): Promise<void> {
  if (fast?.kind === 'version') return writeOut(`${__GROW_VERSION__}\n`);
  if (fast?.kind === 'help' && (await printedStoredHelp(fast.words))) return;
  // Commands write to a terminal through Node's stream (see context.ts), to anything else straight.
  if (stdoutIsTerminal()) process.stdout.on('error', outputFailed);
  process.exitCode = await runCli();
}

async function printedStoredHelp(words: string): Promise<boolean> {
  const { shownHelp, storedHelp, storedHelpFits } = await import('./cli/help-texts');
  const help = storedHelpFits() ? storedHelp(__dirname, words) : undefined;
  if (help !== undefined) writeOut(shownHelp(help));
  return help !== undefined;
}

async function runCli(): Promise<number> {
  const [{ createProgram, CommanderError, explainUsage }, { EXIT, GrowError }, { common }, { fitLines }] = await Promise.all([
    import('./cli/program'),
    import('./errors'),
    import('./messages/common'),
    import('./render/wrap'),
  ]);
  const program = createProgram();
  // In a terminal an error folds at spaces, as everything grow says does: never inside a word or a date.
  const complain = (text: string) => writeErr(process.stderr.isTTY ? fitLines(text, process.stderr.columns || Infinity) : text);
  try {
    await program.parseAsync(process.argv);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return reportUsage(error);
    // A rule of the journal that was broken (domain/ says which) is put in words by the commands.
    return report((await import('./commands/shared/problem-words')).inWords(error));
  }

  function reportUsage(error: InstanceType<typeof CommanderError>): number {
    // Help and version are printed by commander and end with exit code 0.
    if (error.exitCode === 0) return EXIT.ok;
    const { problem, hint } = explainUsage(program, args, error);
    complain(`grow: ${problem}\n${hint}\n`);
    return EXIT.usage;
  }

  function report(error: unknown): number {
    if (error instanceof GrowError) {
      complain(`grow: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      if (process.env.GROW_DEBUG === '1') writeErr(`${error.stack}\n`);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === 'ExitPromptError') return EXIT.cancelled;
    const detail = error instanceof Error ? error.message : String(error);
    complain(`grow: ${common.unexpected(detail)}\n`);
    writeErr(process.env.GROW_DEBUG === '1' && error instanceof Error ? `${error.stack}\n` : `${common.debugHint}\n`);
    return EXIT.failure;
  }
}
