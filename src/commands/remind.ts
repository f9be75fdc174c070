// grow remind: for a shell's start-up file. One short line when check-ins are due, nothing
// otherwise; it never asks anything and never fails the shell (exit 0 whatever happens).
// main.ts runs it before loading the CLI, so it imports only light modules: a journal this
// grow wrote is parsed without the schema library, and only other bytes get the full check.
import { clockFrom } from '../domain/clock';
import { dueItems, isOverdue } from '../domain/due';
import { ME, personToRead } from '../domain/journal';
import { UsageError } from '../errors';
import { messages } from '../messages';
import { resolveJournalPath } from '../store/paths';
import { readJournal } from '../store/read';

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
    const journal = await readJournal(resolveJournalPath(options.journal, env));
    if (!journal) return;
    const person = personToRead(journal, options.person?.trim() || ME);
    const due = dueItems(person, clockFrom(env).today());
    if (due.length > 0) output.out(`${messages.remind.due(due.length, due.filter(isOverdue).length)}\n`);
  } catch (error) {
    // An unknown --person or a bad GROW_TODAY is said as it is; anything else about the
    // journal is for grow doctor to explain. (The full check runs in its own bundle, so
    // its errors are not instances of this bundle's classes: hence no test for them.)
    output.err(`${error instanceof UsageError ? `grow: ${error.message}` : messages.remind.unreadable}\n`);
  }
}
