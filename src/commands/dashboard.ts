// grow (no command): the dashboard. At a terminal it offers what comes next: on an empty
// journal the guided setup, and when check-ins are due, doing them now.
import { clockFrom } from '../clock';
import type { Context, GlobalOptions } from '../context';
import type { Prompter } from '../flows/prompter';
import { commitments, nextMeetings } from '../domain/commitments';
import { isMe, ME, personToRead, sameName } from '../domain/journal';
import { overview } from '../domain/overview';
import { reminderFor } from '../domain/reminders';
import { dashboard as m } from '../messages/dashboard';
import { renderDashboard, renderWelcome } from '../render/dashboard';
import { unreadCheckinsForOverview } from '../store/overview-checkins';
import { keptRemindFacts, remindedJournal } from '../store/remind-facts';
import { printJson } from './shared/options';

export async function dashboard(ctx: Context): Promise<void> {
  const journal = await ctx.store.read();
  const person = personToRead(journal, ctx.person);
  // The owner's own dashboard also shows what they promised in their reports' plans, and the
  // next one-on-one with each; a report's plan, the next one-on-one kept in it.
  const own = isMe(person.name);
  const today = ctx.clock.today();
  const view = overview(person, today, {
    promised: own ? commitments(journal, { open: true }) : [],
    meetings: nextMeetings(journal).filter((meeting) => own || sameName(meeting.person, person.name)),
    journal,
    checkins: unreadCheckinsForOverview(person, today) ?? person.checkins,
  });
  if (ctx.json) return printJson(ctx, view);
  // The prompts are ready before anything is shown, when there is something to offer.
  const prompter = ctx.interactive && (view.empty || view.due.length > 0) ? await ctx.prompter() : undefined;
  // At a terminal an empty journal shows the welcome a script sees, then offers grow init.
  if (view.empty && prompter) return offerInit(ctx, prompter);
  ctx.out.write(renderDashboard(view, ctx.paint, ctx.out.columns));
  if (!prompter) return;

  ctx.out.write('\n');
  if (await prompter.confirm({ message: m.offer(view.due.length), default: true })) await (await import('./shared/checkin-round')).runCheckinRound(ctx, person);
  else ctx.out.write(`${m.later}\n`);
}

async function offerInit(ctx: Context, prompter: Prompter): Promise<void> {
  ctx.out.write(`${renderWelcome(ctx.out.columns)}\n`);
  if (await prompter.confirm({ message: m.offerInit, default: true })) await (await import('./shared/guided-init')).guidedInit(ctx, true);
  else ctx.out.write(`${m.start(ctx.person)}\n`);
}

/**
 * Whether the dashboard will ask something (at a terminal, when check-ins are due or there is no
 * journal yet), as far as the facts grow remind keeps (store/remind-facts.ts) tell without
 * reading the journal: only when they are kept for this very file. The dashboard's own bundle
 * then hands the line over at once to the full command line, which asks (cli/read-command.ts),
 * rather than after working out the overview the full command line works out all over again:
 * on years of journal, that doubled the wait for the first question. The dashboard says the
 * same either way.
 */
export function asksAtOnce(globals: GlobalOptions, env: NodeJS.ProcessEnv, interactive: boolean): boolean {
  if (!interactive || globals.json) return false;
  try {
    const journal = remindedJournal(globals.journal, env);
    // No journal yet: the dashboard offers grow init.
    if (journal === null) return true;
    const facts = keptRemindFacts(journal.path, journal.version);
    if (facts === undefined) return false;
    return (reminderFor(facts, globals.person?.trim() || ME, clockFrom(env).today())?.due ?? 0) > 0;
  } catch {
    // Whatever is wrong, the dashboard says it.
    return false;
  }
}
