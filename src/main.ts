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

const program = createProgram();
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = report(error);
}

/** The command a mistyped line was meant for, so the hint can point at its help. */
function commandNamed(args: string[]): string {
  const known = new Set(program.commands.map((c) => c.name()));
  const name = args.find((arg) => known.has(arg));
  return name ? `${name} --help` : '--help';
}

function report(error: unknown): number {
  if (error instanceof CommanderError) {
    // Help and version are printed by commander and end with exit code 0.
    if (error.exitCode === 0) return EXIT.ok;
    const [problem, suggestion] = error.message.replace(/^error: /, '').split('\n');
    process.stderr.write(`grow: ${problem}\n${suggestion ?? messages.common.usageHint(commandNamed(process.argv.slice(2)))}\n`);
    return EXIT.usage;
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
