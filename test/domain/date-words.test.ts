// chrono-node costs more to load than the rest of a command: a date in numbers, and the
// phrases grow reads itself, are read without it.
import { describe, expect, it, vi } from 'vitest';
import { readDate } from '../../src/domain/dates';

const loaded = vi.hoisted(() => ({ chrono: false }));
vi.mock('chrono-node/en', async (original) => {
  loaded.chrono = true;
  return original();
});

describe('reading a date without chrono-node', () => {
  it('reads ISO dates, numbers and grow\'s own phrases, and loads chrono-node only for other words', async () => {
    for (const text of ['2027-03-01', '31/01/2027', '01/02/2027', 'eow', 'end of next week', 'end of quarter', 'christmas', 'new year', 'end of year']) {
      expect((await readDate(text, '2026-12-07', 'future')).kind).not.toBe('unreadable');
    }
    expect(loaded.chrono).toBe(false);
    expect(await readDate('in a fortnight', '2026-12-07', 'future')).toEqual({ kind: 'date', date: '2026-12-21' });
    expect(loaded.chrono).toBe(true);
  });
});
