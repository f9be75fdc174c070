// grow (no command): the dashboard. At a terminal it offers what comes next: on an empty
// journal the guided setup, and when check-ins are due, doing them now.
import type { Context } from '../context';
import { commitments, nextMeetings } from '../domain/commitments';
import { isMe, personToRead, sameName } from '../domain/journal';
import { overview } from '../domain/overview';
import { messages } from '../messages';
import { renderDashboard, renderWelcome } from '../render/dashboard';
import { runCheckinRound } from './shared/checkin-round';
import { printJson } from './shared/options';

const m = messages.dashboard;

export async function dashboard(ctx: Context): Promise<void> {
  const journal = await ctx.store.read();
  const person = personToRead(journal, ctx.person);
  // The owner's own dashboard also shows what they promised in their reports' plans, and the
  // next one-on-one with each; a report's plan, the next one-on-one kept in it.
  const own = isMe(person.name);
  const view = overview(person, ctx.clock.today(), {
    promised: own ? commitments(journal, { open: true }) : [],
    meetings: nextMeetings(journal).filter((meeting) => own || sameName(meeting.person, person.name)),
    journal,
  });
  if (ctx.json) return printJson(ctx, view);
  // At a terminal an empty journal shows the welcome a script sees, then offers grow init.
  if (view.empty && ctx.interactive) return offerInit(ctx);
  ctx.out.write(renderDashboard(view, ctx.paint, ctx.out.columns));
  if (!ctx.interactive || view.due.length === 0) return;

  ctx.out.write('\n');
  const prompter = await ctx.prompter();
  if (await prompter.confirm({ message: m.offer(view.due.length), default: true })) await runCheckinRound(ctx, person);
  else ctx.out.write(`${m.later}\n`);
}

async function offerInit(ctx: Context): Promise<void> {
  ctx.out.write(`${renderWelcome(ctx.out.columns)}\n`);
  const prompter = await ctx.prompter();
  if (await prompter.confirm({ message: m.offerInit, default: true })) await (await import('./shared/guided-init')).guidedInit(ctx);
  else ctx.out.write(`${m.start(ctx.person)}\n`);
}
