// `grow action list` on years of check-ins: an item's moves are counted from the check-ins that
// moved or renegotiated it, and its split from the one that split it, a few of thousands. While
// the check-ins are not read yet (lazy-journal.ts), only the lines that hold one of those keys
// are parsed. A key with its quotes and colon (`"moved":`) is found only where it is a key: in
// a string, grow's one-line JSON escapes every quote. A line with it elsewhere (a key of a
// nested object) is only parsed for nothing.
import type { Checkin, Person } from '../domain/schema';
import { parseElement, unreadLines } from './lazy-journal';

/** The person's check-ins that have any of `keys`, and maybe a few others; undefined when the check-ins are to be read whole. */
export function unreadCheckinsWith(person: Person, keys: readonly (keyof Checkin)[]): Checkin[] | undefined {
  const unread = unreadLines(person, 'checkins');
  if (!unread) return undefined;
  // One pattern for every key: a quarter of the time of looking for each key in turn.
  const hasKey = new RegExp(`"(?:${keys.join('|')})":`);
  const found: Checkin[] = [];
  for (let at = unread.from; at < unread.to; at++) {
    const line = unread.lines[at]!;
    if (hasKey.test(line)) found.push(parseElement<Checkin>(line));
  }
  return found;
}
