import { describe, expect, it } from 'vitest';
import { emptyPerson } from '../../src/domain/journal';
import { defaultPulseSince, latestPulse, periodStart, pulseSeries } from '../../src/domain/pulse';
import type { Person, Pulse } from '../../src/domain/schema';

function personWithPulses(pulses: [on: string, pulse: Pulse][]): Person {
  const person = emptyPerson('me');
  pulses.forEach(([on, pulse], i) => person.checkins.push({ id: `c${i + 1}`, on, pulse }));
  person.checkins.push({ id: 'c99', on: '2026-11-24', item: 'a1', status: 'open', progress: 10 });
  return person;
}

describe('the pulse over time', () => {
  it('groups by the Monday of the week or the first of the month', () => {
    expect(periodStart('2026-11-25', 'week')).toBe('2026-11-23');
    expect(periodStart('2026-11-23', 'week')).toBe('2026-11-23');
    expect(periodStart('2026-11-29', 'week')).toBe('2026-11-23');
    expect(periodStart('2026-11-25', 'month')).toBe('2026-11-01');
  });

  it('averages each dimension per period, with empty periods kept as gaps', () => {
    const person = personWithPulses([
      ['2026-11-03', { autonomy: 2, mastery: 3, purpose: 4 }],
      ['2026-11-05', { autonomy: 3, mastery: 3, purpose: 5 }],
      ['2026-11-24', { autonomy: 5, mastery: 4, purpose: 4 }],
      ['2026-10-01', { autonomy: 1, mastery: 1, purpose: 1 }],
    ]);
    expect(pulseSeries(person, 'week', '2026-11-02', '2026-11-25')).toEqual([
      { start: '2026-11-02', count: 2, average: { autonomy: 2.5, mastery: 3, purpose: 4.5 } },
      { start: '2026-11-09', count: 0 },
      { start: '2026-11-16', count: 0 },
      { start: '2026-11-23', count: 1, average: { autonomy: 5, mastery: 4, purpose: 4 } },
    ]);
    expect(pulseSeries(person, 'month', '2026-09-15', '2026-11-25').map((p) => [p.start, p.count, p.average?.autonomy])).toEqual([
      ['2026-09-01', 0, undefined],
      ['2026-10-01', 1, 1],
      ['2026-11-01', 3, 3.3],
    ]);
  });

  it('shows the last 16 weeks or 12 months by default, or from the first pulse when that is later', () => {
    const early = personWithPulses([['2025-01-10', { autonomy: 3, mastery: 3, purpose: 3 }]]);
    expect(defaultPulseSince(early, 'week', '2026-11-25')).toBe('2026-08-10');
    expect(defaultPulseSince(early, 'month', '2026-11-25')).toBe('2025-12-01');
    const recent = personWithPulses([['2026-11-04', { autonomy: 3, mastery: 3, purpose: 3 }]]);
    expect(defaultPulseSince(recent, 'week', '2026-11-25')).toBe('2026-11-02');
  });

  it('finds the latest pulse, ignoring check-ins without one', () => {
    const person = personWithPulses([
      ['2026-11-05', { autonomy: 3, mastery: 3, purpose: 5 }],
      ['2026-11-05', { autonomy: 4, mastery: 2, purpose: 5 }],
      ['2026-11-01', { autonomy: 1, mastery: 1, purpose: 1 }],
    ]);
    expect(latestPulse(person)).toMatchObject({ id: 'c2', pulse: { autonomy: 4, mastery: 2, purpose: 5 } });
    expect(latestPulse(emptyPerson('me'))).toBeUndefined();
  });
});
