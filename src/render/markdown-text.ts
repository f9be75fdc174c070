// Text a person typed, made safe for markdown: it always reads as the words typed and can
// never start a heading, a list, a table, a code block, HTML or a link of its own. Lines
// are wrapped at 80 columns (markdownlint's default) and the person's own line breaks
// are kept as hard breaks (a backslash at the end of the line).
import { safeText } from './text';

export const WIDTH = 80;

// Web addresses and e-mail addresses become autolinks: a bare one is a lint error, and
// escaping inside them would change the address. Neither may hold a | (it ends a table cell).
const LINK = /\bhttps?:\/\/[^\s<>|`"\\]+|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/gi;
const LINK_TRAILER = /[.,;:!?)'"*_~]+$/;
/** Punctuation markdown gives a meaning to anywhere in a line (`@` and `www.` would link). */
const SPECIAL = /[\\`*_[\]<>#|~$@]/g;
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
const WWW = /(^|[^\p{L}\p{N}])(www)\./giu;
/** What would start a list, a quote or a heading underline at the beginning of a line. */
const LINE_START = /^(?:[-+=]|\d+[.)](?=\s|$))/;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** Control characters made visible, line ends as \n, tabs as spaces. */
function normalize(text: string): string {
  if (!CONTROL.test(text)) return text; // most text: nothing to do
  return safeText(text.replace(/\r\n?/g, '\n')).replace(/\t/g, ' ');
}

/** The characters between a pattern's brackets, to build one class from several. */
const inClass = (pattern: RegExp) => pattern.source.slice(1, -1);

/** A character that normalize or escapePlain would change, but for a line break; `&` starts an ENTITY. */
const TO_CHANGE = new RegExp(`[${inClass(CONTROL)}${inClass(SPECIAL)}&]`);
/** Where WWW or LINK could match (LINK's e-mail addresses hold an `@`, which TO_CHANGE finds). */
const MAY_LINK = /www\.|:\/\//i;

/**
 * Whether typed text holds anything that normalize, cleanLine or escapeLine would change (but
 * its line breaks): a control character, a character to escape, the start of a link, two
 * spaces. Most text holds none of it, and these three tests cost less than the escaper's own.
 */
const needsWork = (text: string) => TO_CHANGE.test(text) || text.includes('  ') || MAY_LINK.test(text);

/** What paragraphsOf would do more than split text at its line breaks: space at either end of a line, more than one blank line. */
const LOOSE_LINES = /[^\S\n]\n|\n[^\S\n]|\n\n\n/;

/** A line trimmed, with single spaces between its words, escaped. */
function cleanLine(line: string): string {
  const trimmed = line.trim();
  if (!needsWork(trimmed)) return trimmed;
  return escapeLine(trimmed.includes('  ') ? trimmed.replace(/ +/g, ' ') : trimmed);
}

// The tests before each replace keep long exports fast: most text holds none of these.
function escapePlain(text: string): string {
  let out = text.replace(SPECIAL, '\\$&');
  if (out.includes('&')) out = out.replace(ENTITY, '\\&');
  if (/www\./i.test(out)) out = out.replace(WWW, '$1$2\\.');
  return out;
}

/** One line of text, escaped, with its links as autolinks. */
function escapeLine(line: string): string {
  if (!line.includes('@') && !line.includes('://')) return escapePlain(line);
  let out = '';
  let from = 0;
  for (const match of line.matchAll(LINK)) {
    const link = match[0].replace(LINK_TRAILER, '');
    if (link.endsWith('//')) continue; // "http://" and nothing after it is not an address
    out += escapePlain(line.slice(from, match.index)) + `<${link}>`;
    from = match.index + link.length;
  }
  return out + escapePlain(line.slice(from));
}

/** Escapes what only means something at the start of a line. */
function guardLineStart(content: string): string {
  const first = content.charCodeAt(0);
  // Only -, +, = or a digit can start one: most lines start with none of them.
  if (first !== 45 && first !== 43 && first !== 61 && !(first >= 48 && first <= 57)) return content;
  const m = LINE_START.exec(content);
  if (!m) return content;
  const at = m[0].length - 1; // the character that makes the line special
  return `${content.slice(0, at)}\\${content.slice(at)}`;
}

