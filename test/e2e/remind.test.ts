import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/domain/journal';
import { remindFactsPath } from '../../src/store/remind-facts';
import { journalText } from '../../src/store/journal-text';
import { buildPlan, writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { GROW_BIN, growEnv, runGrow } from './support/grow';

// The plan's items were added on 1 November: a1 due 20 November (weekly), a2 due
// 4 December (every 4 weeks), a3 due 20 December (every 2 weeks). On 1 December a1 is
// overdue, a2 is due in 3 days and a3 has waited 4 weeks for a check-in.
describe('grow remind', () => {
  it('says nothing when nothing is due, or when there is no journal yet', async () => {
    const journal = tempJournal();
    expect(await runGrow(['remind'], { journal })).toMatchObject({ code: 0, stdout: '', stderr: '' });
    await writePlan(journal);
    expect(await runGrow(['remind'], { journal, today: '2026-11-05' })).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prints one line when check-ins are due, and counts the overdue ones', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    expect(await runGrow(['remind'], { journal, today: '2026-11-09' })).toMatchObject({ code: 0, stdout: '1 check-in due - run grow checkin\n', stderr: '' });
    expect(await runGrow(['remind'], { journal, today: '2026-12-01' })).toMatchObject({ code: 0, stdout: '3 check-ins due, 1 overdue - run grow checkin\n', stderr: '' });
  });

  it('reads a journal edited by hand through the full check, and --journal and --person work before the CLI loads', async () => {
    const journal = tempJournal();
    const plan = emptyJournal();
    buildPlan(plan);
    plan.people[0]!.name = 'Sam';
    mkdirSync(dirname(journal), { recursive: true });
    writeFileSync(journal, journalText(plan));
    const result = await runGrow(['remind', '--journal', journal, '--person=sam'], { journal: '/nonexistent/journal.json', today: '2026-12-01' });
    expect(result).toMatchObject({ code: 0, stdout: '3 check-ins due, 1 overdue - run grow checkin\n', stderr: '' });
    expect(await runGrow(['remind', '--person', 'Alex'], { journal, today: '2026-12-01' })).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'grow: There is no one called "Alex" in this journal.\n',
    });
  });

  it('points a broken journal at grow doctor in one line, exit 0, and leaves it as it was', async () => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true });
    writeFileSync(journal, '{"version": 1, "people": [}');
    const result = await runGrow(['remind'], { journal });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'grow could not read its journal - run grow doctor to see why\n' });
    expect(readFileSync(journal, 'utf8')).toBe('{"version": 1, "people": [}');
    const planned = tempJournal();
    await writePlan(planned);
    expect(await runGrow(['remind'], { journal: planned, today: 'soon' })).toMatchObject({ code: 0, stderr: 'grow: GROW_TODAY must be a date like 2026-11-25, not "soon".\n' });
  });

  it('never fails the shell, not even when its line cannot be written', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [GROW_BIN, 'remind'], { env: growEnv({ journal, today: '2026-12-01' }), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    } finally {
      closeSync(full);
    }
  });

  it('leaves any other line with the word remind in it to the rest of grow', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    expect(await runGrow(['note', 'remind', 'Sam', 'about', 'the', 'offsite'], { journal })).toMatchObject({ code: 0, stderr: '' });
    expect((await runGrow(['notes', '--search', 'remind'], { journal })).stdout).toContain('remind Sam about the offsite');
    expect(await runGrow(['remind', 'now'], { journal })).toMatchObject({ code: 2, stdout: '' });
  });

  it('has help, like any command', async () => {
    const help = await runGrow(['remind', '--help'], { journal: tempJournal() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('one line when check-ins are due, nothing otherwise');
  });

  it('counts from the facts it keeps, worked out again whenever the journal changes', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    const facts = remindFactsPath(journal);
    expect(existsSync(facts)).toBe(false);
    expect((await runGrow(['remind'], { journal, today: '2026-12-01' })).stdout).toBe('3 check-ins due, 1 overdue - run grow checkin\n');
    expect(readFileSync(facts, 'utf8')).not.toMatch(/talk|Sam|hire/);
    expect(statSync(facts).mode & 0o777).toBe(0o600);

    expect((await runGrow(['checkin', 'a1', '--status', 'done'], { journal, today: '2026-12-01' })).code).toBe(0);
    expect((await runGrow(['remind'], { journal, today: '2026-12-01' })).stdout).toBe('2 check-ins due - run grow checkin\n');

    // An edit by hand is read through the full check: a broken journal is not hidden by old facts.
    writeFileSync(journal, readFileSync(journal, 'utf8').replace('"status":"open"', '"status":"opne"'));
    expect(await runGrow(['remind'], { journal, today: '2026-12-01' })).toMatchObject({ code: 0, stdout: '', stderr: 'grow could not read its journal - run grow doctor to see why\n' });
    expect(existsSync(facts)).toBe(false);
  });

  it('keeps no facts in plain text beside an encrypted journal', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    await runGrow(['remind'], { journal });
    expect(existsSync(remindFactsPath(journal))).toBe(true);
    expect((await runGrow(['encrypt'], { journal, env: { GROW_PASSPHRASE: 'river stones and tea' } })).code).toBe(0);
    expect(existsSync(remindFactsPath(journal))).toBe(false);
    await runGrow(['remind'], { journal });
    expect(existsSync(remindFactsPath(journal))).toBe(false);
  });

});
