// grow init: the guided setup of a mission statement and development plan, at a terminal.
// Everything is saved in one change at the end; Ctrl+C saves nothing to the plan but keeps
// the answers so far as a draft, which the next grow init offers to resume.
import type { Context } from '../context';
import { discardDraft } from '../domain/drafts';
import { applyInit, hasPlan, saveInitDraft } from '../domain/init-answers';
import { personToRead } from '../domain/journal';
import { dateOrderFrom } from '../domain/numeric-dates';
import { defaultOwner } from '../domain/plan';
import { CancelledError } from '../errors';
import { runInit } from '../flows/init';
import { chooseFresh, offerDraft } from '../flows/init-start';
import { messages } from '../messages';
import { requireTerminal } from './options';

const m = messages.init;

export async function init(ctx: Context): Promise<void> {
  requireTerminal(ctx, 'grow init', m.needsTerminalHint);
  let person = personToRead(await ctx.store.read(), ctx.person);
  // Whatever the person does now revises a plan that is there: the words for stopping say so.
  const revising = hasPlan(person);
  const prompter = await ctx.prompter();
  // A Ctrl+C that leaves nothing new to keep: a draft already there is still there.
  const keptAsItWas = () => new CancelledError(m.draftKept(person.name, revising));
  const draft = await cancelledAs(keptAsItWas, () => offerDraft(prompter, person, ctx.paint));
  const draftGone = draft === 'over';
  if (draftGone) {
    // Set aside means gone, in a write of its own: whatever happens next, the draft is not offered again.
    const name = person.name;
    person = await ctx.store.update((journal) => {
      discardDraft(journal, name, 'init');
      return personToRead(journal, name);
    });
  }
  const stopped = () => new CancelledError(m.stopped(person.name, revising, draftGone));
  const answers = typeof draft === 'object' ? draft : await cancelledAs(stopped, () => chooseFresh(prompter, person));
  if (!answers) return ctx.out.write(`${draftGone ? m.notRevisedDraftGone : m.notRevised}\n`);

  const before = JSON.stringify(answers);
  const today = ctx.clock.today();
  try {
    await runInit(prompter, { answers, today, order: dateOrderFrom(ctx.env), owner: defaultOwner(person), paint: ctx.paint });
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    // Only what changed since the start is worth a draft; a draft picked up and left as it was is still there.
    if (JSON.stringify(answers) === before) throw typeof draft === 'object' ? keptAsItWas() : stopped();
    await ctx.store.update((journal) => saveInitDraft(journal, person.name, answers, ctx.clock.now()));
    throw new CancelledError(m.draftKept(person.name, revising));
  }
  await ctx.store.update((journal) => applyInit(journal, person.name, answers, today));
  ctx.out.write(`\n${ctx.paint.green(m.saved(person.name))}\n`);
}

/** A Ctrl+C in `ask` stops with the command's own words. */
async function cancelledAs<T>(stopped: () => CancelledError, ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    throw error instanceof CancelledError ? stopped() : error;
  }
}