/**
 * Greedy word wrap of escaped text with single spaces. A word longer than the line stays
 * whole (markdownlint allows that).
 */
export function wrapLine(escaped: string, first: string, rest: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let prefix = first;
  let start = 0;
  while (prefix.length + escaped.length - start > width) {
    let cut = escaped.lastIndexOf(' ', start + width - prefix.length);
    if (cut <= start) cut = escaped.indexOf(' ', start + 1);
    if (cut < 0) break;
    lines.push(prefix + guardLineStart(escaped.slice(start, cut)));
    start = cut + 1;
    prefix = rest;
  }
  lines.push((prefix + guardLineStart(escaped.slice(start))).trimEnd());
  return lines;
}

/**
 * Text as a block: the first line starts with `first` ("- ", "> "), the others with `rest`
 * ("  ", "> "). Paragraphs stay apart, lines typed one under the other stay so.
 */
export function blockText(text: string, first: string, rest: string, width = WIDTH): string[] {
  if (text.trim() === text && !needsWork(text)) {
    // Most text is one line of words with nothing to escape: the quickest way.
    if (!text.includes('\n')) return wrapLine(text, first, rest, width);
    // Most of the rest is paragraphs of such lines, one blank line apart: they only need splitting.
    if (!LOOSE_LINES.test(text)) return paragraphLines(text.split('\n\n').map((p) => p.split('\n')), first, rest, width);
  }
  const normal = normalize(text);
  if (!normal.includes('\n')) {
    const line = cleanLine(normal);
    return line === '' ? [first.trimEnd()] : wrapLine(line, first, rest, width);
  }
  const paragraphs = paragraphsOf(normal);
  return paragraphs.length === 0 ? [first.trimEnd()] : paragraphLines(paragraphs, first, rest, width);
}

/** Paragraphs of clean lines, wrapped: a blank line between paragraphs, a hard break between their lines. */
function paragraphLines(paragraphs: string[][], first: string, rest: string, width: number): string[] {
  const lines: string[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) lines.push(rest.trimEnd());
    paragraph.forEach((line, l) => {
      const wrapped = wrapLine(line, p === 0 && l === 0 ? first : rest, rest, width);
      if (l < paragraph.length - 1) wrapped[wrapped.length - 1] += '\\';
      lines.push(...wrapped);
    });
  });
  return lines;
}

/** Paragraphs apart by blank lines, each of its lines cleaned; lines left empty are left out. */
function paragraphsOf(normal: string): string[][] {
  return normal
    .split(/\n[ \n]*\n/)
    .map((p) => p.split('\n').map(cleanLine).filter(Boolean))
    .filter((p) => p.length > 0);
}

/** Text on one line (a table cell, a heading), escaped. */
export function inlineText(text: string): string {
  return escapeLine(normalize(text).replace(/\s+/g, ' ').trim());
}

/**
 * A heading that fits the line: the text is cut at a word with "…" when too long, and
 * loses closing punctuation, which markdownlint does not want in headings.
 */
export function heading(level: number, text: string, width = WIDTH): string {
  const hashes = `${'#'.repeat(level)} `;
  const words = inlineText(text.replace(/[.,;:!。，；：！\s]+$/u, '')).split(' ');
  let line = hashes + words[0];
  for (let i = 1; i < words.length; i++) {
    const cut = i < words.length - 1 ? ' …' : '';
    if (line.length + 1 + words[i]!.length + cut.length > width) return `${line} …`;
    line += ` ${words[i]}`;
  }
  return line.trimEnd();
}

/**
 * A table. Rows wider than the line are normal for a table, so markdownlint's line
 * length rule is switched off around such a table, and only there.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c || '-').join(' | ')} |`;
  const lines = [row(header), row(header.map(() => '---')), ...rows.map(row)];
  if (lines.every((line) => line.length <= WIDTH)) return lines;
  return ['<!-- markdownlint-disable MD013 -->', '', ...lines, '', '<!-- markdownlint-enable MD013 -->'];
}
