// Text a person might type that means something to markdown, mermaid, iCalendar or a
// terminal, and a seeded generator of more of it.

export const HOSTILE = [
  '# Looks like a heading?',
  '## also; one',
  '| a | table | row |',
  '|---|---|',
  '```js\nconsole.log(1)\n```',
  '~~~\nfenced\n~~~',
  '<script>alert(1)</script>',
  '<!-- a comment -->',
  '<div>html block</div>',
  'line one\nline two\n\n\n\na paragraph',
  '- dash item\n* star item\n+ plus item\n1. one\n2) two',
  '> a quote\n>> nested',
  '---',
  'Setext\n===',
  'Setext two\n---',
  '    indented code',
  '\tstarts with a tab',
  'ends with a backslash \\',
  '**bold** _it_ ~~strike~~ `tick` ``two``',
  '[link](http://x.example) ![img](a.png) [ref][1]\n[1]: http://y.example',
  'www.example.com, http://example.com/a|b and mail@example.io.',
  'section x: y; z # %% comment',
  'gantt\ndateFormat YYYY\ntitle t\nexcludes weekends',
  'click a1 call alert()',
  ':::note\nx\n:::',
  '$math$ and $$ more $$',
  '&amp; &#35; &copy R&D',
  '1986. A great year.',
  'trailing spaces   ',
  '@mention and #hashtag',
  '[^1]: footnote',
  'escape \u001b[31mred\u001b[0m bell \u0007 nul \u0000 del \u007f',
  'crlf\r\nline\rend',
  'emoji 👩‍💻, ünïcödé, 中文；标点：！',
  'semi;colon,comma\\backslash',
  'a'.repeat(130),
  'word '.repeat(45).trim(),
  '\\',
  '|',
  '`',
  '*',
  '-',
  '#',
] as const;

const PIECES = [...HOSTILE, ' ', ' ', '\n', '\n\n', 'text', 'more words here', '1.', '-', '<', '>', '`', '|', ':', ';', '\\', '#', '%%', '*', '_', '~', '[', ']', '(', ')', '!', 'http://a.example/x', 'b@c.example', 'www.d.example', '\t', '\u0001', '&lt;', '$'];

/** Deterministic: the same seed gives the same strings. */
export function hostileStrings(count: number, seed = 7): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Array.from({ length: count }, () => {
    const parts = Array.from({ length: 1 + Math.floor(random() * 6) }, () => PIECES[Math.floor(random() * PIECES.length)]);
    return parts.join('').trim() || 'x';
  });
}
