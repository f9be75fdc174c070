// A removal asks first at a terminal, showing everything that goes with what is named; a
// script says --yes, and without it is refused (exit 2) before anything is written.
import type { Context } from '../../context';
import { JournalError, UsageError } from '../../errors';
import { messages } from '../../messages';

const m = messages.change;

export interface Removal {
  /** The command as typed, without --yes: what a script is told to run. */
  command: string;
  /** --yes */
  yes?: boolean;
  /** More than one thing is named (grow note rm n3 n4): asked about as "them". */
  many?: boolean;
}

/** Whether to go ahead: --yes, or the person's answer after seeing `goes` (one line each) and `aside`. */
export async function confirmRemoval(ctx: Context, removal: Removal, goes: readonly string[], aside?: string): Promise<boolean> {
  if (removal.yes) return true;
  if (!ctx.interactive) throw new UsageError(m.needsYes(removal.command), m.yesHint(removal.command, removal.many));
  const prompter = await ctx.prompter();
  prompter.say([m.goesTitle, ...goes.map((line) => `  ${line}`), ...(aside ? ['', aside] : [])].join('\n'));
  const sure = await prompter.confirm({ message: m.removeQuestion(removal.many), default: false });
  if (!sure) ctx.out.write(`${m.kept}\n`);
  return sure;
}

/**
 * Inside the change: what goes now must be what the person agreed to, since another grow may
 * have written in between (a check-in on the item, say).
 */
export function sameAsConfirmed(confirmed: readonly string[], now: readonly string[]): void {
  if (confirmed.join('\n') !== now.join('\n')) throw new JournalError(m.changedMeanwhile);
}
