import { describe, expect, it } from 'vitest';
import { askActionItem } from '../../src/flows/ask-action';
import { ScriptedPrompter } from '../support/scripted-prompter';

describe('askActionItem', () => {
  it('asks what, who, by when and how often; a blank owner is the default one', async () => {
    const prompter = new ScriptedPrompter([
      ['What will you do?', 'Give a 5-minute talk at the team meeting'],
      ['Who will do it? (Enter for me)', ''],
      ['By when?', 'in 3 weeks'],
      ['How often', '2w'],
    ]);
    expect(await askActionItem(prompter, { today: '2026-11-25', owner: 'me' })).toEqual({
      text: 'Give a 5-minute talk at the team meeting',
      owner: 'me',
      due: '2026-12-16',
      every: '2w',
    });
  });

  it('asks again for an owner that is not a name on one line: control characters, C1 ones included', async () => {
    const prompter = new ScriptedPrompter([
      ['What will you do?', 'Give a 5-minute talk'],
      ['Who will do it?', 'Sam\u0085'],
      ['Who will do it?', 'Sam'],
      ['By when?', '2027-01-10'],
      ['How often', '1w'],
    ]);
    expect(await askActionItem(prompter, { today: '2026-11-25', owner: 'me' })).toMatchObject({ owner: 'Sam' });
    expect(prompter.transcript).toContain('rejected: A name of at most 80 characters, on one line, please.');
  });

  it('suggests once, gently, to make a vague item concrete, and accepts it either way', async () => {
    const kept = new ScriptedPrompter([
      ['What will you do?', 'Improve my public speaking'],
      ['Make it concrete, or press Enter to keep it as it is', 'Improve my public speaking'],
      ['Who will do it?', 'Morgan'],
      ['By when?', '2027-01-10'],
      ['How often', '1w'],
    ]);
    expect(await askActionItem(kept, { today: '2026-11-25', owner: 'me' })).toMatchObject({ text: 'Improve my public speaking', owner: 'Morgan' });
    expect(kept.said()).toContain('"improve" is hard to see from the outside');
    expect(kept.said().match(/hard to see/g)).toHaveLength(1);
  });

  it('does not nag about an item kept as it was when revising', async () => {
    const prompter = new ScriptedPrompter([
      ['What will you do?', 'Work on my slides'],
      ['Who will do it?', 'me'],
      ['By when?', '2026-12-20'],
      ['How often', '4w'],
    ]);
    const initial = { text: 'Work on my slides', owner: 'me', due: '2026-12-20', every: '4w' as const };
    expect(await askActionItem(prompter, { today: '2026-11-25', owner: 'me', initial })).toEqual(initial);
    expect(prompter.said()).not.toContain('hard to see');
  });
});
