// grow, the dashboard, from a bundle of its own (dist/read-dashboard.js): see read-command.ts.
// A dashboard that will ask something is handed over before the journal is read (asksAtOnce in commands/dashboard.ts).
import { asksAtOnce, dashboard } from '../commands/dashboard';
import { stdoutIsTerminal } from '../terminal/write-out';
import { runOnItsOwn, type RanOnItsOwn } from './read-command';
import type { ReadRequest } from './read-request';

export const ran: RanOnItsOwn<Extract<ReadRequest, { command: 'dashboard' }>> = async (request, outputFailed) =>
  !asksAtOnce(request.globals, process.env, stdoutIsTerminal() && Boolean(process.stdin.isTTY)) && runOnItsOwn(request, (ctx) => dashboard(ctx), outputFailed);
