// The entry point and the one exit point: every error becomes a plain message on stderr
// and an exit code (0 ok, 1 failure, 2 usage, 130 cancelled).
//
// What each way of starting grow may load (test/cli/start-up.test.ts holds the build to it):
// - `grow --version`, and help (`grow --help`, `grow COMMAND --help`, `grow help [COMMAND]`):
//   this file only. Help is text rendered when grow was built (cli/help-texts.ts); only in a
//   terminal narrower than the help does commander fold it anew.
// - `grow remind`, at every new terminal, does not start here: bin/grow.js starts it from its
//   own bundle (remind-main.ts), never commander, zod, @inquirer or chalk. When the journal has
//   changed since the last remind, it reads it through dist/load-remind-facts.js.
// - `grow`, `grow notes` and `grow action list`, with the options cli/read-request.ts reads:
//   this file and the command's own bundle (dist/read-notes.js, say; on Node 20 compiled from a
//   code cache, see cli/code-cache.ts), which holds the command, their context and the journal's
//   reading, but never commander, zod, @inquirer, the write path or a date in words (chalk
//   when there is colour to paint). A line that needs more (a journal grow did not write or
//   that is encrypted, a question to ask, any error to word) is handed over, before anything
//   is said, to the full command line below, which runs it from the start.
// - Any other line: the command line (commander, cli/), then the one command it names, with
//   its context. @inquirer is loaded only by a command that asks, when it asks; chalk only
//   when there is colour to paint; zod only to check a journal grow did not write itself.
import { join } from 'node:path';
import { requireBundle } from './cli/code-cache';
import { fastPath } from './cli/fast-path';
import type { RanOnItsOwn } from './cli/read-command';
import { readRequest, type ReadRequest } from './cli/read-request';
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
  const read = fast ? undefined : readRequest(args);
  if (read && (await ranOnItsOwn(read))) return;
  process.exitCode = await runCli();
}

/** The line run by the bundle of its command (see cli/read-command.ts), if it could run it. */
async function ranOnItsOwn(request: ReadRequest): Promise<boolean> {
  const bundle = (name: string) => requireBundle(join(__dirname, `${name}.js`)) as { ran: RanOnItsOwn<typeof request> };
  if (request.command === 'notes') return bundle('read-notes').ran(request, outputFailed);
  if (request.command === 'action list') return bundle('read-actions').ran(request, outputFailed);
  return bundle('read-dashboard').ran(request, outputFailed);
}

async function printedStoredHelp(words: string): Promise<boolean> {
  const { shownHelp, storedHelp, storedHelpFits } = await import('./cli/help-texts');
  const help = storedHelpFits() ? storedHelp(__dirname, words) : undefined;
  if (help !== undefined) writeOut(shownHelp(help));
  return help !== undefined;
}

/**
 * `grow notes | head` closes the pipe early: the reader has what it wanted, so that is a
 * quiet success. Any other failure to write (a full disk, a bad descriptor) is one line and
 * exit 1, never a stack trace. Its words are loaded only then, to keep them off every start.
 */
function outputFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  void Promise.all([import('./errors'), import('./messages/common')]).then(([{ systemReason }, { common }]) => {
    writeErr(`grow: ${common.cannotWriteOutput(systemReason(error))}\n`);
    process.exit(1);
  });
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
