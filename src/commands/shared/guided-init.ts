// The guided setup of a mission statement and development plan, which grow init runs and the
// dashboard offers on an empty journal. Everything is saved in one change at the end; Ctrl+C
// saves nothing to the plan but keeps the answers so far as a draft, which the next run
// offers to resume.
import type { Context } from '../../context';
import { applyInit, hasPlan } from '../../domain/init-answers';
import { personToRead } from '../../domain/journal';
import { dateOrderFrom } from '../../domain/numeric-dates';
import { defaultOwner } from '../../domain/plan';
import { CancelledError } from '../../errors';
import { runInit } from '../../flows/init';
import { chooseFresh, offerDraft } from '../../flows/init-start';
import { messages } from '../../messages';
import { cancelledAs, keepingDraft, setDraftAside } from './guided-draft';

const m = messages.init;

/** At a terminal only: the caller has made sure of that. `greeted`: the dashboard's welcome is just above. */
export async function guidedInit(ctx: Context, greeted = false): Promise<void> {
  let person = personToRead(await ctx.store.read(), ctx.person);
  // Whatever the person does now revises a plan that is there: the words for stopping say so.
  const revising = hasPlan(person);
  const prompter = await ctx.prompter();
  // A Ctrl+C that leaves nothing new to keep: a draft already there is still there.
  const keptAsItWas = () => new CancelledError(m.draftKept(person.name, revising));
  const draft = await cancelledAs(keptAsItWas, () => offerDraft(prompter, person, ctx.paint));
  const draftGone = draft === 'over';
  if (draftGone) person = await setDraftAside(ctx, person.name, 'init');
  const stopped = () => new CancelledError(m.stopped(person.name, revising, draftGone));
  const answers = typeof draft === 'object' ? draft : await cancelledAs(stopped, () => chooseFresh(prompter, person, greeted));
  if (!answers) return ctx.out.write(`${draftGone ? m.notRevisedDraftGone : m.notRevised}\n`);

  const today = ctx.clock.today();
  const unchanged = typeof draft === 'object' ? keptAsItWas : stopped;
  await keepingDraft(ctx, { person: person.name, flow: 'init', answers, unchanged, kept: keptAsItWas }, () =>
    runInit(prompter, { answers, today, order: dateOrderFrom(ctx.env), owner: defaultOwner(person), paint: ctx.paint }),
  );
  await ctx.store.update((journal) => applyInit(journal, person.name, answers, today), { label: messages.undo.labels.planSaved(messages.plan.planOf(person.name)) });
  ctx.out.write(`\n${ctx.paint.green(m.saved(person.name))}\n`);
}
