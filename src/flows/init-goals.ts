// Part 3 of grow init: who the person wants to become (goals, each with an optional stage of
// mastery), and for each goal at least one action item. A first plan is asked straight
// through; a plan that has goals already gets a short menu to add, change or drop. A goal
// added by mistake can be left: a blank title goes back, and one not saved yet can be removed.
import type { ActionAnswer, GoalAnswer } from '../domain/init-answers';
import { messages } from '../messages';
import { askActionItem } from './ask-action';
import { askStage } from './ask-stage';
import type { InitFlow } from './init';
import type { Choice, Prompter } from './prompter';

const m = messages.init;

export async function askGoals(prompter: Prompter, flow: InitFlow): Promise<void> {
  if (flow.answers.goals.length === 0) {
    await addGoal(prompter, flow, true);
    while (await prompter.confirm({ message: m.anotherGoal, default: false })) if (!(await addGoal(prompter, flow, false))) break;
  } else {
    await goalMenu(prompter, flow);
  }
  // A draft stopped mid-goal, or a revision that dropped every item, still owes an item.
  for (const goal of flow.answers.goals) await ensureAction(prompter, flow, goal);
}

type GoalChoice = 'add' | 'on' | { change: GoalAnswer } | { remove: GoalAnswer };

async function goalMenu(prompter: Prompter, flow: InitFlow): Promise<void> {
  for (;;) {
    const goals = flow.answers.goals;
    // A saved goal has a history (its items and check-ins) that stays; its items can be dropped instead.
    const choices: Choice<GoalChoice>[] = [
      ...goals.map((goal) => ({ value: { change: goal }, name: m.changeGoal(goal.title) })),
      ...goals.filter((goal) => !goal.id).map((goal) => ({ value: { remove: goal }, name: m.removeGoal(goal.title) })),
      { value: 'add', name: m.addGoal },
      { value: 'on', name: m.goOn },
    ];
    const next = await prompter.choose({ message: m.goalMenu, choices, default: 'on' });
    if (next === 'on') return;
    if (next === 'add') await addGoal(prompter, flow, false);
    else if ('remove' in next) goals.splice(goals.indexOf(next.remove), 1);
    else await changeGoal(prompter, flow, next.change);
  }
}

/** False when the person left the title blank to go back (allowed unless it is their first goal). */
async function addGoal(prompter: Prompter, flow: InitFlow, first: boolean): Promise<boolean> {
  const goal: GoalAnswer = { title: '', actions: [] };
  if (!(await askGoalWords(prompter, goal, first ? 'required' : 'optional'))) return false;
  // In the answers from here on, so a Ctrl+C keeps the goal in the draft.
  flow.answers.goals.push(goal);
  do goal.actions.push(await askItem(prompter, flow, goal));
  while (await prompter.confirm({ message: m.anotherAction(goal.title), default: false }));
  return true;
}

type ItemChoice = 'add' | 'done' | { change: ActionAnswer } | { keep: ActionAnswer } | { drop: ActionAnswer };

async function changeGoal(prompter: Prompter, flow: InitFlow, goal: GoalAnswer): Promise<void> {
  await askGoalWords(prompter, goal);
  for (;;) {
    const choices: Choice<ItemChoice>[] = [
      ...goal.actions.map((item) => (item.dropped ? { value: { keep: item }, name: m.keepAction(item.text) } : { value: { change: item }, name: m.changeAction(item.text) })),
      ...goal.actions.filter((item) => !item.dropped).map((item) => ({ value: { drop: item }, name: m.dropAction(item.text) })),
      { value: 'add', name: m.addAction },
      { value: 'done', name: m.doneWithGoal },
    ];
    const next = await prompter.choose({ message: m.actionMenu(goal.title), choices, default: 'done' });
    if (next === 'done') return ensureAction(prompter, flow, goal);
    if (next === 'add') goal.actions.push(await askItem(prompter, flow, goal));
    else if ('change' in next) Object.assign(next.change, await askItem(prompter, flow, goal, next.change));
    else if ('keep' in next) delete next.keep.dropped;
    else if (next.drop.id) next.drop.dropped = true;
    // An item not saved yet has no history to keep.
    else goal.actions.splice(goal.actions.indexOf(next.drop), 1);
  }
}

async function ensureAction(prompter: Prompter, flow: InitFlow, goal: GoalAnswer): Promise<void> {
  if (goal.actions.some((item) => !item.dropped)) return;
  prompter.say(m.needsAction(goal.title));
  goal.actions.push(await askItem(prompter, flow, goal));
}

/** Who they want to become, why, and where they are on that path; false when an optional title was left blank. */
async function askGoalWords(prompter: Prompter, goal: GoalAnswer, title: 'required' | 'optional' = 'required'): Promise<boolean> {
  const answer = await prompter.text(
    title === 'optional'
      ? { message: m.goalQuestionOrBack }
      : { message: m.goalQuestion, initial: goal.title || undefined, validate: (v) => v.trim() !== '' || m.goalRequired },
  );
  if (answer === '') return false;
  goal.title = answer;
  const why = await prompter.text({ message: m.whyQuestion, initial: goal.why });
  if (why) goal.why = why;
  else delete goal.why;
  const stage = await askStage(prompter, goal.stage);
  if (stage) goal.stage = stage;
  else delete goal.stage;
  return true;
}

function askItem(prompter: Prompter, flow: InitFlow, goal: GoalAnswer, initial?: ActionAnswer) {
  const message = initial ? undefined : m.itemQuestion(goal.title);
  return askActionItem(prompter, { today: flow.today, order: flow.order, owner: flow.owner, message, initial });
}
