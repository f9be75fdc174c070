// A rule of the journal that a change or a lookup broke. Domain code says which rule with a
// key, and the facts the words need; commands/shared/problem-words.ts turns it into words
// and an exit code. So domain/ needs neither the messages nor the errors grow reports.

export type Problem =
  /** No one of that name in the journal (and it is not "me"). */
  | { key: 'unknownPerson'; name: string }
  /** The journal's own owner named as someone else: their plan is "me". */
  | { key: 'ownName'; name: string }
  /** No action item with that id in the person's plan. */
  | { key: 'unknownItem'; id: string; person: string }
  /** A due date that has moved too often to be moved again without renegotiating the item. */
  | { key: 'movedTooOften'; id: string; moves: number }
  /** A plan handed to someone, of its journal's own person, that does not say whose it is. */
  | { key: 'whosePlan'; handedTo: string };

export type ProblemKey = Problem['key'];

export class DomainProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.key}: ${JSON.stringify(problem)}`);
    this.name = 'DomainProblem';
  }
}
