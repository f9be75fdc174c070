// grow init: the guided setup in three parts (about you; dreams, passions and the mission
// statement; who you want to become and what to do), then a summary from which any part
// can be changed again. The flow fills in `answers` as the person goes, so a Ctrl+C can
// keep them as a draft; the command saves the plan in one change at the end.
import type { DateOrder, IsoDate } from '../domain/dates';
import { ABOUT_QUESTIONS, DREAM_QUESTIONS, INIT_PARTS, type InitAnswers, type InitPart, type ReflectionQuestion } from '../domain/init-answers';
import { messages } from '../messages';
import { renderInitSummary } from '../render/init-summary';
import type { Paint } from '../render/paint';
import { askGoals } from './init-goals';
import { askMissionStatement } from './mission-helper';
import type { Prompter } from './prompter';

const m = messages.init;

export interface InitFlow {
  /** Filled in as the person answers. */
  answers: InitAnswers;
  today: IsoDate;
  /** Which comes first in a date in numbers, from the person's locale. */
  order?: DateOrder;
  /** Who does an action item unless another name is given. */
  owner: string;
  paint: Paint;
}

/** Resolves when the person chooses to save; `flow.answers` then holds the whole plan. */
export async function runInit(prompter: Prompter, flow: InitFlow): Promise<void> {
  const { answers } = flow;
  for (const part of INIT_PARTS) {
    if (answers.done.includes(part)) continue;
    await askPart(prompter, flow, part);
    answers.done.push(part);
  }
  for (;;) {
    prompter.say(`\n${renderInitSummary(answers, flow.today, flow.paint)}`);
    const next = await prompter.choose<'save' | InitPart>({
      message: m.summaryQuestion,
      choices: [{ value: 'save', name: m.save }, ...INIT_PARTS.map((part, i) => ({ value: part, name: m.change(i + 1, m.parts[part].title) }))],
      default: 'save',
    });
    if (next === 'save') return;
    await askPart(prompter, flow, next);
  }
}

async function askPart(prompter: Prompter, flow: InitFlow, part: InitPart): Promise<void> {
  const n = INIT_PARTS.indexOf(part) + 1;
  prompter.say(`\n${flow.paint.bold(m.partHeading(n, m.parts[part].title))}\n${m.parts[part].intro}`);
  if (part === 'about') return askReflections(prompter, flow.answers, ABOUT_QUESTIONS);
  if (part === 'plan') return askGoals(prompter, flow);
  await askReflections(prompter, flow.answers, DREAM_QUESTIONS);
  const said = flow.answers.reflections;
  prompter.say(`\n${flow.paint.bold(messages.plan.missionHelper.heading)}`);
  flow.answers.mission = await askMissionStatement(prompter, {
    current: flow.answers.mission,
    answers: { love: said.love, dream: said.dream, wakeUp: said['wake-up'] },
  });
}

/** Open questions; a blank answer moves on. */
async function askReflections(prompter: Prompter, answers: InitAnswers, questions: readonly { key: ReflectionQuestion }[]): Promise<void> {
  for (const { key } of questions) {
    const answer = await prompter.text({ message: m.questions[key].ask, initial: answers.reflections[key] });
    if (answer) answers.reflections[key] = answer;
    else delete answers.reflections[key];
  }
}
