import { describe, expect, it } from 'vitest';
import { vaguePhrase } from '../../src/domain/vague';

describe('vaguePhrase', () => {
  it('finds items that open with a vague verb and name nothing observable', () => {
    expect(vaguePhrase('Improve my public speaking')).toBe('improve');
    expect(vaguePhrase('work on my confidence')).toBe('work on');
    expect(vaguePhrase('I will learn more about Kubernetes')).toBe('learn more about');
    expect(vaguePhrase('Get better at giving feedback')).toBe('get better at');
    expect(vaguePhrase('to focus on writing')).toBe('focus on');
  });

  it('leaves concrete items alone: another verb, a count or a rhythm', () => {
    expect(vaguePhrase('Give a 5-minute talk at the team meeting')).toBeUndefined();
    expect(vaguePhrase('Improve test coverage of the parser to 80%')).toBeUndefined();
    expect(vaguePhrase('Work on one blog post every month')).toBeUndefined();
    expect(vaguePhrase('Read Thinking in Systems')).toBeUndefined();
    expect(vaguePhrase('Ask Sam to review how I improve the docs')).toBeUndefined();
  });
});
