// Part 3 of a one-on-one: who does what by when. Each item serves a goal (one the report
// has, or a new one: who they want to become) and has an owner (the report, the manager or
// anyone else) and a due date; the part does not end before there is at least one. The
// items are read back before the part ends, so a slip can be changed or removed before
// anything is saved.
import type { AgreedItem } from '../domain/session';
import { defaultOwner } from '../domain/plan';
import { messages } from '../messages';
import { dueText } from '../render/plan';
import { foldRow, TEXT_WIDTH } from '../render/wrap';
import { oneLine, safeText } from '../render/text';
import { askActionItem } from './ask-action';
import { askStage } from './ask-stage';
import type { Choice } from './prompter';
import type { Talk } from './session-voice';

const m = messages.session;

type ReadBackChoice = 'right' | 'add' | { change: AgreedItem } | { remove: AgreedItem };
/** A goal of the plan (by id), one named earlier in this session (by title), or a new one. */
type GoalChoice = { goal: string } | { named: string } | 'new';

export async function whoDoesWhatByWhen(talk: Talk): Promise<void> {
  if (talk.asked('items')) return;
  talk.heading(m.partHeading(3, m.parts.plan), m.planIntro(talk.names.report));
  if (talk.answers.items.length === 0) await agreeItem(talk);
  await readBack(talk);
  talk.done('items');
}

/** The items so far, and whether they are right: another can be added, any changed or removed. */
async function readBack(talk: Talk): Promise<void> {
  const { items } = talk.answers;
  for (;;) {
    talk.say(`\n${m.itemsSoFar}\n${items.map((item) => foldRow('  - ', itemLine(talk, item), TEXT_WIDTH)).join('\n')}`);
    const choices: Choice<ReadBackChoice>[] = [
      { value: 'right', name: m.itemsRight },
      { value: 'add', name: m.addItem },
      ...items.map((item) => ({ value: { change: item }, name: m.changeItem(safeText(item.text)) })),
      ...items.map((item) => ({ value: { remove: item }, name: m.removeItem(safeText(item.text)) })),
    ];
    const next = await talk.both.choose<ReadBackChoice>({ message: m.itemsCheck, choices, default: 'right' });
    if (next === 'right') return;
    if (next === 'add') await agreeItem(talk);
    else if ('change' in next) await changeItem(talk, next.change);
    else {
      items.splice(items.indexOf(next.remove), 1);
      if (items.length > 0) continue;
      talk.say(m.needsItem);
      await agreeItem(talk);
    }
  }
}

async function agreeItem(talk: Talk): Promise<void> {
  const goal = await chooseGoal(talk);
  const item = await askActionItem(talk.both, {
    today: talk.flow.today,
    order: talk.flow.order,
    owner: talk.ownerName(defaultOwner(talk.flow.person)),
    message: m.itemQuestion(safeText(goalTitle(talk, goal))),
  });
  talk.answers.items.push({ ...goal, ...item });
}

/** The same questions as for a new item, each answer in the line ready to edit; the goal stays. */
async function changeItem(talk: Talk, item: AgreedItem): Promise<void> {
  const changed = await askActionItem(talk.both, {
    today: talk.flow.today,
    order: talk.flow.order,
    owner: talk.ownerName(defaultOwner(talk.flow.person)),
    message: m.itemQuestion(safeText(goalTitle(talk, item))),
    initial: item,
  });
  Object.assign(item, changed);
}

function goalTitle(talk: Talk, item: Pick<AgreedItem, 'goal' | 'newGoal'>): string {
  return item.newGoal ?? talk.flow.person.goals.find((g) => g.id === item.goal)!.title;
}

function itemLine(talk: Talk, item: AgreedItem): string {
  const facts = [safeText(talk.ownerName(item.owner)), dueText(item.due, talk.flow.today), messages.plan.cadence(item.every), messages.sessionSummary.forGoal(safeText(goalTitle(talk, item)))];
  return `${safeText(item.text)}  ${talk.flow.paint.dim(`· ${facts.join(' · ')}`)}`;
}

/** A goal of the plan, one named earlier in this session, or a new one. */
async function chooseGoal(talk: Talk): Promise<Pick<AgreedItem, 'goal' | 'newGoal' | 'newGoalStage'>> {
  const named = [...new Set(talk.answers.items.flatMap((item) => (item.newGoal ? [item.newGoal] : [])))];
  const choices: Choice<GoalChoice>[] = [
    ...talk.flow.person.goals.map((g) => ({ value: { goal: g.id }, name: oneLine(g.title) })),
    ...named.map((title) => ({ value: { named: title }, name: oneLine(title) })),
  ];
  if (choices.length > 0) {
    choices.push({ value: 'new', name: m.newGoalChoice });
    const choice = await talk.both.choose({ message: m.goalQuestion, choices, default: choices[0]!.value });
    if (choice !== 'new' && 'named' in choice) {
      // Each item of a goal named today carries its stage, so removing one of them keeps it.
      const stage = talk.answers.items.find((item) => item.newGoal === choice.named)?.newGoalStage;
      return stage === undefined ? { newGoal: choice.named } : { newGoal: choice.named, newGoalStage: stage };
    }
    if (choice !== 'new') return choice;
  }
  const title = await talk.report.text({ message: m.newGoalQuestion, validate: (v) => v.trim() !== '' || m.goalRequired });
  // As in grow init: who they want to become, then where they are on that path.
  const stage = await askStage(talk.report, undefined);
  return stage === undefined ? { newGoal: title } : { newGoal: title, newGoalStage: stage };
}
