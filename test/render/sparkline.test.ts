import { describe, expect, it } from 'vitest';
import { progressBar, sparkline } from '../../src/render/sparkline';

describe('small pictures of numbers', () => {
  it('draws a sparkline from min to max, with a blank where there is no value', () => {
    expect(sparkline([1, 2, 3, 4, 5, undefined, 3.5], 1, 5)).toBe('▁▃▅▆█ ▅');
    expect(sparkline([0, 9], 1, 5)).toBe('▁█');
  });

  it('draws progress as a bar of ten', () => {
    expect(progressBar(0)).toBe('░░░░░░░░░░');
    expect(progressBar(64)).toBe('██████░░░░');
    expect(progressBar(100)).toBe('██████████');
  });
});
