// Standard output written straight to its file descriptor. Setting up Node's process.stdout
// costs about a fifth of Node's own start-up, which `grow --version`, help and `grow remind`
// need not pay for a line or two.
import { writeSync } from 'node:fs';

/** Writes all of `text`; throws what the write threw (EPIPE when the reader has gone). */
export function writeOut(text: string): void {
  const bytes = Buffer.from(text);
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      // A descriptor that does not block: Node's stream waits until it can write.
      process.stdout.write(bytes.subarray(done));
      return;
    }
  }
}
