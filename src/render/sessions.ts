// `grow sessions`: past one-on-ones, newest first, one line each.
import type { SessionView } from '../domain/session-view';
import { messages } from '../messages';
import { dueText } from './plan';
import type { Paint } from './paint';
import { safeText } from './text';

const m = messages.sessionSummary;

export function renderSessionList(views: readonly SessionView[], today: string, paint: Paint): string {
  const rows = views.map((view) => {
    const { session } = view;
    return {
      id: paint.cyan(session.id.padEnd(5)),
      on: dueText(session.on, today),
      who: view.own ? m.withYourManager(safeText(session.manager)) : m.with(safeText(view.person), safeText(session.manager)),
      counts: m.counts(view.reviewed.length, view.agreed.length, session.parked.length),
    };
  });
  const onWidth = Math.max(...rows.map((r) => r.on.length));
  const whoWidth = Math.max(...rows.map((r) => r.who.length));
  const lines = rows.map((r) => `${r.id}${r.on.padEnd(onWidth)}  ${paint.bold(r.who.padEnd(whoWidth))}  ${paint.dim(`· ${r.counts}`)}`);
  return `${paint.bold(m.listTitle)}\n\n${lines.join('\n')}\n`;
}
