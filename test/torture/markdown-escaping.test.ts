// Hundreds of generated strings, each made of pieces that mean something to markdown, in a
// markdown export: markdownlint takes seconds over documents this size.
import { describe, it } from 'vitest';
import { hostileStrings } from '../support/hostile';
import { expectSameShapeAsPlainWords } from '../support/markdown-shape';

describe('generated text in the markdown export', () => {
  it('never adds or breaks a heading, table, code block, gantt line or HTML, and passes markdownlint', () => {
    const strings = hostileStrings(240);
    for (let i = 0; i < strings.length; i += 60) expectSameShapeAsPlainWords(strings.slice(i, i + 60));
  });
});
