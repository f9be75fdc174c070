import { describe, expect, it } from 'vitest';
import { statusWords } from '../../src/domain/status-talk';

describe('statusWords', () => {
  it('hears a project update in one word of its machinery, and names the words in the order said', () => {
    expect(statusWords('Finishing the sprint tickets before the release')).toEqual(['sprint', 'tickets', 'release']);
    expect(statusWords('The estimate for the deploy was off')).toEqual(['estimate', 'deploy']);
    expect(statusWords('PAY-1432 is waiting on QA')).toEqual(['PAY-1432', 'QA']);
    expect(statusWords('Two PRs still open')).toEqual(['PRs']);
    expect(statusWords('We hit the deadline for the client')).toEqual(['deadline', 'client']);
  });

  it('leaves personal talk alone, words a life shares with a project included', () => {
    expect(statusWords('I missed a deadline once and learnt to ask for help early')).toEqual([]);
    expect(statusWords('I dream of shipping my own board game')).toEqual([]);
    expect(statusWords('One day I want to launch a bakery')).toEqual([]);
    expect(statusWords('I was afraid of speaking up in standing meetings')).toEqual([]);
    expect(statusWords('My pr on the 10k run was a surprise')).toEqual([]);
    expect(statusWords('')).toEqual([]);
  });
});
