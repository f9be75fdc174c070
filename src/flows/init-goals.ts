// Part 3 of grow init: who the person wants to become (goals, each with an optional stage of
// mastery), and for each goal at least one action item. A first plan is asked straight
// through; a plan that has goals already gets a short menu to add, change or drop.
import type { ActionAnswer, GoalAnswer } from '../domain/init-answers';
import { STAGE_SUGGESTIONS } from '../domain/plan';
import { messages } from '../messages';
import { askActionItem } from './ask-action';
import type { InitFlow } from './init';
import type { Choice, Prompter } from './prompter';

const m = messages.init;
const OWN = ':own';
const OPEN = ':open';

export async function askGoals(prompter: Prompter, flow: InitFlow): Promise<void> {
  if (flow.answers.goals.length === 0) {
    do await addGoal(prompter, flow);
    while (await prompter.confirm({ message: m.anotherGoal, default: false }));
  } else {
    await goalMenu(prompter, flow);
  }
  // A draft stopped mid-goal, or a revision that dropped every item, still owes an item.
  for (const goal of flow.answers.goals) await ensureAction(prompter, flow, goal);
}

async function goalMenu(prompter: Prompter, flow: InitFlow): Promise<void> {
  for (;;) {
    const goals = flow.answers.goals;
    const choices: Choice<string>[] = [
      ...goals.map((goal, i) => ({ value: String(i), name: m.changeGoal(goal.title) })),
      { value: 'add', name: m.addGoal },
      { value: 'on', name: m.goOn },
    ];
    const next = await prompter.choose({ message: m.goalMenu, choices, default: 'on' });
    if (next === 'on') return;
    if (next === 'add') await addGoal(prompter, flow);
    else await changeGoal(prompter, flow, goals[Number(next)]!);
  }
}

async function addGoal(prompter: Prompter, flow: InitFlow): Promise<void> {
  const goal: GoalAnswer = { title: '', actions: [] };
  await askGoalWords(prompter, goal);
  // In the answers from here on, so a Ctrl+C keeps the goal in the draft.
  flow.answers.goals.push(goal);
  do goal.actions.push(await askItem(prompter, flow, goal));
  while (await prompter.confirm({ message: m.anotherAction(goal.title), default: false }));
}

async function changeGoal(prompter: Prompter, flow: InitFlow, goal: GoalAnswer): Promise<void> {
  await askGoalWords(prompter, goal);
  for (;;) {
    const choices: Choice<string>[] = goal.actions.map((item, i) =>
      item.dropped ? { value: `keep ${i}`, name: m.keepAction(item.text) } : { value: `change ${i}`, name: m.changeAction(item.text) },
    );
    choices.push(...goal.actions.flatMap((item, i) => (item.dropped ? [] : [{ value: `drop ${i}`, name: m.dropAction(item.text) }])));
    choices.push({ value: 'add', name: m.addAction }, { value: 'done', name: m.doneWithGoal });
    const [next, index] = (await prompter.choose({ message: m.actionMenu(goal.title), choices, default: 'done' })).split(' ');
    if (next === 'done') return ensureAction(prompter, flow, goal);
    if (next === 'add') {
      goal.actions.push(await askItem(prompter, flow, goal));
      continue;
    }
    const item = goal.actions[Number(index)]!;
    if (next === 'change') Object.assign(item, await askItem(prompter, flow, goal, item));
    else if (next === 'keep') delete item.dropped;
    else if (item.id) item.dropped = true;
    // An item not saved yet has no history to keep.
    else goal.actions.splice(Number(index), 1);
  }
}

async function ensureAction(prompter: Prompter, flow: InitFlow, goal: GoalAnswer): Promise<void> {
  if (goal.actions.some((item) => !item.dropped)) return;
  prompter.say(m.needsAction(goal.title));
  goal.actions.push(await askItem(prompter, flow, goal));
}

/** Who they want to become, why, and where they are on that path. */
async function askGoalWords(prompter: Prompter, goal: GoalAnswer): Promise<void> {
  goal.title = await prompter.text({ message: m.goalQuestion, initial: goal.title || undefined, validate: (v) => v.trim() !== '' || m.goalRequired });
  const why = await prompter.text({ message: m.whyQuestion, initial: goal.why });
  if (why) goal.why = why;
  else delete goal.why;
  const stage = await askStage(prompter, goal.stage);
  if (stage) goal.stage = stage;
  else delete goal.stage;
}

async function askStage(prompter: Prompter, current: string | undefined): Promise<string | undefined> {
  const suggested: readonly string[] = STAGE_SUGGESTIONS;
  const own = current !== undefined && !suggested.includes(current) ? [current] : [];
  const choices: Choice<string>[] = [...own, ...suggested].map((stage) => ({ value: stage, name: stage }));
  choices.push({ value: OWN, name: m.stageOwn }, { value: OPEN, name: m.stageNone });
  const choice = await prompter.choose({ message: m.stageQuestion, choices, default: current ?? OPEN });
  if (choice === OPEN) return undefined;
  if (choice !== OWN) return choice;
  return (await prompter.text({ message: m.stageOwnQuestion, validate: (v) => v.length <= 60 || m.stageTooLong })) || undefined;
}

function askItem(prompter: Prompter, flow: InitFlow, goal: GoalAnswer, initial?: ActionAnswer) {
  const message = initial ? undefined : m.itemQuestion(goal.title);
  return askActionItem(prompter, { today: flow.today, owner: flow.owner, message, initial });
}
