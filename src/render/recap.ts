// What was said before a Ctrl+C, shown when a draft is picked up again: a short recap, one
// line for each answer, so the people can see where they were before the next question.
import type { IsoDate } from '../domain/dates';
import { ABOUT_QUESTIONS, DREAM_QUESTIONS, type InitAnswers } from '../domain/init-answers';
import type { Person } from '../domain/schema';
import type { SessionAnswers } from '../domain/session';
import { messages } from '../messages';
import type { Paint } from './paint';
import { dueText } from './plan';
import { oneLine, safeText } from './text';

const m = messages.recap;
/** How much of an answer a recap line shows. */
const SHOWN = 64;

export function renderInitRecap(answers: InitAnswers, paint: Paint): string {
  const lines = [...ABOUT_QUESTIONS, ...DREAM_QUESTIONS].flatMap(({ key }) => {
    const answer = answers.reflections[key];
    return answer ? [`${messages.init.questions[key].label}: ${oneLine(answer, SHOWN)}`] : [];
  });
  if (answers.mission) lines.push(m.mission(oneLine(answers.mission, SHOWN)));
  for (const goal of answers.goals) lines.push(m.goal(oneLine(goal.title, SHOWN), goal.actions.filter((a) => !a.dropped).length));
  return recap(lines, paint);
}

/** `report`: what the report is called (in one's own plan, the owner's name). */
export function renderSessionRecap(answers: SessionAnswers, person: Person, report: string, today: IsoDate, paint: Paint): string {
  const who = (speaker: string) => safeText(speaker === 'manager' ? answers.manager : report);
  const lines = answers.reviews.map((review) => {
    const action = person.actions.find((a) => a.id === review.item);
    const facts = [review.split ? m.split(review.split.length) : messages.sessionSummary.status[review.status]!];
    if (review.progress !== undefined) facts.push(messages.plan.progress(review.progress));
    if (review.due) facts.push(messages.sessionSummary.nowDue(dueText(review.due, today)));
    return m.reviewed(review.item, oneLine(action?.text ?? '', SHOWN), facts.join(', '));
  });
  for (const note of answers.notes) lines.push(`${who(note.speaker)} ${m.topics[note.topic] ?? note.topic}: ${oneLine(note.text, SHOWN)}`);
  for (const note of answers.parked) lines.push(m.parked(who(note.speaker), oneLine(note.text, SHOWN)));
  if (answers.mission) lines.push(m.mission(oneLine(answers.mission, SHOWN)));
  for (const item of answers.items) lines.push(m.item(oneLine(item.text, SHOWN), safeText(item.owner), dueText(item.due, today)));
  return recap(lines, paint);
}

/** Nothing when nothing was said. */
function recap(lines: string[], paint: Paint): string {
  return lines.length === 0 ? '' : `\n${paint.bold(m.heading)}\n${lines.map((line) => `  ${line}`).join('\n')}`;
}
