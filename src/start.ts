// The entry bin/grow.js starts for every line but grow remind's (remind-main.ts). `grow`, `grow
// notes` and `grow action list`, with the options cli/read-request.ts reads, run from the bundle
// of their command (dist/read-*.js, see cli/read-command.ts; on Node 20 compiled from a code
// cache, see cli/code-cache.ts), without main.ts and the files it shares with the rest of grow:
// loading those costs about a seventh of Node's own start-up. Any other line, and a line the
// bundle hands over before it has said anything, goes on to main.ts, which runs it from the start.
import { join } from 'node:path';
import { requireBundle } from './cli/code-cache';
import type { RanOnItsOwn } from './cli/read-command';
import { readRequest, type ReadRequest } from './cli/read-request';
import { outputFailed } from './output-failed';
import { stdoutIsTerminal } from './terminal/write-out';

/** The bundle of each command (scripts/build.ts builds dist/NAME.js from src/cli/NAME.ts). */
const BUNDLES: Record<ReadRequest['command'], string> = { dashboard: 'read-dashboard', notes: 'read-notes', 'action list': 'read-actions' };

void start();

async function start(): Promise<void> {
  const request = readRequest(process.argv.slice(2));
  if (request !== undefined && (await ranOnItsOwn(request))) return;
  await import('./main');
}

/** The line run by the bundle of its command, if it could run it. */
async function ranOnItsOwn(request: ReadRequest): Promise<boolean> {
  // Commands write to a terminal through Node's stream (see context.ts), to anything else straight.
  const terminal = stdoutIsTerminal();
  if (terminal) process.stdout.on('error', outputFailed);
  const bundle = requireBundle(join(__dirname, `${BUNDLES[request.command]}.js`)) as { ran: RanOnItsOwn<ReadRequest> };
  const ran = await bundle.ran(request, outputFailed);
  // main.ts watches the stream itself.
  if (!ran && terminal) process.stdout.off('error', outputFailed);
  return ran;
}
