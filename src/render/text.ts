// Text a person typed (or imported) is shown as text: control characters such as escape
// sequences are made visible instead of being sent to the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function safeText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Typed text for a view that shows it on one line, of at most `max` characters: its line breaks and tabs become spaces, and the rest is cut with "…". */
export function oneLine(text: string, max = Infinity): string {
  const flat = safeText(text.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A word for a POSIX shell, in single quotes: what is inside is taken as it is. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
