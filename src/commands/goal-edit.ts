// grow goal edit ID [--title --why --stage] (asked for at a terminal when no flag is given) and
// grow goal rm ID [--with-items]: a goal with open items is not removed unless they go with it.
import type { Context } from '../context';
import { personToRead, personToWrite } from '../domain/journal';
import { currentStage, setGoalStage } from '../domain/plan';
import { goalRemoval, removeGoal } from '../domain/removal';
import type { Journal } from '../domain/schema';
import { UsageError } from '../errors';
import { askStage } from '../flows/ask-stage';
import { messages } from '../messages';
import { renderFieldChanges } from '../render/field-changes';
import { goalGoing } from '../render/removal';
import { oneLine } from '../render/text';
import { confirmRemoval, sameAsConfirmed } from './shared/confirm';
import { limitText, printJson, type Flags } from './shared/options';
import { goalById } from './shared/plan-lookup';
import { readStage } from './shared/plan-values';

const m = messages.change;
const EXCERPT = 40;

export interface GoalEditOptions {
  title?: string;
  why?: string;
  stage?: string;
}

/** `why: ''` takes the reason away. */
type GoalFields = { title?: string; why?: string; stage?: string };

export async function editGoalCommand(ctx: Context, id: string, options: Flags<GoalEditOptions>): Promise<void> {
  const lookup = { value: id, example: 'grow goal edit g1 --title "A calm public speaker"' };
  const flagged = [options.title, options.why, options.stage].some((value) => value !== undefined);
  if (!flagged && !ctx.interactive) throw new UsageError(m.goal.noChange);
  const wanted = flagged ? fromFlags(options) : await askFields(ctx, await ctx.store.read(), lookup);
  const { before, after } = await ctx.store.update((journal) => {
    const goal = goalById(journal, personToWrite(journal, ctx.person), lookup);
    const before = { title: goal.title, why: goal.why, stage: currentStage(goal) };
    if (wanted.title !== undefined) goal.title = wanted.title;
    if (wanted.why === '') delete goal.why;
    else if (wanted.why !== undefined) goal.why = wanted.why;
    if (wanted.stage !== undefined) setGoalStage(goal, wanted.stage, ctx.clock.today());
    return { before, after: goal };
  });
  if (ctx.json) return printJson(ctx, after);
  const now = { title: after.title, why: after.why, stage: currentStage(after) };
  const f = m.goal.fields;
  const shown = (value: string | undefined) => (value === undefined ? m.none : `"${oneLine(value, 60)}"`);
  const changes = (['title', 'why', 'stage'] as const).filter((field) => before[field] !== now[field]).map((field) => ({ name: f[field], before: shown(before[field]), after: shown(now[field]) }));
  ctx.out.write(renderFieldChanges(`${m.labels.goal} ${after.id}`, changes));
}

function fromFlags(options: GoalEditOptions): GoalFields {
  const fields: GoalFields = {};
  if (options.title !== undefined) {
    fields.title = limitText('--title', options.title.trim());
    if (fields.title === '') throw new UsageError(messages.plan.goalEmpty);
  }
  if (options.why !== undefined) fields.why = limitText('--why', options.why.trim());
  if (options.stage !== undefined) fields.stage = readStage('--stage', options.stage);
  return fields;
}

/** At a terminal with no flags: the title, the reason and the stage, each ready to edit. */
async function askFields(ctx: Context, journal: Journal, lookup: { value: string; example: string }): Promise<GoalFields> {
  const goal = goalById(journal, personToRead(journal, ctx.person), lookup);
  const prompter = await ctx.prompter();
  const title = await prompter.text({ message: m.goal.titleQuestion, initial: goal.title, validate: (v) => v.trim() !== '' || m.goal.titleRequired });
  const why = await prompter.text({ message: m.goal.whyQuestion, initial: goal.why ?? '' });
  const stage = await askStage(prompter, currentStage(goal));
  return { title: title.trim(), why: why.trim(), ...(stage !== undefined ? { stage } : {}) };
}

export interface GoalRemoveOptions {
  withItems?: boolean;
  yes?: boolean;
}

export async function removeGoalCommand(ctx: Context, id: string, options: Flags<GoalRemoveOptions>): Promise<void> {
  const removal = { command: `grow goal rm ${id}${options.withItems ? ' --with-items' : ''}`, yes: options.yes };
  const going = (journal: Journal) => {
    const person = personToRead(journal, ctx.person);
    const found = goalRemoval(person, goalById(journal, person, { value: id, example: 'grow goal rm g1' }));
    if (found.open.length > 0 && !options.withItems) {
      const other = person.goals.find((g) => g !== found.goal)?.id;
      throw new UsageError(m.goal.openItems(found.goal.id, found.open.length), m.goal.openItemsHint(found.goal.id, other));
    }
    return { found, lines: goalGoing(found) };
  };
  const seen = going(await ctx.store.read());
  if (!(await confirmRemoval(ctx, removal, seen.lines))) return;
  const { goal, actions } = seen.found;
  await ctx.store.update(
    (journal) => {
      const now = going(journal);
      sameAsConfirmed(seen.lines, now.lines);
      removeGoal(personToWrite(journal, ctx.person), now.found.goal);
    },
    { label: m.goal.removedLabel(goal.id, oneLine(goal.title, EXCERPT), actions.length) },
  );
  if (ctx.json) return printJson(ctx, { removed: goal.id, items: actions.map((a) => a.id) });
  ctx.out.write(`${m.goal.removed(goal.id, actions.length)} ${m.undoHint}\n`);
}
