// grow people, grow people add NAME: the people whose plans this journal holds.
import type { Context } from '../context';
import { addPerson, checkName, peopleRows } from '../domain/people';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { renderPeople } from '../render/people';
import { printJson } from './shared/options';

const m = messages.people;

export async function listPeople(ctx: Context): Promise<void> {
  const today = ctx.clock.today();
  const rows = peopleRows(await ctx.store.read(), today);
  if (ctx.json) {
    return printJson(
      ctx,
      rows.map(({ name, openItems, next, lastSession }) => ({
        name,
        openItems,
        next: next ? { ...next.action, dueForCheckin: next.reasons } : null,
        lastSession: lastSession ? { id: lastSession.id, on: lastSession.on, manager: lastSession.manager, next: lastSession.next } : null,
      })),
    );
  }
  ctx.out.write(rows.length > 0 ? renderPeople(rows, today, ctx.paint, ctx.out.columns) : `${m.none}\n`);
}

export async function addPersonCommand(ctx: Context, words: string[]): Promise<void> {
  const given = words.join(' ');
  if (given.trim() === '') throw new UsageError(m.nameMissing);
  const name = checkName(given);
  if (!name) throw new UsageError(m.badName);
  const { person, added } = await ctx.store.update((journal) => addPerson(journal, name));
  if (ctx.json) return printJson(ctx, { name: person.name, added });
  ctx.out.write(`${added ? m.added(person.name) : m.already(person.name)}\n`);
}
