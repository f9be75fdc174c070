// The proof that text a person typed never changes the shape of a markdown export: the
// export of a journal full of it has the headings, tables, code blocks and HTML of the same
// journal in plain words, and passes markdownlint.
import { expect } from 'vitest';
import type { Journal } from '../../src/domain/schema';
import { renderMarkdown } from '../../src/render/markdown';
import { exportInput } from './export-input';
import { journalOf } from './hostile-journal';
import { markdownShape, readMarkdown, type Shape } from './markdown';

const markdownOf = (journal: Journal) => renderMarkdown(exportInput(journal, { includePrivate: true }));

/** Where the headings, tables, code blocks and HTML are; links are the one thing typed text may add. */
const structure = (shape: Shape) => ({
  headings: shape.headings.length,
  tables: shape.tables,
  fences: shape.fences.map((f) => ({ info: f.info, lines: f.lines.length })),
  html: shape.html,
});

const GANTT_LINE = /^(gantt| {4}dateFormat YYYY-MM-DD| {4}section g\d+[\p{L}\p{N} .,'!?()/+…-]*| {4}a\d+[\p{L}\p{N} .,'!?()/+…-]* :(done|active), a\d+, \d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d)$/u;

export function expectSameShapeAsPlainWords(texts: readonly string[]): void {
  const { problems, shape } = readMarkdown(markdownOf(journalOf(texts)));
  expect(problems).toEqual([]);
  const plain = markdownShape(markdownOf(journalOf(texts.map((_, i) => `plain words ${i}`))));
  expect(structure(shape)).toEqual(structure(plain));
  for (const line of shape.fences[0]!.lines) expect(line).toMatch(GANTT_LINE);
  for (const link of shape.links) expect(link).toMatch(/^<(https?:\/\/|[\w.%+-]+@)[^\s<>|]+>$/);
}
