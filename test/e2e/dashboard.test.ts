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
