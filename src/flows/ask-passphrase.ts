// Asking for passphrases: the one that opens an encrypted journal, and a new one, typed
// twice so that a slip of the finger does not lock a person out of their own journal.
import { messages } from '../messages';
import type { Prompter } from './prompter';

const v = messages.vault;

/** Short passphrases fall quickly to guessing, even at scrypt's pace. */
export const MIN_PASSPHRASE = 8;

export function askPassphrase(prompter: Prompter, retry: boolean): Promise<string> {
  return prompter.secret({ message: retry ? v.askAgain : v.askPassphrase, validate: (value) => value !== '' || v.required });
}

export async function askNewPassphrase(prompter: Prompter): Promise<string> {
  for (;;) {
    const first = await prompter.secret({ message: v.askNew, validate: (value) => newPassphraseProblem(value) ?? true });
    const second = await prompter.secret({ message: v.askNewAgain });
    if (first === second) return first;
    prompter.say(v.differ);
  }
}

/** Why a passphrase will not do for a new one, if it will not. */
export function newPassphraseProblem(passphrase: string): string | undefined {
  return [...passphrase.normalize('NFC')].length < MIN_PASSPHRASE ? v.tooShort(MIN_PASSPHRASE) : undefined;
}
