// grow init: the guided setup of a mission statement and development plan, at a terminal.
// Everything is saved in one change at the end; Ctrl+C saves nothing to the plan but keeps
// the answers so far as a draft, which the next grow init offers to resume.
import type { Context } from '../context';
import { discardDraft } from '../domain/drafts';
import { applyInit, saveInitDraft } from '../domain/init-answers';
import { personToRead } from '../domain/journal';
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
  const prompter = await ctx.prompter();
  const draft = await offerDraft(prompter, person, ctx.paint);
  if (draft === 'over') {
    // Set aside means gone, in a write of its own: whatever happens next, the draft is not offered again.
    const name = person.name;
    person = await ctx.store.update((journal) => {
      discardDraft(journal, name, 'init');
      return personToRead(journal, name);
    });
  }
  const answers = typeof draft === 'object' ? draft : await chooseFresh(prompter, person);
  if (!answers) return ctx.out.write(`${draft === 'over' ? m.notRevisedDraftGone : m.notRevised}\n`);

  const before = JSON.stringify(answers);
  const today = ctx.clock.today();
  try {
    await runInit(prompter, { answers, today, owner: defaultOwner(person), paint: ctx.paint });
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    // Only what changed since the start is worth a draft: a Ctrl+C at the first question leaves none.
    if (JSON.stringify(answers) === before) throw error;
    await ctx.store.update((journal) => saveInitDraft(journal, person.name, answers, ctx.clock.now()));
    throw new CancelledError(m.draftKept(person.name));
  }
  await ctx.store.update((journal) => applyInit(journal, person.name, answers, today));
  ctx.out.write(`\n${ctx.paint.green(m.saved(person.name))}\n`);
}
