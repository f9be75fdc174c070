import { describe, expect, it } from 'vitest';
import { movesOfItems, splitsOf } from '../../src/domain/checkins';
import { emptyJournal } from '../../src/domain/journal';
import type { Checkin, Journal } from '../../src/domain/schema';
import { unreadCheckinsWith } from '../../src/store/checkins-with';
import { journalText } from '../../src/store/journal-text';
import { isRead, lazyJournal } from '../../src/store/lazy-journal';

/** Check-ins on three items, out of date order: moves, a renegotiation, a split, and words that only look like those keys. */
function written(): { read: Journal; whole: Journal } {
  const journal = emptyJournal();
  const checkins: Checkin[] = [];
  const add = (on: string, item: string, extra: Partial<Checkin> = {}) => checkins.push({ id: `c${checkins.length + 1}`, on, item, ...extra });
  add('2026-03-01', 'a1', { moved: { from: '2026-03-01', to: '2026-03-08' } });
  add('2026-02-01', 'a1', { well: 'wrote "moved":{"from":"2026-01-01"} in a note', progress: 10 });
  add('2026-03-09', 'a1', { moved: { from: '2026-03-08', to: '2026-03-15' } });
  add('2026-03-16', 'a1', { renegotiated: { text: 'A smaller step' }, moved: { from: '2026-03-15', to: '2026-04-01' } });
  add('2026-04-02', 'a1', { moved: { from: '2026-04-01', to: '2026-04-10' } });
  add('2026-03-01', 'a2', { blocker: 'the key "split": [] is only words here' });
  add('2026-03-02', 'a2', { split: ['a4', 'a5'], status: 'dropped' });
  add('2026-03-03', 'a3', { moved: { from: '2026-03-03', to: '2026-03-04' } });
  add('2026-03-03', 'a3', { progress: 40 });
  checkins.push({ id: 'c99', on: '2026-03-05', well: 'a general check-in' });
  journal.people.push({ name: 'me', missions: [], reflections: [], goals: [], actions: [], checkins, notes: [], sessions: [], drafts: [] });
  const text = journalText(journal);
  return { read: lazyJournal(text.split('\n'))!, whole: JSON.parse(text) as Journal };
}

describe('the check-ins that have a key, from the lines of check-ins not read yet', () => {
  it('count the moves and splits that all of them count, and the rest stay unread', () => {
    const { read, whole } = written();
    const changes = { checkins: unreadCheckinsWith(read.people[0]!, ['moved', 'renegotiated', 'split'])! };
    expect(changes.checkins.map((c) => c.id)).toEqual(['c1', 'c3', 'c4', 'c5', 'c7', 'c8']);
    expect(movesOfItems(changes)).toEqual(movesOfItems(whole.people[0]!));
    expect(movesOfItems(changes)).toEqual(new Map([['a1', 1], ['a2', 0], ['a3', 1]]));
    expect(splitsOf(changes)).toEqual(splitsOf(whole.people[0]!));
    expect(isRead(read.people[0]!, 'checkins')).toBe(false);
  });

  it('are left to the whole list once it was read', () => {
    const { read } = written();
    void read.people[0]!.checkins;
    expect(unreadCheckinsWith(read.people[0]!, ['moved'])).toBeUndefined();
  });
});
