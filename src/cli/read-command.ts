// `grow`, `grow notes` and `grow action list`, as read-request.ts reads them, run without the
// command line: bundled on their own (dist/read.js, see scripts/build.ts), with the context
// and the commands the full command line runs, so they say the same. What the bundle does not
// hold is handed over: everything loaded on demand (the prompts, a journal to check or open,
// a date in words, a write) makes it give up before it has said anything, and then the full
// command line runs the line from the start; so does any error, to be worded by it.
import { dashboard } from '../commands/dashboard';
import { listActions } from '../commands/action';
import { notes } from '../commands/notes';
import { conflictedCopiesNotice } from '../commands/shared/copies-notice';
import { createContext, type Context } from '../context';
import { whenOutputFails } from '../terminal/write-out';
import type { ReadRequest } from './read-request';

/** Whether the line was run here; when it was not, it has not written anything. */
export async function ranOnItsOwn(request: ReadRequest, outputFailed: (error: NodeJS.ErrnoException) => void): Promise<boolean> {
  whenOutputFails(outputFailed);
  try {
    const ctx = await createContext(request.globals);
    // The notice of copies a sync folder left comes before what the command says, even an error.
    if (conflictedCopiesNotice(ctx, request.command) !== undefined) return false;
    await commandOf(request)(ctx);
    return true;
  } catch {
    return false;
  }
}

function commandOf(request: ReadRequest): (ctx: Context) => Promise<void> {
  switch (request.command) {
    case 'dashboard':
      return dashboard;
    case 'notes':
      return (ctx) => notes(ctx, request.options);
    case 'action list':
      return (ctx) => listActions(ctx, request.options);
  }
}
