// grow sessions [--person NAME], grow sessions show ID: past one-on-ones, and one of them
// as its closing summary showed it. Without --person, everyone's, newest first.
import type { Context } from '../context';
import { normalizeId, personToRead } from '../domain/journal';
import type { Journal } from '../domain/schema';
import { findSession, sessionsOf, sessionView, type SessionView } from '../domain/session-view';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { renderSessionSummary } from '../render/session-summary';
import { renderSessionList } from '../render/sessions';
import { printJson } from './shared/options';

const m = messages.sessionSummary;

export async function listSessions(ctx: Context, personGiven: boolean): Promise<void> {
  const journal = await ctx.store.read();
  const people = personGiven ? [personToRead(journal, ctx.person)] : journal.people;
  const views = sessionsOf(people).map(({ person, session }) => sessionView(person, session, journal.owner));
  if (ctx.json) return printJson(ctx, views.map(asJson));
  if (views.length === 0) return ctx.out.write(`${personGiven ? m.noneFor(people[0]!.name) : m.none}\n`);
  ctx.out.write(renderSessionList(views, ctx.clock.today(), ctx.paint));
}

export async function showSession(ctx: Context, id: string): Promise<void> {
  const view = viewOf(await ctx.store.read(), id);
  if (ctx.json) return printJson(ctx, asJson(view));
  ctx.out.write(renderSessionSummary(view, ctx.clock.today(), ctx.paint));
}

function viewOf(journal: Journal, value: string): SessionView {
  const id = normalizeId(value, 'session');
  if (!id) throw new UsageError(m.notAnId(value), m.listHint);
  const found = findSession(journal, id);
  if (!found) throw new UsageError(m.unknown(id), m.listHint);
  return sessionView(found.person, found.session, journal.owner);
}

/** The session record, with the check-ins of its review and the items agreed in it. */
function asJson(view: SessionView) {
  return {
    person: view.person,
    ...view.session,
    reviewed: view.reviewed.map((r) => r.checkin),
    agreed: view.agreed.map((a) => a.action),
    ...(view.mission ? { mission: { ...view.mission.version, written: view.mission.written } } : {}),
  };
}
