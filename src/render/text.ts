// Text a person typed (or imported) is shown as text: control characters such as escape
// sequences are made visible instead of being sent to the terminal.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function safeText(text: string): string {
  return text.replace(CONTROL, escaped);
}

/**
 * JSON in which nothing acts on a terminal, for --json and the JSON export: JSON.stringify
 * escapes the C0 controls (escape sequences among them) but passes DEL and the C1 controls
 * (U+0080 to U+009F, which some terminals obey) as they are. Escaped, the data is the same.
 */
export function safeJson(value: unknown, indent?: number, replacer?: (key: string, value: unknown) => unknown): string {
  return safeJsonText(JSON.stringify(value, replacer, indent));
}

/** JSON.stringify's text made safe as safeJson makes it. */
export function safeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, escaped);
}

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Typed text for a view that shows it on one line, of at most `max` characters: its line breaks and tabs become spaces, and the rest is cut with "…". */
export function oneLine(text: string, max = Infinity): string {
  const flat = safeText(text.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A word for a POSIX shell, in single quotes: what is inside is taken as it is. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
