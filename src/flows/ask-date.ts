// Asking for a due date in a guided flow: ISO or words, shown back as understood, and asked
// again with an example when it cannot be read, could be two days, or lies in the past.
import { isWithinYear9999, readDate, type DateOrder, type IsoDate } from '../domain/dates';
import { messages } from '../messages';
import { ambiguousDateText, longDate } from '../render/dates';
import type { Prompter } from './prompter';

export interface DateQuestion {
  message: string;
  today: IsoDate;
  /** Which comes first in a date in numbers (01/02/2027), from the person's locale; none refuses the ambiguous ones. */
  order?: DateOrder;
  /** Put in the line ready to edit, for example the current due date. */
  initial?: string;
}

export async function askDueDate(prompter: Prompter, question: DateQuestion): Promise<IsoDate> {
  const m = messages.dates;
  const read = (value: string) => readDate(value, question.today, 'future', question.order);
  const answer = await prompter.text({
    message: question.message,
    initial: question.initial,
    validate: async (value) => {
      if (value.trim() === '') return m.needed;
      // The date an item already has stays a choice, even once it has passed.
      if (value.trim() === question.initial) return true;
      const reading = await read(value);
      if (reading.kind === 'unreadable') return m.unreadable(value);
      if (reading.kind === 'ambiguous') return ambiguousDateText(value, reading);
      if (!isWithinYear9999(reading.date)) return m.beyondYear9999(value);
      if (reading.date < question.today) return m.past(longDate(reading.date));
      return true;
    },
  });
  const reading = await read(answer);
  const date = reading.kind === 'date' ? reading.date : question.today;
  prompter.say(m.understood(longDate(date)));
  return date;
}
