// Drafts of guided flows left unfinished (Ctrl+C): one per flow and person, holding the
// answers so far. Each flow checks its own answers on resume; a draft it cannot read is
// treated as no draft rather than an error.
import { toIsoDateTime } from './dates';
import { personToWrite } from './journal';
import type { Journal, Person } from './schema';
import type { DraftFlow } from './vocabulary';

interface AnswerSchema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false };
}

export function findDraft<T>(person: Person, flow: DraftFlow, schema: AnswerSchema<T>): { answers: T; saved: string } | undefined {
  const draft = person.drafts.find((d) => d.flow === flow);
  if (!draft) return undefined;
  const parsed = schema.safeParse(draft.answers);
  return parsed.success ? { answers: parsed.data, saved: draft.saved } : undefined;
}

/** Keeps the answers so far, replacing the flow's earlier draft; nothing in the plan changes. */
export function keepDraft(journal: Journal, personName: string, flow: DraftFlow, answers: object, now: Date): void {
  const person = personToWrite(journal, personName);
  const draft = { flow, saved: toIsoDateTime(now), answers: JSON.parse(JSON.stringify(answers)) as Record<string, unknown> };
  person.drafts = [...person.drafts.filter((d) => d.flow !== flow), draft];
}

export function removeDraft(person: Person, flow: DraftFlow): void {
  person.drafts = person.drafts.filter((d) => d.flow !== flow);
}

/** The person chose to start over: the draft goes, and nothing else changes. */
export function discardDraft(journal: Journal, personName: string, flow: DraftFlow): void {
  removeDraft(personToWrite(journal, personName), flow);
}
