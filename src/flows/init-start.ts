// Where grow init starts: a draft left by Ctrl+C is offered first, then an existing plan is
// offered for revision (every answer pre-filled), and otherwise a new plan begins.
import { answersFromPlan, emptyAnswers, hasPlan, initDraft, type InitAnswers } from '../domain/init-answers';
import type { Person } from '../domain/schema';
import { messages } from '../messages';
import { longDate } from '../render/dates';
import type { Prompter } from './prompter';

const m = messages.init;

/** The answers to start from; undefined when the person chose to leave their plan as it is. */
export async function chooseStart(prompter: Prompter, person: Person): Promise<InitAnswers | undefined> {
  const draft = initDraft(person);
  if (draft) {
    const choice = await prompter.choose({
      message: m.resumeQuestion(longDate(draft.saved.slice(0, 10))),
      choices: [
        { value: 'resume', name: m.resume },
        { value: 'over', name: m.startOver },
      ],
      default: 'resume',
    });
    if (choice === 'resume') return draft.answers;
  }
  if (hasPlan(person)) {
    if (!(await prompter.confirm({ message: m.revisePrompt(person.name), default: true }))) return undefined;
    prompter.say(m.reviseIntro);
    return answersFromPlan(person);
  }
  prompter.say(m.welcome(person.name));
  return emptyAnswers();
}
