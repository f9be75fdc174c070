import { describe, expect, it } from 'vitest';
import { askDueDate } from '../../src/flows/ask-date';
import { ScriptedPrompter } from '../support/scripted-prompter';

describe('askDueDate', () => {
  it('shows the date as understood, and asks again for a missing, past or unreadable one', async () => {
    const prompter = new ScriptedPrompter([
      ['By when?', ''],
      ['By when?', 'someday'],
      ['By when?', 'yesterday'],
      ['By when?', 'next friday'],
    ]);
    expect(await askDueDate(prompter, { message: 'By when?', today: '2026-11-25' })).toBe('2026-12-04');
    expect(prompter.transcript).toContain('rejected: A date, please: next friday, in 3 weeks, end of march or 2027-03-01.');
    expect(prompter.transcript).toContain('rejected: "someday" is not a date grow can read. Try next friday, in 3 weeks, end of march or 2027-03-01.');
    expect(prompter.transcript).toContain('rejected: Tuesday 24 November 2026 has passed. Pick a day from today on, for example in 2 weeks.');
    expect(prompter.said()).toBe('  → Friday 4 December 2026');
  });
});
