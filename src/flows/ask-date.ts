// Asking for a due date in a guided flow: ISO or words, shown back as understood, and asked
// again with an example when it cannot be read or lies in the past.
import { parseDate, type IsoDate } from '../domain/dates';
import { messages } from '../messages';
import { longDate } from '../render/dates';
import type { Prompter } from './prompter';

export interface DateQuestion {
  message: string;
  today: IsoDate;
  /** Put in the line ready to edit, for example the current due date. */
  initial?: string;
}

export async function askDueDate(prompter: Prompter, question: DateQuestion): Promise<IsoDate> {
  const m = messages.dates;
  const answer = await prompter.text({
    message: question.message,
    initial: question.initial,
    validate: async (value) => {
      if (value.trim() === '') return m.needed;
      const date = await parseDate(value, question.today, 'future');
      if (!date) return m.unreadable(value);
      if (date < question.today) return m.past(longDate(date));
      return true;
    },
  });
  const date = (await parseDate(answer, question.today, 'future'))!;
  prompter.say(m.understood(longDate(date)));
  return date;
}
