import { describe, expect, it } from 'vitest';
import { askMissionStatement } from '../../src/flows/mission-helper';
import { ScriptedPrompter } from '../support/scripted-prompter';

const answers = { love: 'Pairing on hard bugs', wakeUp: 'seeing people grow', dream: 'lead a small team' };
const draft = 'What gets me up in the morning is seeing people grow. I love pairing on hard bugs, and one day I want to lead a small team.';

/** Records what each one-line question put in the line ready to edit. */
class Recording extends ScriptedPrompter {
  readonly initials: (string | undefined)[] = [];
  override text(q: Parameters<ScriptedPrompter['text']>[0]) {
    this.initials.push(q.initial);
    return super.text(q);
  }
}

describe('askMissionStatement', () => {
  it('shows a draft made from the answers, which can be kept as it is', async () => {
    const prompter = new ScriptedPrompter([['What would you like to do with it?', 'keep']]);
    expect(await askMissionStatement(prompter, { answers })).toBe(draft);
    expect(prompter.said()).toContain(`Here is a first draft, made from your answers:`);
    expect(prompter.said()).toContain('    "What gets me up in the morning is seeing people grow. I love pairing on\n    hard bugs, and one day I want to lead a small team."');
  });

  it('puts the draft in the line to be edited', async () => {
    const prompter = new Recording([
      ['What would you like to do with it?', 'edit'],
      ['Your mission statement:', 'I wake up to see people grow.'],
    ]);
    expect(await askMissionStatement(prompter, { answers })).toBe('I wake up to see people grow.');
    expect(prompter.initials).toEqual([draft]);
  });

  it('opens the editor on the draft, shows the result back, and asks again', async () => {
    const prompter = new ScriptedPrompter([
      ['What would you like to do with it?', 'editor'],
      ['Opening your editor', '   '],
      ['What would you like to do with it?', 'editor'],
      ['Opening your editor', 'I wake up to help\npeople grow.\n'],
      ['What would you like to do with it?', 'keep'],
    ]);
    expect(await askMissionStatement(prompter, { answers })).toBe('I wake up to help people grow.');
    expect(prompter.said()).toContain('Nothing was written there, so the statement is as it was.');
    expect(prompter.said()).toContain('    "I wake up to help people grow."');
  });

  it('requires a statement of one’s own when there is nothing to draft from', async () => {
    const prompter = new ScriptedPrompter([
      ['In your own words', ''],
      ['In your own words', 'To make things that last.'],
    ]);
    expect(await askMissionStatement(prompter, { answers: {} })).toBe('To make things that last.');
    expect(prompter.transcript).toContain('rejected: A few words are enough, and you can change them any time.');
  });

  it('offers to keep the current statement, or to start again from a draft of the new answers', async () => {
    const keep = new ScriptedPrompter([['What would you like to do with it?', 'keep']]);
    expect(await askMissionStatement(keep, { current: 'Mine already.', answers })).toBe('Mine already.');
    expect(keep.said()).toContain('Your mission statement as it stands:');

    const fresh = new ScriptedPrompter([
      ['What would you like to do with it?', 'draft'],
      ['What would you like to do with it?', 'keep'],
    ]);
    expect(await askMissionStatement(fresh, { current: 'Mine already.', answers })).toBe(draft);
  });
});
