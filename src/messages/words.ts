// Counting words, shared by the messages: "1 item", "3 items", "2 weeks".

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 days", "2 weeks", "4 months": how long, in the largest unit that reads naturally. */
export function span(days: number): string {
  if (days < 14) return plural(days, 'day');
  if (days < 60) return plural(Math.floor(days / 7), 'week');
  return plural(Math.floor(days / 30), 'month');
}
