// Before a one-on-one begins: whom it is with (when no --person was given), the manager's
// name (asked once, then remembered), whether this is a good time to talk, and whether to
// pick up a draft left by Ctrl+C (one set aside is discarded by the command, at once).
import { checkName } from '../domain/people';
import type { Journal, Person } from '../domain/schema';
import { sessionDraft, type SessionAnswers } from '../domain/session';
import { isMe, sameName } from '../domain/journal';
import { messages } from '../messages';
import type { IsoDate } from '../domain/dates';
import type { Paint } from '../render/paint';
import { renderSessionRecap } from '../render/recap';
import { safeText } from '../render/text';
import type { Choice, Prompter } from './prompter';
import { resumeDraft } from './resume-draft';

const m = messages.session;

/** The report's name: picked from the journal's people, or a new name to add. */
export async function askWhom(prompter: Prompter, journal: Journal): Promise<string> {
  const people = journal.people.filter((p) => !isMe(p.name));
  if (people.length > 0) {
    const choices: Choice<Person | 'new'>[] = [...people.map((p) => ({ value: p, name: safeText(p.name) })), { value: 'new', name: m.someoneNew }];
    const picked = await prompter.choose({ message: m.whoQuestion, choices });
    if (picked !== 'new') return picked.name;
  }
  return askName(prompter, m.newName, (name) => (isMe(name) ? m.notWithMe : undefined));
}

export async function askManager(prompter: Prompter, report: string): Promise<string> {
  return askName(prompter, m.managerQuestion, (name) => (sameName(name, report) ? m.sameAsReport(report) : undefined));
}

function askName(prompter: Prompter, message: string, refuse: (name: string) => string | undefined): Promise<string> {
  return prompter.text({ message, validate: (value) => (checkName(value) ? refuse(value.trim()) ?? true : m.nameRequired) });
}

/**
 * A draft's answers, when the two choose to pick it up (after a recap of what was said, so
 * both can see where they were); 'over' when they set it aside; undefined when there is none.
 */
export async function offerDraft(prompter: Prompter, person: Person, shown: { manager: string; today: IsoDate; paint: Paint }): Promise<SessionAnswers | 'over' | undefined> {
  const draft = sessionDraft(person);
  if (!draft) return undefined;
  if (!(await resumeDraft(prompter, draft.saved, m))) return 'over';
  const answers = { ...draft.answers, manager: shown.manager };
  const recap = renderSessionRecap(answers, person, shown.today, shown.paint);
  if (recap) prompter.say(recap);
  return answers;
}
