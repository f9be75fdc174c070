// `grow`, `grow notes` and `grow action list`, as read-request.ts reads them, run without the
// command line: each bundled on its own (dist/read-*.js, see scripts/build.ts), with the context
// and the commands the full command line runs, so they say the same. What the bundle does not
// hold is handed over: everything loaded on demand (the prompts, a journal to check or open,
// a date in words, a write) makes it give up before it has said anything, and then the full
// command line runs the line from the start; so does any error, to be worded by it.
import { journalNoticesDue } from '../commands/shared/journal-notices';
import { createContext, type Context } from '../context';
import { whenOutputFails } from '../terminal/write-out';
import type { ReadRequest } from './read-request';

/** What start.ts asks of each bundle: whether it ran the line; when it did not, it has not written anything. */
export type RanOnItsOwn<Request extends ReadRequest> = (request: Request, outputFailed: (error: NodeJS.ErrnoException) => void) => Promise<boolean>;

/** Runs `command` as the full command line would, or gives up before it has said anything. */
export async function runOnItsOwn(request: ReadRequest, command: (ctx: Context) => Promise<void>, outputFailed: (error: NodeJS.ErrnoException) => void): Promise<boolean> {
  whenOutputFails(outputFailed);
  try {
    const ctx = await createContext(request.globals);
    // The notices of the journal's file come before what the command says, even an error.
    if (journalNoticesDue(ctx, request.command)) return false;
    await command(ctx);
    return true;
  } catch {
    return false;
  }
}
