// The question grow init and grow session both ask when a draft is waiting: pick it up, or
// start over (and let it go).
import { longDate } from '../render/dates';
import type { Prompter } from './prompter';

export interface ResumeWords {
  resumeQuestion: (when: string) => string;
  resume: string;
  startOver: string;
}

/** True to pick up the draft saved at `saved` (an ISO date-time), false to start over. */
export async function resumeDraft(prompter: Prompter, saved: string, words: ResumeWords): Promise<boolean> {
  const choice = await prompter.choose({
    message: words.resumeQuestion(longDate(saved.slice(0, 10))),
    choices: [
      { value: 'resume', name: words.resume },
      { value: 'over', name: words.startOver },
    ],
    default: 'resume',
  });
  return choice === 'resume';
}
