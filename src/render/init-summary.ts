// The summary grow init shows before saving: every answer, part by part, so the person can
// see the whole plan and go back to any part.
import { ABOUT_QUESTIONS, DREAM_QUESTIONS, type InitAnswers, type ReflectionQuestion } from '../domain/init-answers';
import { messages } from '../messages';
import type { IsoDate } from '../domain/dates';
import type { Paint } from './paint';
import { dueText } from './plan';
import { oneLine, safeText } from './text';
import { wrap } from './wrap';

const m = messages.init;
const INDENT = '  ';

export function renderInitSummary(answers: InitAnswers, today: IsoDate, paint: Paint): string {
  const labelWidth = Math.max(...[...ABOUT_QUESTIONS, ...DREAM_QUESTIONS].map((q) => m.questions[q.key].label.length)) + 2;
  const answerLines = (questions: readonly { key: ReflectionQuestion }[]) =>
    questions.map(({ key }) => {
      const answer = answers.reflections[key];
      const label = INDENT + paint.dim(m.questions[key].label.padEnd(labelWidth));
      return answer ? wrap(safeText(answer), ' '.repeat(INDENT.length + labelWidth), label) : label + paint.dim(m.summary.blank);
    });

  const lines = [paint.bold(m.summaryHeading), ''];
  lines.push(paint.bold(m.partHeading(1, m.parts.about.title)), ...answerLines(ABOUT_QUESTIONS), '');
  lines.push(paint.bold(m.partHeading(2, m.parts.dreams.title)), ...answerLines(DREAM_QUESTIONS));
  lines.push(INDENT + paint.dim(m.summary.missionTitle), answers.mission ? wrap(`"${safeText(answers.mission)}"`, INDENT + INDENT) : INDENT + INDENT + paint.dim(m.summary.none), '');
  lines.push(paint.bold(m.partHeading(3, m.parts.plan.title)));
  if (answers.goals.length === 0) lines.push(INDENT + paint.dim(m.summary.none));
  for (const goal of answers.goals) {
    lines.push(INDENT + paint.bold(oneLine(goal.title)) + (goal.stage ? paint.dim(`  · ${m.summary.stage(safeText(goal.stage))}`) : ''));
    if (goal.why) lines.push(INDENT + INDENT + paint.dim(m.summary.why(safeText(goal.why))));
    for (const item of goal.actions) {
      const facts = [safeText(item.owner), dueText(item.due, today), messages.plan.cadence(item.every), ...(item.dropped ? [m.summary.dropped] : [])];
      const text = `- ${oneLine(item.text)}  ${paint.dim(`· ${facts.join(' · ')}`)}`;
      lines.push(INDENT + INDENT + (item.dropped ? paint.dim(text) : text));
    }
  }
  return `${lines.join('\n')}\n`;
}
