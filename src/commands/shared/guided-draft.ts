// The draft that grow init and grow session keep. A guided flow saves nothing to the plan
// until its end; Ctrl+C keeps the answers so far as a draft, which the next run offers to
// pick up, or to set aside. Every Ctrl+C ends with words that say truly what was kept.
import type { Context } from '../../context';
import { discardDraft, keepDraft } from '../../domain/drafts';
import { personToRead } from '../../domain/journal';
import type { Person } from '../../domain/schema';
import type { DraftFlow } from '../../domain/vocabulary';
import { CancelledError } from '../../errors';
import { messages } from '../../messages';

/** A Ctrl+C while `ask` runs stops with the command's own words rather than a bare "Cancelled". */
export async function cancelledAs<T>(stopped: () => CancelledError, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    throw error instanceof CancelledError ? stopped() : error;
  }
}

/**
 * The person set the draft aside: it goes at once, in a write of its own, so that whatever
 * happens next it is not offered again. Returns the person as the journal now holds them.
 */
export function setDraftAside(ctx: Pick<Context, 'store'>, name: string, flow: DraftFlow): Promise<Person> {
  return ctx.store.update(
    (journal) => {
      discardDraft(journal, name, flow);
      return personToRead(journal, name);
    },
    { label: messages.undo.labels.draftSetAside(flow) },
  );
}

export interface DraftKeeping {
  person: string;
  flow: DraftFlow;
  /** The answers the flow fills in as it goes: what a draft keeps. */
  answers: object;
  /** The words for a Ctrl+C before anything new was said: nothing is written, a draft already there stays. */
  unchanged: () => CancelledError;
  /** The words for a Ctrl+C once the answers are kept as a draft. */
  kept: () => CancelledError;
}

/** Runs the flow; on Ctrl+C keeps its answers as a draft, when anything was said since it began. */
export async function keepingDraft(ctx: Pick<Context, 'store' | 'clock'>, draft: DraftKeeping, run: () => Promise<void>): Promise<void> {
  const before = JSON.stringify(draft.answers);
  try {
    await run();
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    if (JSON.stringify(draft.answers) === before) throw draft.unchanged();
    await ctx.store.update((journal) => keepDraft(journal, draft.person, draft.flow, draft.answers, ctx.clock.now()), { label: messages.undo.labels.draftKept(draft.flow) });
    throw draft.kept();
  }
}
