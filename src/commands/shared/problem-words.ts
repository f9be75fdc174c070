// What a rule of the journal that was broken (a DomainProblem, from domain/) means to the
// person: its words and its exit code. main.ts reports every error that reaches it through
// here, so a domain module only says which rule, never how to put it.
import { DomainProblem, type Problem, type ProblemKey } from '../../domain/problem';
import { UsageError, type GrowError } from '../../errors';
import { messages } from '../../messages';

type Words<K extends ProblemKey> = (problem: Extract<Problem, { key: K }>) => GrowError;

const WORDS: { [K in ProblemKey]: Words<K> } = {
  unknownPerson: ({ name }) => new UsageError(messages.people.unknown(name), messages.people.addHint(name)),
  ownName: ({ name }) => new UsageError(messages.people.ownName(name), messages.people.ownNameHint),
  unknownItem: ({ id, person }) => new UsageError(messages.plan.unknownId('action item', id, person)),
  movedTooOften: ({ id, moves }) => new UsageError(messages.checkin.movedTooOften(id, moves), messages.checkin.renegotiateHint(id)),
  whosePlan: ({ handedTo }) => new UsageError(messages.importCommand.whosePlan(handedTo), messages.importCommand.whosePlanHint),
};

/** The error grow reports for `error`: a DomainProblem in words, anything else as it is. */
export function inWords(error: unknown): unknown {
  if (!(error instanceof DomainProblem)) return error;
  const words = WORDS[error.problem.key] as Words<ProblemKey>;
  return words(error.problem);
}
