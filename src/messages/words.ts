// Counting words, shared by the messages: "1 item", "3 items", "2 weeks".

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What one record of each of a plan's lists is called. */
export const recordNouns = {
  missions: 'mission statement',
  reflections: 'reflection',
  goals: 'goal',
  actions: 'action item',
  checkins: 'check-in',
  notes: 'note',
  sessions: 'one-on-one',
};

/** "3 check-ins", for each noun's key. */
export function counted<K extends string>(nouns: Record<K, string>): Record<K, (n: number) => string> {
  return Object.fromEntries(Object.entries<string>(nouns).map(([key, noun]) => [key, (n: number) => plural(n, noun)])) as Record<K, (n: number) => string>;
}

/** A path or word as a shell reads it back: in single quotes, unless nothing in it needs them. */
export const shellQuoted = (text: string) => (/^[\w./+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** "a5", "a5 and a6", "a5, a6 and a7". */
export function andList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "3 days", "2 weeks", "4 months": how long, in the largest unit that reads naturally. */
export function span(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  return plural(Math.floor(days / 30), 'month');
}
