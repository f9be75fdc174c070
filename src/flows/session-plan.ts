// Part 3 of a one-on-one: who does what by when. Each item serves a goal (one the report
// has, or a new one: who they want to become) and has an owner (the report, the manager or
// anyone else) and a due date; the part does not end before there is at least one.
import type { AgreedItem } from '../domain/session';
import { defaultOwner } from '../domain/plan';
import { messages } from '../messages';
import { oneLine, safeText } from '../render/text';
import { askActionItem } from './ask-action';
import type { Choice } from './prompter';
import type { Talk } from './session-voice';

const m = messages.session;
/** Choices other than a saved goal; goal ids start with g, so none of them is taken. */
const NEW_GOAL = ':new';
const NAMED = ':named ';

export async function whoDoesWhatByWhen(talk: Talk): Promise<void> {
  if (talk.asked('items')) return;
  talk.heading(m.partHeading(3, m.parts.plan), m.planIntro(talk.names.report));
  if (talk.answers.items.length === 0) await agreeItem(talk);
  while (await talk.both.confirm({ message: m.anotherItem, default: false })) await agreeItem(talk);
  talk.done('items');
}

async function agreeItem(talk: Talk): Promise<void> {
  const goal = await chooseGoal(talk);
  const title = goal.newGoal ?? talk.flow.person.goals.find((g) => g.id === goal.goal)!.title;
  const item = await askActionItem(talk.both, {
    today: talk.flow.today,
    owner: defaultOwner(talk.flow.person),
    message: m.itemQuestion(safeText(title)),
  });
  talk.answers.items.push({ ...goal, ...item });
}

/** A goal of the plan, one named earlier in this session, or a new one. */
async function chooseGoal(talk: Talk): Promise<Pick<AgreedItem, 'goal' | 'newGoal'>> {
  const named = [...new Set(talk.answers.items.flatMap((item) => (item.newGoal ? [item.newGoal] : [])))];
  const choices: Choice<string>[] = [
    ...talk.flow.person.goals.map((g) => ({ value: g.id, name: oneLine(g.title) })),
    ...named.map((title, i) => ({ value: `${NAMED}${i}`, name: oneLine(title) })),
  ];
  if (choices.length > 0) {
    choices.push({ value: NEW_GOAL, name: m.newGoalChoice });
    const choice = await talk.both.choose({ message: m.goalQuestion, choices, default: choices[0]!.value });
    if (choice.startsWith(NAMED)) return { newGoal: named[Number(choice.slice(NAMED.length))]! };
    if (choice !== NEW_GOAL) return { goal: choice };
  }
  const title = await talk.report.text({ message: m.newGoalQuestion, validate: (v) => v.trim() !== '' || m.goalRequired });
  return { newGoal: title };
}
