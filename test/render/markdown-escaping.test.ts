import { describe, expect, it } from 'vitest';
import type { Journal } from '../../src/domain/schema';
import { renderMarkdown } from '../../src/render/markdown';
import { blockText, heading, inlineText } from '../../src/render/markdown-text';
import { exportInput } from '../support/export-input';
import { HOSTILE, hostileStrings } from '../support/hostile';
import { journalOf } from '../support/hostile-journal';
import { lintProblems, markdownShape, type Shape } from '../support/markdown';

const markdownOf = (journal: Journal) => renderMarkdown(exportInput(journal, { includePrivate: true }));

/** Where the headings, tables, code blocks and HTML are; links are the one thing typed text may add. */
const structure = (shape: Shape) => ({
  headings: shape.headings.length,
  tables: shape.tables,
  fences: shape.fences.map((f) => ({ info: f.info, lines: f.lines.length })),
  html: shape.html,
});

const GANTT_LINE = /^(gantt| {4}dateFormat YYYY-MM-DD| {4}section g\d+[\p{L}\p{N} .,'!?()/+-]*| {4}a\d+[\p{L}\p{N} .,'!?()/+-]* :(done|active), a\d+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d)$/u;

function expectSameShapeAsPlainWords(texts: readonly string[]): void {
  const markdown = markdownOf(journalOf(texts));
  expect(lintProblems(markdown)).toEqual([]);
  const shape = markdownShape(markdown);
  const plain = markdownShape(markdownOf(journalOf(texts.map((_, i) => `plain words ${i}`))));
  expect(structure(shape)).toEqual(structure(plain));
  for (const line of shape.fences[0]!.lines) expect(line).toMatch(GANTT_LINE);
  for (const link of shape.links) expect(link).toMatch(/^<(https?:\/\/|[\w.%+-]+@)[^\s<>|]+>$/);
}

describe('text a person typed, in the markdown export', () => {
  it('never adds or breaks a heading, table, code block, gantt line or HTML, and passes markdownlint', () => {
    expectSameShapeAsPlainWords(HOSTILE);
  });

  // markdownlint takes its time over documents this size: seconds, not milliseconds.
  it('holds for hundreds of generated strings too', { timeout: 30_000 }, () => {
    const strings = hostileStrings(240);
    for (let i = 0; i < strings.length; i += 60) expectSameShapeAsPlainWords(strings.slice(i, i + 60));
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
