// grow mission, grow mission set TEXT, grow mission edit, grow mission history [--diff]: the
// personal mission statement.
// A new statement never replaces the old one: earlier versions are kept with their dates.
import type { Context } from '../context';
import { personToRead, personToWrite } from '../domain/journal';
import { currentMission, setMission } from '../domain/plan';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { renderMission, renderMissionHistory } from '../render/plan';
import { wordDiff } from '../domain/word-diff';
import { oneLine } from '../render/text';
import { editInEditor } from '../terminal/editor';
import { limitText, printJson, type Flags } from './shared/options';

const m = messages.plan;

export async function showMission(ctx: Context): Promise<void> {
  const person = personToRead(await ctx.store.read(), ctx.person);
  const mission = currentMission(person);
  if (ctx.json) return printJson(ctx, mission ?? null);
  ctx.out.write(mission ? renderMission(mission, ctx.paint) : `${m.noMission(person.name)}\n`);
}

export async function setMissionText(ctx: Context, words: string[]): Promise<void> {
  const text = words.join(' ').trim();
  if (text === '') throw new UsageError(m.missionEmpty);
  await saveMission(ctx, text);
}

export interface MissionEditOptions {
  text?: string;
}

/** A new version from --text, or (at a terminal) from the current statement edited in $EDITOR. */
export async function editMission(ctx: Context, options: Flags<MissionEditOptions>): Promise<void> {
  if (options.text !== undefined) {
    if (options.text.trim() === '') throw new UsageError(messages.change.mission.textNeeded);
    return saveMission(ctx, options.text.trim(), true);
  }
  if (!ctx.interactive) throw new UsageError(messages.change.mission.textNeeded);
  // The journal is read (and its passphrase asked for) before the editor opens.
  const current = currentMission(personToRead(await ctx.store.read(), ctx.person));
  const text = (await editInEditor(current?.text ?? '', ctx.env, { memoryOnly: ctx.store.isEncrypted() })).trim();
  if (text === '') return ctx.err.write(`${messages.change.mission.emptied}\n`);
  await saveMission(ctx, text, true);
}

async function saveMission(ctx: Context, given: string, edited = false): Promise<void> {
  const text = limitText('The mission statement', given);
  const label = edited ? { label: messages.change.mission.editedLabel(oneLine(text, 40)) } : {};
  const { saved, changed, hadEarlier } = await ctx.store.update((journal) => {
    const person = personToWrite(journal, ctx.person);
    const before = currentMission(person);
    const saved = setMission(person, text, ctx.clock.today());
    return { saved, changed: saved !== before, hadEarlier: before !== undefined };
  }, label);
  if (ctx.json) return printJson(ctx, saved);
  if (!changed) return ctx.out.write(`${m.missionSame}\n`);
  ctx.out.write(`${m.missionSaved}${hadEarlier ? ` ${m.missionKept}` : ''}\n`);
}

export interface MissionHistoryOptions {
  /** Each version with the words changed from the one before. */
  diff?: boolean;
}

export async function missionHistory(ctx: Context, options: Flags<MissionHistoryOptions> = {}): Promise<void> {
  const person = personToRead(await ctx.store.read(), ctx.person);
  const newestFirst = [...person.missions].reverse();
  if (ctx.json) {
    const older = (i: number) => newestFirst[i + 1];
    return printJson(ctx, options.diff ? newestFirst.map((mission, i) => ({ ...mission, diff: older(i) ? wordDiff(older(i)!.text, mission.text) : null })) : newestFirst);
  }
  ctx.out.write(newestFirst.length > 0 ? renderMissionHistory(newestFirst, ctx.paint, options.diff) : `${m.noMission(person.name)}\n`);
}
