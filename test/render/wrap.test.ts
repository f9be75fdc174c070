import { describe, expect, it } from 'vitest';
import { fitLines, foldRow, visibleLength, wrap, wrapAfter } from '../../src/render/wrap';

describe('wrap', () => {
  it('folds at word boundaries, indents every line, and keeps paragraphs', () => {
    expect(wrap('one two three four five six seven', '  ', '- ', 22)).toBe('- one two three four\n  five six seven');
    expect(wrap('first line\n\nsecond', '    ')).toBe('    first line\n\n    second');
  });

  it('never breaks a word longer than the line', () => {
    expect(wrap('a https://example.org/a/very/long/path/that/goes/on b', '', '', 20)).toBe('a\nhttps://example.org/a/very/long/path/that/goes/on\nb');
  });
});

describe('wrapAfter', () => {
  it('fills what is left of a line already begun, then goes on under the indent', () => {
    // An answer after "✔ Who will do it? " (19 columns) in a 40-column terminal.
    const folded = wrapAfter(19, 'Alex, with help from the platform team', '  ', 40);
    expect(folded).toBe('Alex, with help from\n  the platform team');
    expect(19 + folded.split('\n')[0]!.length).toBeLessThanOrEqual(40);
  });
});

describe('fitLines', () => {
  it('folds only the lines wider than the terminal, each under its own indentation', () => {
    expect(fitLines('Short.\n    a line that is far too long for this terminal\n  ok', 24)).toBe('Short.\n    a line that is far\n    too long for this\n    terminal\n  ok');
  });
});

describe('foldRow', () => {
  const head = '    a1   Fri 4 Dec        ';
  const rest = 'Give a lightning talk at the team meeting  · me · every week · due in 3 days';

  it('keeps a row on one line when there is no width, or when it fits', () => {
    expect(foldRow(head, rest)).toBe(head + rest);
    expect(foldRow(head, rest, 200)).toBe(head + rest);
  });

  it('folds at spaces under the start of the text, never inside a word, and keeps a "·" with what follows it', () => {
    const folded = foldRow(head, rest, 80);
    expect(folded).toBe(`${head}Give a lightning talk at the team meeting  · me\n${' '.repeat(26)}· every week · due in 3 days`);
    for (const line of folded.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('measures painted text by what shows on the screen', () => {
    const painted = `\x1b[2m${rest}\x1b[22m`;
    expect(visibleLength(painted)).toBe(rest.length);
    expect(foldRow(head, painted, 80).split('\n').map(visibleLength)).toEqual(foldRow(head, rest, 80).split('\n').map(visibleLength));
  });
});
