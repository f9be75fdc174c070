// Asking for one action item: what, who, by when, and how often to check in. An item that
// names nothing observable gets one gentle suggestion, which the person is free to ignore.
import type { DateOrder, IsoDate } from '../domain/dates';
import { checkName } from '../domain/people';
import type { Action } from '../domain/schema';
import { vaguePhrase } from '../domain/vague';
import { CADENCES, MAX_NAME, type Cadence } from '../domain/vocabulary';
import { messages } from '../messages';
import { wrap } from '../render/wrap';
import { askDueDate } from './ask-date';
import type { Prompter } from './prompter';

export type ActionItemAnswer = Pick<Action, 'text' | 'owner' | 'due' | 'every'>;

export interface ActionItemQuestion {
  today: IsoDate;
  /** Which comes first in a date in numbers, from the person's locale. */
  order?: DateOrder;
  /** Who does it when no one else is named: "me", or the person whose plan it is. */
  owner: string;
  /** The first question, when it should name the goal; a general one otherwise. */
  message?: string;
  /** The item as it stands, when revising one: every answer is put in the line ready to edit. */
  initial?: ActionItemAnswer;
}

export async function askActionItem(prompter: Prompter, question: ActionItemQuestion): Promise<ActionItemAnswer> {
  const m = messages.plan.actionItem;
  const { initial } = question;
  const required = (value: string) => value.trim() !== '' || m.textRequired;
  let text = await prompter.text({ message: question.message ?? m.textQuestion, initial: initial?.text, validate: required });
  const phrase = text !== initial?.text ? vaguePhrase(text) : undefined;
  if (phrase) {
    prompter.say(wrap(m.vagueNudge(phrase), ''));
    text = await prompter.text({ message: m.vagueAgain, initial: text, validate: required });
  }
  // A new item offers its usual owner as the default, so Enter takes it and the answer shows it.
  const owner =
    (await prompter.text({
      message: m.ownerQuestion,
      ...(initial ? { initial: initial.owner } : { default: question.owner }),
      // Blank takes the default; anything else is a name, as a person's is.
      validate: (v) => v.trim() === '' || checkName(v) !== undefined || m.ownerTooLong(MAX_NAME),
    })) || question.owner;
  const due = await askDueDate(prompter, { message: m.dueQuestion, today: question.today, order: question.order, initial: initial?.due });
  const every = await prompter.choose<Cadence>({
    message: m.cadenceQuestion,
    choices: CADENCES.map((value) => ({ value, name: m.cadenceChoice[value] })),
    default: initial?.every ?? '1w',
  });
  return { text, owner, due, every };
}
