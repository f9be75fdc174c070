import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/render/wrap';

describe('wrap', () => {
  it('folds at word boundaries, indents every line, and keeps paragraphs', () => {
    expect(wrap('one two three four five six seven', '  ', '- ', 22)).toBe('- one two three four\n  five six seven');
    expect(wrap('first line\n\nsecond', '    ')).toBe('    first line\n\n    second');
  });

  it('never breaks a word longer than the line', () => {
    expect(wrap('a https://example.org/a/very/long/path/that/goes/on b', '', '', 20)).toBe('a\nhttps://example.org/a/very/long/path/that/goes/on\nb');
  });
});
