// grow, the dashboard, from a bundle of its own (dist/read-dashboard.js): see read-command.ts.
import { dashboard } from '../commands/dashboard';
import { runOnItsOwn, type RanOnItsOwn } from './read-command';
import type { ReadRequest } from './read-request';

export const ran: RanOnItsOwn<Extract<ReadRequest, { command: 'dashboard' }>> = (request, outputFailed) => runOnItsOwn(request, (ctx) => dashboard(ctx), outputFailed);
