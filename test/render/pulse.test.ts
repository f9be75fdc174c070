import { describe, expect, it } from 'vitest';
import { plain } from '../../src/render/paint';
import { renderPulse } from '../../src/render/pulse';

const latest = { autonomy: 4, mastery: 2, purpose: 5, on: '2026-11-24' };

describe('grow pulse as text', () => {
  it('draws a sparkline per dimension, with its meaning and the latest value', () => {
    const text = renderPulse(
      {
        by: 'month',
        since: '2026-09-01',
        periods: [
          { start: '2026-09-01', count: 2, average: { autonomy: 2, mastery: 1, purpose: 3 } },
          { start: '2026-10-01', count: 0 },
          { start: '2026-11-01', count: 1, average: { autonomy: 4, mastery: 2, purpose: 5 } },
        ],
        latest,
      },
      plain,
    );
    expect(text).toBe(
      [
        'How your work has felt, by month, from September 2026 to November 2026 (1 hardly any, 5 plenty):',
        '',
        'Autonomy: a sense of control over what you do and how',
        '  ▃ ▆  lately 4 (Tue 24 Nov)',
        'Mastery: the chance to get better at something that matters to you',
        '  ▁ ▃  lately 2 (Tue 24 Nov)',
        'Purpose: being part of something bigger than yourself',
        '  ▅ █  lately 5 (Tue 24 Nov)',
        '',
        'A blank is a month without a pulse.',
        '',
      ].join('\n'),
    );
  });

  it('says how to start when there is no pulse, and what to try when none falls in the range', () => {
    expect(renderPulse({ by: 'week', since: '2026-08-10', periods: [{ start: '2026-08-10', count: 0 }] }, plain)).toMatch(/^No pulse yet\. At the end of grow checkin/);
    expect(renderPulse({ by: 'week', since: '2026-08-10', periods: [{ start: '2026-08-10', count: 0 }], latest }, plain)).toBe(
      'No pulse given since Mon 10 Aug. Try an earlier --since, for example --since "6 months ago".\n',
    );
  });
});
