// Where someone is on the path to who they want to become: a stage of mastery, chosen from
// the usual ones or put in their own words, or left open. Asked by grow init and grow session.
import { STAGE_SUGGESTIONS } from '../domain/plan';
import { messages } from '../messages';
import type { Choice, Prompter } from './prompter';

const m = messages.init;

type StageChoice = { stage: string } | 'own' | 'open';

/** Undefined when it is left open. */
export async function askStage(prompter: Prompter, current: string | undefined): Promise<string | undefined> {
  const suggested: readonly string[] = STAGE_SUGGESTIONS;
  const own = current !== undefined && !suggested.includes(current) ? [current] : [];
  // A stage is any words, so the other two choices are not words: no stage is taken for one of them.
  const stages = [...own, ...suggested].map((stage) => ({ value: { stage }, name: stage }));
  const choices: Choice<StageChoice>[] = [...stages, { value: 'own', name: m.stageOwn }, { value: 'open', name: m.stageNone }];
  const now = stages.find((choice) => choice.value.stage === current)?.value;
  const choice = await prompter.choose<StageChoice>({ message: m.stageQuestion, choices, default: now ?? 'open' });
  if (choice === 'open') return undefined;
  if (choice !== 'own') return choice.stage;
  return (await prompter.text({ message: m.stageOwnQuestion, validate: (v) => v.length <= 60 || m.stageTooLong })) || undefined;
}
