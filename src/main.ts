// The entry point and the one exit point: every error becomes a plain message on stderr
// and an exit code (0 ok, 1 failure, 2 usage, 130 cancelled).
import { CommanderError } from 'commander';
import { createProgram } from './cli';
import { EXIT, GrowError } from './errors';
import { messages } from './messages';

// `grow notes | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  throw error;
});

try {
  await createProgram().parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has already printed the help, the version or the usage problem.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof GrowError) {
    process.stderr.write(`grow: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
    if (process.env.GROW_DEBUG === '1') process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT.cancelled;
  const detail = error instanceof Error ? error.message : String(error);
  process.stderr.write(`grow: ${messages.common.unexpected(detail)}\n`);
  process.stderr.write(process.env.GROW_DEBUG === '1' && error instanceof Error ? `${error.stack}\n` : `${messages.common.debugHint}\n`);
  return EXIT.failure;
}
