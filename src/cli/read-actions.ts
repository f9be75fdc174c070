// grow action list (and grow action), from a bundle of its own (dist/read-actions.js): see read-command.ts.
import { listActions } from '../commands/action';
import { runOnItsOwn, type RanOnItsOwn } from './read-command';
import type { ReadRequest } from './read-request';

export const ran: RanOnItsOwn<Extract<ReadRequest, { command: 'action list' }>> = (request, outputFailed) => runOnItsOwn(request, (ctx) => listActions(ctx, request.options), outputFailed);
