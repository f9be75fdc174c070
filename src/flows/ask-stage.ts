// Where someone is on the path to who they want to become: a stage of mastery, chosen from
// the usual ones or put in their own words, or left open. Asked by grow init and grow session.
import { STAGE_SUGGESTIONS } from '../domain/plan';
import { messages } from '../messages';
import type { Choice, Prompter } from './prompter';

const m = messages.init;
const OWN = ':own';
const OPEN = ':open';

/** Undefined when it is left open. */
export async function askStage(prompter: Prompter, current: string | undefined): Promise<string | undefined> {
  const suggested: readonly string[] = STAGE_SUGGESTIONS;
  const own = current !== undefined && !suggested.includes(current) ? [current] : [];
  const choices: Choice<string>[] = [...own, ...suggested].map((stage) => ({ value: stage, name: stage }));
  choices.push({ value: OWN, name: m.stageOwn }, { value: OPEN, name: m.stageNone });
  const choice = await prompter.choose({ message: m.stageQuestion, choices, default: current ?? OPEN });
  if (choice === OPEN) return undefined;
  if (choice !== OWN) return choice;
  return (await prompter.text({ message: m.stageOwnQuestion, validate: (v) => v.length <= 60 || m.stageTooLong })) || undefined;
}
