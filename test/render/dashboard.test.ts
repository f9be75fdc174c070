import { describe, expect, it } from 'vitest';
import { recordCheckin, recordGeneralCheckin } from '../../src/domain/checkins';
import { emptyJournal, emptyPerson, personToRead } from '../../src/domain/journal';
import { overview } from '../../src/domain/overview';
import { setMission } from '../../src/domain/plan';
import { renderDashboard } from '../../src/render/dashboard';
import { plain } from '../../src/render/paint';
import { buildPlan } from '../support/plan-fixture';

describe('the dashboard', () => {
  it('shows the mission, goals with stage and progress, due items, the last check-in and the pulse', () => {
    const journal = emptyJournal();
    buildPlan(journal);
    recordCheckin(journal, 'me', { item: 'a2', status: 'open', progress: 60, well: 'Booked a room' }, '2026-11-10');
    recordCheckin(journal, 'me', { item: 'a3', status: 'open', progress: 30, well: 'Met twice' }, '2026-11-23');
    recordGeneralCheckin(journal, 'me', { pulse: { autonomy: 2, mastery: 3, purpose: 4 } }, '2026-11-16');
    recordGeneralCheckin(journal, 'me', { well: 'A calm week', pulse: { autonomy: 4, mastery: 3, purpose: 5 } }, '2026-11-23');
    journal.people[0]!.actions[0]!.text = 'Outline the talk \u001b[2J for the team offsite in spring, with stories';

    expect(renderDashboard(overview(personToRead(journal, 'me'), '2026-12-01'), plain)).toBe(
      [
        'Your plan',
        '',
        'Mission',
        '  I wake up to help people find their voice.',
        '',
        'Who you are becoming',
        '  g1    A calm public speaker                 learning  ███░░░░░░░  30%',
        '  g2    A mentor others seek out                        ███░░░░░░░  30%',
        '',
        'Due for a check-in',
        '  a1    Outline the talk \\u001b[2J for the …  overdue by 11 days',
        '  a2    Rehearse with Sam                     due in 3 days',
        '',
        'Last check-in  Monday 23 November 2026 (8 days ago)',
        '',
        'Pulse, week by week since Monday 16 November 2026',
        '  Autonomy  ▃▆   lately 4 (Mon 23 Nov)',
        '  Mastery   ▅▅   lately 3 (Mon 23 Nov)',
        '  Purpose   ▆█   lately 5 (Mon 23 Nov)',
        '',
      ].join('\n'),
    );
  });

  it('folds a long mission statement at spaces, to the terminal when it is narrower', () => {
    const journal = emptyJournal();
    buildPlan(journal);
    setMission(journal.people[0]!, 'I wake up to grow as an engineer and a person: by teaching and mentoring juniors, by writing, and by speaking at meetups.', '2026-11-02');
    const lines = (width?: number) => renderDashboard(overview(personToRead(journal, 'me'), '2026-12-01'), plain, width).split('\n').slice(3, 6);
    expect(lines()).toEqual(['  I wake up to grow as an engineer and a person: by teaching and mentoring', '  juniors, by writing, and by speaking at meetups.', '']);
    expect(lines(100)).toEqual(lines());
    expect(lines(50)).toEqual(['  I wake up to grow as an engineer and a person:', '  by teaching and mentoring juniors, by writing,', '  and by speaking at meetups.']);
  });

  it('welcomes a new person and points at grow init', () => {
    const view = overview(emptyPerson('me'), '2026-11-25');
    expect(view).toMatchObject({ empty: true, goals: [], due: [] });
    expect(renderDashboard(view, plain)).toContain('Welcome to grow.');
    expect(renderDashboard(view, plain)).toContain('Start with: grow init');
  });
});
