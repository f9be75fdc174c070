// markdownlint with its default rules, and what micromark (the parser markdownlint and
// GitHub's renderer follow) makes of a document: its headings, tables, code blocks, HTML
// and links. Used to prove that text a person typed never changes a document's shape.
import type { MicromarkToken, Rule } from 'markdownlint';
import { lint } from 'markdownlint/sync';

export interface Shape {
  headings: string[];
  /** Cells per row, one list per table. */
  tables: number[][];
  /** Fenced code blocks: their info string and lines. */
  fences: { info: string; lines: string[] }[];
  html: string[];
  links: string[];
}

/** markdownlint's problems with a document, and its shape, from one parse (markdownlint takes its time). */
export function readMarkdown(text: string, { lint: withRules = true } = {}): { problems: string[]; shape: Shape } {
  const shape: Shape = { headings: [], tables: [], fences: [], html: [], links: [] };
  const walk = (tokens: readonly MicromarkToken[]) => {
    for (const token of tokens) {
      // Typed as a string: the token types of the table extension are not in markdownlint's list.
      const type: string = token.type;
      if (type === 'atxHeading' || type === 'setextHeading') shape.headings.push(token.text);
      else if (type === 'table') shape.tables.push(rows(token));
      else if (type === 'codeFenced' || type === 'codeIndented') shape.fences.push(fence(token));
      else if (type === 'htmlFlow' || type === 'htmlText') shape.html.push(token.text);
      else if (['autolink', 'literalAutolink', 'link', 'image', 'definition'].includes(type)) shape.links.push(token.text);
      walk(token.children);
    }
  };
  const rule: Rule = {
    names: ['shape'],
    description: 'collects the shape of the document',
    tags: ['test'],
    parser: 'micromark',
    function: (params) => walk(params.parsers.micromark.tokens),
  };
  const results = lint({ strings: { doc: text }, customRules: [rule], config: { default: withRules, shape: true } });
  const problems = results.doc!.map((e) => `line ${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}${e.errorContext ? ` [${e.errorContext}]` : ''}`);
  return { problems, shape };
}

export function lintProblems(text: string): string[] {
  return readMarkdown(text).problems;
}

export function markdownShape(text: string): Shape {
  return readMarkdown(text, { lint: false }).shape;
}

function rows(table: MicromarkToken): number[] {
  const found: number[] = [];
  const walk = (tokens: readonly MicromarkToken[]) => {
    for (const token of tokens) {
      const type: string = token.type;
      if (type === 'tableRow' || type === 'tableDelimiterRow') {
        found.push(token.children.filter((c) => ['tableData', 'tableHeader', 'tableDelimiter'].includes(c.type)).length);
      } else walk(token.children);
    }
  };
  walk(table.children);
  return found;
}

function fence(token: MicromarkToken): { info: string; lines: string[] } {
  const info = token.children.find((c) => c.type === 'codeFencedFence')?.children.find((c) => c.type === 'codeFencedFenceInfo')?.text ?? '';
  const lines = token.children.filter((c) => c.type === 'codeFlowValue').map((c) => c.text);
  return { info, lines };
}
