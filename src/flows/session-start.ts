// Before a one-on-one begins: whom it is with (when no --person was given), the manager's
// name and, in the owner's own plan, the owner's (each asked once, then remembered), whether this is a good time to talk, and whether to
// pick up a draft left by Ctrl+C (one set aside is discarded by the command, at once).
import { checkName } from '../domain/people';
import type { Journal, Person } from '../domain/schema';
import { sessionDraft, type SessionAnswers } from '../domain/session';
import { isMe, ME, sameName } from '../domain/journal';
import { messages } from '../messages';
import type { IsoDate } from '../domain/dates';
import type { Paint } from '../render/paint';
import { renderSessionRecap } from '../render/recap';
import { safeText } from '../render/text';
import type { Choice, Prompter } from './prompter';
import { resumeDraft } from './resume-draft';

const m = messages.session;

/** A menu's pick: a report, someone new, or the owner's own plan. */
type Whom = Person | 'new' | 'own';

/**
 * Whose plan the one-on-one is kept in: a report's (picked from the journal's people, or a
 * new name to add), or the journal owner's own ("me"), with their manager beside them.
 */
export async function askWhom(prompter: Prompter, journal: Journal): Promise<string> {
  // Menus carry values, so no name can pass for the menu's own choices.
  const reports: Choice<Whom>[] = journal.people.filter((p) => !isMe(p.name)).map((p) => ({ value: p, name: safeText(p.name) }));
  const own: Choice<Whom> = { value: 'own', name: m.ownPlanChoice(journal.manager === undefined ? undefined : safeText(journal.manager)) };
  const someoneNew: Choice<Whom> = { value: 'new', name: reports.length > 0 ? m.someoneNew : m.someoneNewFirst };
  // A journal whose owner has a manager and no reports is most likely theirs to talk about.
  const choices = journal.manager !== undefined && reports.length === 0 ? [own, someoneNew] : [...reports, someoneNew, own];
  const picked = await prompter.choose({ message: m.whoQuestion, choices });
  if (picked === 'own') return ME;
  if (picked !== 'new') return picked.name;
  return askName(prompter, m.newName, (name) => (isMe(name) ? m.notWithMe : undefined));
}

/** The manager's name; `report` is the report's, when it is known, so the two are not mixed up. */
export async function askManager(prompter: Prompter, report: string | undefined, own: boolean): Promise<string> {
  return askName(prompter, own ? m.yourManagerQuestion : m.managerQuestion, (name) => (report !== undefined && sameName(name, report) ? m.sameAsReport(report) : undefined));
}

/** In one's own plan: what the manager calls the journal's owner, asked once. */
export async function askOwnName(prompter: Prompter, manager: string): Promise<string> {
  return askName(prompter, m.ownNameQuestion(safeText(manager)), (name) => (sameName(name, manager) ? m.sameAsManager(manager) : isMe(name) ? m.nameNotMe : undefined));
}

function askName(prompter: Prompter, message: string, refuse: (name: string) => string | undefined): Promise<string> {
  return prompter.text({ message, validate: (value) => (checkName(value) ? refuse(value.trim()) ?? true : m.nameRequired) });
}

/**
 * A draft's answers, when the two choose to pick it up (after a recap of what was said, so
 * both can see where they were); 'over' when they set it aside; undefined when there is none.
 */
export async function offerDraft(prompter: Prompter, person: Person, shown: { manager: string; reportName: string; today: IsoDate; paint: Paint }): Promise<SessionAnswers | 'over' | undefined> {
  const draft = sessionDraft(person);
  if (!draft) return undefined;
  if (!(await resumeDraft(prompter, draft.saved, m))) return 'over';
  const answers = { ...draft.answers, manager: shown.manager };
  const recap = renderSessionRecap(answers, person, shown.reportName, shown.today, shown.paint);
  if (recap) prompter.say(recap);
  return answers;
}
