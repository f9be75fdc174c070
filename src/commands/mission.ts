// grow mission, grow mission set TEXT, grow mission history: the personal mission statement.
// A new statement never replaces the old one: earlier versions are kept with their dates.
import type { Context } from '../context';
import { personToRead, personToWrite } from '../domain/journal';
import { currentMission, setMission } from '../domain/plan';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { renderMission, renderMissionHistory } from '../render/plan';
import { limitText, printJson } from './shared/options';

const m = messages.plan;

export async function showMission(ctx: Context): Promise<void> {
  const person = personToRead(await ctx.store.read(), ctx.person);
  const mission = currentMission(person);
  if (ctx.json) return printJson(ctx, mission ?? null);
  ctx.out.write(mission ? renderMission(mission, ctx.paint) : `${m.noMission(person.name)}\n`);
}

export async function setMissionText(ctx: Context, words: string[]): Promise<void> {
  const text = limitText('The mission statement', words.join(' ').trim());
  if (text === '') throw new UsageError(m.missionEmpty);
  const { saved, changed, hadEarlier } = await ctx.store.update((journal) => {
    const person = personToWrite(journal, ctx.person);
    const before = currentMission(person);
    const saved = setMission(person, text, ctx.clock.today());
    return { saved, changed: saved !== before, hadEarlier: before !== undefined };
  });
  if (ctx.json) return printJson(ctx, saved);
  if (!changed) return ctx.out.write(`${m.missionSame}\n`);
  ctx.out.write(`${m.missionSaved}${hadEarlier ? ` ${m.missionKept}` : ''}\n`);
}

export async function missionHistory(ctx: Context): Promise<void> {
  const person = personToRead(await ctx.store.read(), ctx.person);
  const newestFirst = [...person.missions].reverse();
  if (ctx.json) return printJson(ctx, newestFirst);
  ctx.out.write(newestFirst.length > 0 ? renderMissionHistory(newestFirst, ctx.paint) : `${m.noMission(person.name)}\n`);
}
