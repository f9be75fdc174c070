import { describe, expect, it } from 'vitest';
import { writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

describe('grow, the dashboard, run as a script would', () => {
  it('prints the plan at a glance without asking anything', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const result = await runGrow([], { journal, today: '2026-12-01' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Mission\n  I wake up to help people find their voice.');
    expect(result.stdout).toMatch(/g1 {4}A calm public speaker {17}learning {2}░{10} {3}0%/);
    expect(result.stdout).toMatch(/a1 {4}Outline the talk {22}overdue by 11 days\n/);
    expect(result.stdout).toContain('Last check-in  none yet');
    expect(result.stdout).not.toContain('Check in now?');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('gives the same data as JSON', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const result = await runGrow(['--json'], { journal, today: '2026-12-01' });
    const view = JSON.parse(result.stdout);
    expect(view).toMatchObject({
      person: 'me',
      empty: false,
      mission: { text: 'I wake up to help people find their voice.', since: '2026-11-01' },
      goals: [
        { id: 'g1', title: 'A calm public speaker', stage: 'learning', progress: 0 },
        { id: 'g2', title: 'A mentor others seek out', progress: 0 },
      ],
    });
    expect(view.due.map((d: { id: string; overdueDays: number }) => [d.id, d.overdueDays])).toEqual([
      ['a1', 11],
      ['a2', 0],
      ['a3', 0],
    ]);
    expect(view.due[1].reasons).toEqual([{ kind: 'due-soon', days: 3 }, { kind: 'cadence', days: 30, since: 'added' }]);
  });

  it('welcomes a new person with grow init, and still catches a mistyped command', async () => {
    const journal = tempJournal();
    const welcome = await runGrow([], { journal });
    expect(welcome).toMatchObject({ code: 0, stderr: '' });
    expect(welcome.stdout).toContain('Welcome to grow.');
    expect(welcome.stdout).toContain('Start with: grow init');
    const typo = await runGrow(['chekin'], { journal });
    expect(typo).toMatchObject({ code: 2, stderr: "grow: unknown command 'chekin'\n(Did you mean checkin?)\n" });
  });
});
