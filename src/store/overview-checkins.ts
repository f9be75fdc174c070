// grow (the dashboard) on years of check-ins: what the overview shows of them (domain/overview.ts)
// comes from a few: the latest on each item, the latest of all, the first and the latest with a
// pulse, and the ones with a pulse in the weeks its trend shows. While the check-ins are not read yet
// (lazy-journal.ts), each line is looked at for its id, day and item, where grow writes them
// (`        {"uid":"…","id":"c12","on":"2026-11-25","item":"a3",…`), and for a pulse, and only
// those lines are parsed. Should any line be laid out otherwise, the check-ins are read whole.
// A key with its quotes and colon (`"pulse":`) is found only where it is a key: in a string,
// grow's one-line JSON escapes every quote.
import type { IsoDate } from '../domain/dates';
import { isLater } from '../domain/progress';
import { defaultSpanStart } from '../domain/pulse';
import type { Checkin, Person } from '../domain/schema';
import { parseElement, unreadLines } from './lazy-journal';

const HEAD = /^ {8}\{(?:"uid":"[0-9a-f]{16}",)?"id":"(c[0-9]+)","on":"([^"\\]+)"(,"item":"([^"\\]+)")?/;

interface Head {
  at: number;
  id: string;
  on: IsoDate;
}

/** The check-ins overview() needs (see OverviewExtras), in the journal's order; undefined when they are to be read whole. */
export function unreadCheckinsForOverview(person: Person, today: IsoDate): Checkin[] | undefined {
  const unread = unreadLines(person, 'checkins');
  if (!unread) return undefined;
  const trendFrom = defaultSpanStart('week', today);
  const wanted = new Set<number>();
  const latestOnItem = new Map<string, Head>();
  let latest: Head | undefined;
  let firstPulse: Head | undefined;
  let latestPulse: Head | undefined;
  for (let at = unread.from; at < unread.to; at++) {
    const line = unread.lines[at]!;
    const found = HEAD.exec(line);
    // An item named later in the line than grow puts it: read them all.
    if (!found || (found[3] === undefined && line.includes('"item":'))) return undefined;
    const head: Head = { at, id: found[1]!, on: found[2]! };
    const item = found[4];
    // Later than each latest so far, as isLater orders them: the days compared here, isLater asked only
    // when they are the same, since this runs for years of lines.
    const on = head.on;
    const known = item === undefined ? undefined : latestOnItem.get(item);
    if (item !== undefined && (!known || on > known.on || (on === known.on && isLater(head, known)))) latestOnItem.set(item, head);
    if (!latest || on > latest.on || (on === latest.on && isLater(head, latest))) latest = head;
    if (line.includes('"pulse":')) {
      if (on >= trendFrom) wanted.add(at);
      if (!firstPulse || on < firstPulse.on) firstPulse = head;
      if (!latestPulse || on > latestPulse.on || (on === latestPulse.on && isLater(head, latestPulse))) latestPulse = head;
    }
  }
  for (const head of [...latestOnItem.values(), latest, firstPulse, latestPulse]) if (head) wanted.add(head.at);
  return [...wanted].sort((a, b) => a - b).map((at) => parseElement<Checkin>(unread.lines[at]!));
}
