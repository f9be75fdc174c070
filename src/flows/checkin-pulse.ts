// The optional pulse at the end of a check-in round: autonomy, mastery and purpose, each
// 1 to 5 with a line saying what it means. It asks how the work feels, not how the person did.
import { PULSE_DIMENSIONS } from '../domain/pulse';
import type { Pulse } from '../domain/schema';
import { messages } from '../messages';
import type { Prompter } from './prompter';

const m = messages.pulse;
const LEVELS = ['1', '2', '3', '4', '5'] as const;

/** The pulse, or undefined when the person would rather not give one this time. */
export async function askPulse(prompter: Prompter): Promise<Pulse | undefined> {
  if (!(await prompter.confirm({ message: m.offer, default: true }))) return undefined;
  prompter.say(m.intro);
  const pulse: Pulse = { autonomy: 0, mastery: 0, purpose: 0 };
  for (const dimension of PULSE_DIMENSIONS) {
    const answer = await prompter.choose({
      message: m.question(m.names[dimension], m.meaning[dimension]),
      choices: LEVELS.map((value, i) => ({ value, name: m.level(i + 1, m.levels[i]!) })),
      default: '3',
    });
    pulse[dimension] = Number(answer);
  }
  return pulse;
}
