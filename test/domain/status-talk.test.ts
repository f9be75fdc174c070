import { describe, expect, it } from 'vitest';
import { statusWords } from '../../src/domain/status-talk';
import { PERSONAL, STATUS } from '../fixtures/status-talk';

describe('statusWords', () => {
  it('hears a project update in its machinery and where it stands, and names the words in the order said', () => {
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

  it('leaves a skill named in answer to "what would you like to get better at?" alone', () => {
    expect(statusWords('Estimating work', 'growth')).toEqual([]);
    expect(statusWords('Estimating how long tickets take', 'growth')).toEqual([]);
    expect(statusWords('Calm code reviews', 'strength')).toEqual([]);
    // Where the work stands is still a status update, whatever the question.
    expect(statusWords('The deploy slipped to Thursday', 'growth')).toEqual(['deploy']);
  });

  it('holds to a labelled set of sentences: at least 95% precision and 90% recall', () => {
    expect(STATUS.length + PERSONAL.length).toBeGreaterThanOrEqual(200);
    const flagged = (said: { text: string; topic?: string }) => statusWords(said.text, said.topic).length > 0;
    const caught = STATUS.filter(flagged).length;
    const wrongly = PERSONAL.filter(flagged);
    const precision = caught / (caught + wrongly.length);
    const recall = caught / STATUS.length;
    console.log(`status tripwire on ${STATUS.length + PERSONAL.length} labelled sentences: precision ${(100 * precision).toFixed(1)}%, recall ${(100 * recall).toFixed(1)}%`);
    expect(precision, `heard as status updates: ${wrongly.map((said) => said.text).join(' | ')}`).toBeGreaterThanOrEqual(0.95);
    expect(recall, `missed: ${STATUS.filter((said) => !flagged(said)).map((said) => said.text).join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
