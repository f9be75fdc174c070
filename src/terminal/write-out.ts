// Standard output written straight to its file descriptor when it is not a terminal (a pipe,
// a file). Setting up Node's process.stdout for a pipe costs about a fifth of Node's own
// start-up, which is more than `grow --version` or `grow remind` need for a line, and a good
// part of what a script pays for `grow notes`.
import { fstatSync, writeSync } from 'node:fs';
import { safeText } from '../render/text';

let fail: (error: NodeJS.ErrnoException) => void = (error) => {
  throw error;
};
let failed = false;
let viaStream = false;

/** Where a failed write goes (output-failed.ts ends grow); writes after a failure are dropped. */
export function whenOutputFails(handler: (error: NodeJS.ErrnoException) => void): void {
  fail = handler;
}

/** Whether standard output is a terminal: only a character device can be, so only then is Node's stream asked. */
export function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return Boolean(process.stdout.isTTY);
}

export function writeOut(text: string): void {
  if (failed) return;
  if (viaStream) return void process.stdout.write(text);
  let done: number;
  try {
    done = writeSync(1, text);
  } catch (error) {
    return writeFailed(error as NodeJS.ErrnoException, text);
  }
  // A write mostly takes the whole text: only the rest of one that did not is made into bytes
  // to go on from. (Making every text into bytes first cost the JSON export of years of journal
  // about a tenth of its time.)
  if (done < Buffer.byteLength(text)) writeBytes(Buffer.from(text), done);
}

function writeBytes(bytes: Buffer, done: number): void {
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      return writeFailed(error as NodeJS.ErrnoException, bytes.subarray(done));
    }
  }
}

function writeFailed(error: NodeJS.ErrnoException, rest: string | Buffer): void {
  if (error.code !== 'EAGAIN') return failWith(error);
  // A descriptor that does not block: from here on Node's stream waits until it can write.
  viaStream = true;
  process.stdout.on('error', failWith);
  process.stdout.write(rest);
}

function failWith(error: NodeJS.ErrnoException): void {
  if (failed) return;
  failed = true;
  fail(error);
}

/**
 * Standard error, where grow's messages carry words it did not write: a value typed on the
 * command line, a file name, a field name or a snippet read from a file. All of it goes out
 * through here, so nothing in it can act on the terminal (an escape sequence is shown as text).
 */
export function writeErr(text: string): void {
  process.stderr.write(safeText(text));
}
