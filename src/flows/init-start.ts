// Where grow init starts: a draft left by Ctrl+C is offered first, then an existing plan is
// offered for revision (every answer pre-filled), and otherwise a new plan begins. The two
// questions are separate steps, so that the command can discard a draft the person set aside
// before anything else is asked.
import { answersFromPlan, emptyAnswers, hasPlan, initDraft, type InitAnswers } from '../domain/init-answers';
import type { Person } from '../domain/schema';
import { messages } from '../messages';
import type { Paint } from '../render/paint';
import { renderInitRecap } from '../render/recap';
import { wrap } from '../render/wrap';
import type { Prompter } from './prompter';
import { resumeDraft } from './resume-draft';

const m = messages.init;

/**
 * The draft's answers to resume (after a recap of them, so the person sees where they were);
 * 'over' when the person set the draft aside; undefined when there is none.
 */
export async function offerDraft(prompter: Prompter, person: Person, paint: Paint): Promise<InitAnswers | 'over' | undefined> {
  const draft = initDraft(person);
  if (!draft) return undefined;
  if (!(await resumeDraft(prompter, draft.saved, m))) return 'over';
  const recap = renderInitRecap(draft.answers, paint);
  if (recap) prompter.say(recap);
  return draft.answers;
}

/**
 * The answers to start from without a draft; undefined when the person chose to leave their plan
 * as it is. `greeted`: the dashboard has just welcomed them.
 */
export async function chooseFresh(prompter: Prompter, person: Person, greeted = false): Promise<InitAnswers | undefined> {
  if (hasPlan(person)) {
    if (!(await prompter.confirm({ message: m.revisePrompt(person.name), default: true }))) return undefined;
    prompter.say(m.reviseIntro);
    return answersFromPlan(person);
  }
  prompter.say(wrap(m.welcome(person.name, greeted), ''));
  return emptyAnswers();
}
