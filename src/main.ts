// The entry point and the one exit point: every error becomes a plain message on stderr
// and an exit code (0 ok, 1 failure, 2 usage, 130 cancelled).
//
// `grow remind` runs at every new terminal, so it takes a fast path: recognised before
// anything else is loaded, it runs from its own bundle (dist/remind.js) without commander
// or zod, and never fails the shell. Everything else is loaded only on the other path.
import { remindRequest } from './cli/remind-request';

const args = process.argv.slice(2);
const remindOptions = remindRequest(args);

// `grow notes | head` closes the pipe early: the reader has what it wanted, so that is a
// quiet success. Any other failure to write (a full disk, a bad descriptor) is one line and
// exit 1, never a stack trace; except for grow remind, which never fails a shell.
// Its words are loaded only then, to keep them off every start.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || remindOptions) process.exit(0);
  void Promise.all([import('./errors'), import('./messages/common')]).then(([{ systemReason }, { common }]) => {
    process.stderr.write(`grow: ${common.cannotWriteOutput(systemReason(error))}\n`);
    process.exit(1);
  });
});

if (remindOptions) {
  const { remind } = await import('./commands/remind');
  await remind(remindOptions, process.env, { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
} else {
  process.exitCode = await runCli();
}

async function runCli(): Promise<number> {
  const [{ createProgram, CommanderError, explainUsage }, { EXIT, GrowError }, { common }] = await Promise.all([import('./cli/program'), import('./errors'), import('./messages/common')]);
  const program = createProgram();
  try {
    await program.parseAsync(process.argv);
    return EXIT.ok;
  } catch (error) {
    return error instanceof CommanderError ? reportUsage(error) : report(error);
  }

  function reportUsage(error: InstanceType<typeof CommanderError>): number {
    // Help and version are printed by commander and end with exit code 0.
    if (error.exitCode === 0) return EXIT.ok;
    const { problem, hint } = explainUsage(program, args, error);
    process.stderr.write(`grow: ${problem}\n${hint}\n`);
    return EXIT.usage;
  }

  function report(error: unknown): number {
    if (error instanceof GrowError) {
      process.stderr.write(`grow: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      if (process.env.GROW_DEBUG === '1') process.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    if (error instanceof Error && error.name === 'ExitPromptError') return EXIT.cancelled;
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`grow: ${common.unexpected(detail)}\n`);
    process.stderr.write(process.env.GROW_DEBUG === '1' && error instanceof Error ? `${error.stack}\n` : `${common.debugHint}\n`);
    return EXIT.failure;
  }
}
