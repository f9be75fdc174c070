import { describe, expect, it } from 'vitest';
import { blockText, heading, inlineText } from '../../src/render/markdown-text';
import { HOSTILE } from '../support/hostile';
import { expectSameShapeAsPlainWords } from '../support/markdown-shape';

// Hundreds of generated strings are put through the same proof by npm run torture.
describe('text a person typed, in the markdown export', () => {
  it('never adds or breaks a heading, table, code block, gantt line or HTML, and passes markdownlint', () => {
    expectSameShapeAsPlainWords(HOSTILE);
  });

  it('reads as the words typed: escaped, control characters visible, line breaks kept', () => {
    expect(blockText('# not a heading\n- not a list\n1. not a list', '- ', '  ')).toEqual(['- \\# not a heading\\', '  \\- not a list\\', '  1\\. not a list']);
    expect(blockText('a <b> & &amp; *c* | d\n\n\n\ne', '> ', '> ')).toEqual(['> a \\<b\\> & \\&amp; \\*c\\* \\| d', '>', '> e']);
    expect(inlineText('bell \u0007 and\nnew line')).toBe('bell \\\\u0007 and new line');
    expect(inlineText('see https://example.com/a_b, or me@example.com.')).toBe('see <https://example.com/a_b>, or <me@example.com>.');
    expect(inlineText('www.example.com @sam')).toBe('www\\.example.com \\@sam');
  });

  it('wraps long lines at 80 columns, at spaces only', () => {
    const lines = blockText('word '.repeat(40), '- ', '  ');
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toBe(`- ${'word '.repeat(40).trim()}`);
    expect(blockText('x'.repeat(100), '- ', '  ')).toEqual([`- ${'x'.repeat(100)}`]);
  });

  it('keeps headings to one short line without closing punctuation', () => {
    expect(heading(3, 'a1: Ship it!')).toBe('### a1: Ship it');
    const long = heading(3, `a1: ${'many words '.repeat(20)}`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith(' …')).toBe(true);
  });
});
