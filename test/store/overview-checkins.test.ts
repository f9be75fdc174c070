import { describe, expect, it } from 'vitest';
import { generateJournal } from '../../scripts/generate-journal';
import { addDaysTo } from '../../src/domain/dates';
import { overview } from '../../src/domain/overview';
import type { Journal } from '../../src/domain/schema';
import { journalText } from '../../src/store/journal-text';
import { isRead, lazyJournal } from '../../src/store/lazy-journal';
import { unreadCheckinsForOverview } from '../../src/store/overview-checkins';

/** A generated journal, read back from its text as grow reads it, and parsed whole. */
function written(journal: Journal): { read: Journal; whole: Journal } {
  // Check-ins written by an older grow have no uid.
  for (const person of journal.people) person.checkins = person.checkins.map((checkin, n) => (n % 4 ? { uid: n.toString(16).padStart(16, '0'), ...checkin } : checkin));
  const text = journalText(journal);
  return { read: lazyJournal(text.split('\n'))!, whole: JSON.parse(text) as Journal };
}

describe('the check-ins the overview needs, from the lines of check-ins not read yet', () => {
  it('give the overview all of them give, whatever the day, and the rest stay unread', () => {
    for (const seed of [1, 2, 3]) {
      // 300 days of check-ins; the days asked about run from before the first to long after the last.
      const { read, whole } = written(generateJournal({ goals: 4, actions: 12, checkins: 400, seed }));
      for (let days = -20; days <= 420; days += 23) {
        const today = addDaysTo('2026-01-01', days);
        const person = read.people[0]!;
        const checkins = unreadCheckinsForOverview(person, today)!;
        expect(checkins.length).toBeLessThan(400);
        expect(overview(person, today, { checkins }), `seed ${seed}, ${today}`).toEqual(overview(whole.people[0]!, today));
        expect(isRead(person, 'checkins')).toBe(false);
      }
    }
  });

  it('are left to the whole list once it was read, or when an item is named later in a line', () => {
    const journal = generateJournal({ goals: 1, actions: 2, checkins: 20 });
    const { read } = written(journal);
    void read.people[0]!.checkins;
    expect(unreadCheckinsForOverview(read.people[0]!, '2026-06-01')).toBeUndefined();
    // An imported check-in may keep the order of the fields it came with.
    journal.people[0]!.checkins.push({ id: 'c21', on: '2026-05-01', well: 'from elsewhere', item: journal.people[0]!.actions[0]!.id } as never);
    expect(unreadCheckinsForOverview(written(journal).read.people[0]!, '2026-06-01')).toBeUndefined();
  });
});
