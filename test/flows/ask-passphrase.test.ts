import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/errors';
import { askNewPassphrase, askPassphrase } from '../../src/flows/ask-passphrase';
import { CTRL_C, ScriptedPrompter } from '../support/scripted-prompter';

describe('asking for passphrases', () => {
  it('asks for a new one twice, starting again when the two differ or it is too short', async () => {
    const prompter = new ScriptedPrompter([
      ['A passphrase for your journal', 'short'],
      ['A passphrase for your journal', 'river stones and tea'],
      ['once more', 'river stones and te'],
      ['A passphrase for your journal', '  river stones and tea  '],
      ['once more', '  river stones and tea  '],
    ]);
    expect(await askNewPassphrase(prompter)).toBe('  river stones and tea  ');
    expect(prompter.transcript).toContain('rejected: Use at least 8 characters; a few words you will remember work well.');
    expect(prompter.said()).toBe('The two passphrases differ. Let us start again.');
  });

  it('asks for the current one, and says so when a try was wrong', async () => {
    const prompter = new ScriptedPrompter([
      ['Passphrase for your journal', ''],
      ['Passphrase for your journal', 'first try'],
      ['does not open the journal. Try again', 'second try'],
    ]);
    expect(await askPassphrase(prompter, false)).toBe('first try');
    expect(await askPassphrase(prompter, true)).toBe('second try');
    expect(prompter.transcript).toContain('rejected: Type the passphrase, or press Ctrl+C to stop.');
  });

  it('stops on Ctrl+C', async () => {
    const prompter = new ScriptedPrompter([['A passphrase for your journal', CTRL_C]]);
    await expect(askNewPassphrase(prompter)).rejects.toBeInstanceOf(CancelledError);
  });
});
