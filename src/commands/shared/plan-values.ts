// Reading the values of a goal or an action item given on the command line, the same way for
// adding one and for editing one: a bad value is a usage error that shows one that works.
import { checkName } from '../../domain/people';
import { CADENCES, type Cadence } from '../../domain/vocabulary';
import { UsageError } from '../../errors';
import { plan as m } from '../../messages/plan';

const MAX_STAGE = 60;

export function readCadence(value: string): Cadence {
  const every = value.trim().toLowerCase();
  if (!(CADENCES as readonly string[]).includes(every)) throw new UsageError(m.badCadence(value));
  return every as Cadence;
}

/** A name, as a person's is: one line of plain text (no control character, C1 included). */
export function readOwner(value: string): string {
  const owner = checkName(value);
  if (owner === undefined) throw new UsageError(m.badOwner);
  return owner;
}

/** A stage of mastery given to `flag`: a few words. */
export function readStage(flag: string, value: string): string {
  const stage = value.trim().replace(/\s+/g, ' ');
  if (stage === '' || stage.length > MAX_STAGE) throw new UsageError(m.badStage(flag));
  return stage;
}
