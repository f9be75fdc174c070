// grow notes, from a bundle of its own (dist/read-notes.js): see read-command.ts.
import { notes } from '../commands/notes';
import { runOnItsOwn, type RanOnItsOwn } from './read-command';
import type { ReadRequest } from './read-request';

export const ran: RanOnItsOwn<Extract<ReadRequest, { command: 'notes' }>> = (request, outputFailed) => runOnItsOwn(request, (ctx) => notes(ctx, request.options), outputFailed);
