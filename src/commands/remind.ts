// grow remind: for a shell's start-up file. One short line when check-ins are due, items
// promised in others' plans are due or a one-on-one's day has come, nothing otherwise; it
// never asks anything and never fails the shell (exit 0 whatever happens).
// main.ts runs it before loading the CLI, and it loads nothing heavy: it counts from the due
// facts kept beside the journal (store/remind-facts.ts), and only when the journal has
// changed since does it read the journal, in a module loaded for that. It takes its
// messages from their own modules, not the index, which is most of the cost of loading.
import { clockFrom } from '../clock';
import { ME } from '../domain/journal';
import { reminderFor, type Reminder } from '../domain/reminders';
import { UsageError } from '../errors';
import { people } from '../messages/people';
import { remind as m } from '../messages/remind';
import { keptRemindFacts, remindedJournal } from '../store/remind-facts';

export interface RemindOptions {
  journal?: string;
  person?: string;
}

export interface RemindOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function remind(options: RemindOptions, env: NodeJS.ProcessEnv, output: RemindOutput): Promise<void> {
  try {
    const today = clockFrom(env).today();
    const journal = remindedJournal(options.journal, env);
    if (journal === null) return;
    const facts = keptRemindFacts(journal.path, journal.version) ?? (await (await import('../store/load-remind-facts')).loadRemindFacts(journal.path, journal.version, env));
    // An encrypted journal without GROW_PASSPHRASE: a line at every new terminal saying so
    // would soon go unread, so grow encrypt says it once instead.
    if (facts === null) return;
    const name = options.person?.trim() || ME;
    const reminder = reminderFor(facts, name, today);
    if (reminder === undefined) return output.err(`grow: ${people.unknown(name)}\n`);
    const line = reminderLine(reminder);
    if (line !== '') output.out(`${line}\n`);
  } catch (error) {
    // A bad GROW_TODAY is said as it is; anything else about the journal is for grow doctor
    // to explain. (Reading the journal runs in its own bundle, so its errors are not
    // instances of this bundle's classes: hence no test for them.)
    output.err(`${error instanceof UsageError ? `grow: ${error.message}` : m.unreadable}\n`);
  }
}

/** One line: the parts that have something to say, or nothing at all. */
function reminderLine(reminder: Reminder): string {
  const parts: string[] = [];
  if (reminder.due > 0) parts.push(m.due(reminder.due, reminder.overdue));
  if (reminder.promised > 0) parts.push(m.promised(reminder.promised, reminder.promisedOverdue));
  if (reminder.meetings.length > 0) parts.push(m.meetings(reminder.meetings));
  return parts.join('; ');
}
