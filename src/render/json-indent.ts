// JSON.stringify(value, null, 2) from JSON.stringify(value): the JSON export writes the records
// the journal file holds one a line as they stand, without parsing them to lay them out again.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** A line break and the indent of each level. */
const breaks: string[] = [];
const lineBreak = (level: number) => (breaks[level] ??= `\n${'  '.repeat(level)}`);

/**
 * `compact` (JSON as JSON.stringify writes it, with no space outside strings) laid out as
 * JSON.stringify(JSON.parse(compact), null, 2) lays it out `depth` levels deep in a document.
 */
export function indentJson(compact: string, depth: number): string {
  let out = '';
  let from = 0;
  let level = depth;
  for (let at = 0; at < compact.length; at++) {
    const c = compact.charCodeAt(at);
    if (c === QUOTE) at = closingQuote(compact, at);
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      const next = compact.charCodeAt(at + 1);
      // {} and [] stay on their line.
      if (next === CLOSE_BRACE || next === CLOSE_BRACKET) at++;
      else {
        out += compact.slice(from, at + 1) + lineBreak(++level);
        from = at + 1;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      out += compact.slice(from, at) + lineBreak(--level);
      from = at;
    } else if (c === COMMA) {
      out += compact.slice(from, at + 1) + lineBreak(level);
      from = at + 1;
    } else if (c === COLON) {
      out += `${compact.slice(from, at + 1)} `;
      from = at + 1;
    }
  }
  return out + compact.slice(from);
}

/** Where the string opening at `at` closes: at the next quote no backslash escapes. */
function closingQuote(text: string, at: number): number {
  let quote = at;
  for (;;) {
    quote = text.indexOf('"', quote + 1);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}
