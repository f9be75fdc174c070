// grow goal add TITLE [--why TEXT] [--stage STAGE], grow goal list, grow goal stage ID STAGE:
// goals are who the person wants to become, each with a stage of mastery that moves over time.
import type { Context } from '../context';
import { personToRead, personToWrite } from '../domain/journal';
import { addGoal, currentStage, setGoalStage } from '../domain/plan';
import { goalProgress, latestCheckins } from '../domain/progress';
import type { Person } from '../domain/schema';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { renderGoals, type GoalView } from '../render/plan';
import { limitText, printJson, type Flags } from './shared/options';
import { readStage } from './shared/plan-values';
import { goalById } from './shared/plan-lookup';

const m = messages.plan;

export interface GoalAddOptions {
  why?: string;
  stage?: string;
}

export async function addGoalCommand(ctx: Context, words: string[], options: Flags<GoalAddOptions>): Promise<void> {
  const title = limitText('The goal', words.join(' ').trim());
  const why = limitText('--why', options.why?.trim()) || undefined;
  if (title === '') throw new UsageError(m.goalEmpty);
  const stage = options.stage === undefined ? undefined : readStage('--stage', options.stage);
  const goal = await ctx.store.update((journal) =>
    addGoal(journal, ctx.person, { title, why, stage }, ctx.clock.today()),
  );
  if (ctx.json) printJson(ctx, goal);
  else ctx.out.write(ctx.out.isTTY ? `${m.goalAdded(goal.id)}\n` : `${goal.id}\n`);
}

export async function listGoals(ctx: Context): Promise<void> {
  const person = personToRead(await ctx.store.read(), ctx.person);
  const views = goalViews(person);
  if (ctx.json) return printJson(ctx, views.map(({ goal, stage, progress, openItems }) => ({ ...goal, stage, progress, openItems })));
  ctx.out.write(views.length > 0 ? renderGoals(person.name, views, { today: ctx.clock.today(), paint: ctx.paint, width: ctx.out.columns }) : `${m.noGoals(person.name)}\n`);
}

export async function setStage(ctx: Context, id: string, words: string[]): Promise<void> {
  const stage = readStage('STAGE', words.join(' '));
  const { goal, changed } = await ctx.store.update((journal) => {
    const goal = goalById(journal, personToWrite(journal, ctx.person), { value: id, example: `grow goal stage g1 ${stage}` });
    const changed = currentStage(goal) !== stage;
    setGoalStage(goal, stage, ctx.clock.today());
    return { goal, changed };
  });
  if (ctx.json) printJson(ctx, goal);
  else ctx.out.write(`${changed ? m.stageSet(goal.id, stage) : m.stageSame(goal.id, stage)}\n`);
}

function goalViews(person: Person): GoalView[] {
  const latest = latestCheckins(person);
  return person.goals.map((goal) => ({
    goal,
    stage: currentStage(goal),
    progress: goalProgress(goal, person, latest),
    openItems: person.actions.filter((a) => a.goal === goal.id && a.status === 'open').length,
  }));
}
