// What grow does when its output cannot be written, from either entry that runs commands (main.ts,
// start.ts): it ends grow, as only they do.
import { writeErr } from './terminal/write-out';

/**
 * `grow notes | head` closes the pipe early: the reader has what it wanted, so that is a
 * quiet success. Any other failure to write (a full disk, a bad descriptor) is one line and
 * exit 1, never a stack trace. Its words are loaded only then, to keep them off every start.
 */
export function outputFailed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  void Promise.all([import('./errors'), import('./messages/common')]).then(([{ systemReason }, { common }]) => {
    writeErr(`grow: ${common.cannotWriteOutput(systemReason(error))}\n`);
    process.exit(1);
  });
}
