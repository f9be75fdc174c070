// grow init: the guided setup of a mission statement and development plan, at a terminal
// (shared/guided-init.ts, which the dashboard offers too on an empty journal).
import type { Context } from '../context';
import { messages } from '../messages';
import { guidedInit } from './shared/guided-init';
import { requireTerminal } from './shared/options';

export async function init(ctx: Context): Promise<void> {
  requireTerminal(ctx, 'grow init', messages.init.needsTerminalHint);
  await guidedInit(ctx);
}
