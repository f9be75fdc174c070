// The scripted prompter fails a test on its own, with nothing to call: these tests must fail.
import { describe, expect, it } from 'vitest';
import { ScriptedPrompter } from '../support/scripted-prompter';

describe('a flow test with a scripted prompter', () => {
  it.fails('fails when the flow ends with answers left over', async () => {
    const prompter = new ScriptedPrompter([
      ['Who do you want to become?', 'A mentor'],
      ['Why does that matter to you?', 'Someone did it for me'],
    ]);
    expect(await prompter.text({ message: 'Who do you want to become?' })).toBe('A mentor');
  });

  it.fails('fails when the flow asks a question the script does not expect, even if the flow swallows the error', async () => {
    const prompter = new ScriptedPrompter([['Who do you want to become?', 'A mentor']]);
    await prompter.text({ message: 'By when?' }).catch(() => undefined);
  });

  it('passes when the flow asks every question in the script, in order', async () => {
    const prompter = new ScriptedPrompter([
      ['Who do you want to become?', 'A mentor'],
      ['Another goal?', false],
    ]);
    expect(await prompter.text({ message: 'Who do you want to become?' })).toBe('A mentor');
    expect(await prompter.confirm({ message: 'Another goal?' })).toBe(false);
  });
});
