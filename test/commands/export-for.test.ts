// grow export --for NAME, and grow import of what it writes: the flags it refuses (nothing may
// make a handed plan anything but one whole plan with no one else's private words), and a file
// that does not say whose plan it holds.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/commands/export';
import { importFile } from '../../src/commands/import';
import { findPerson } from '../../src/domain/journal';
import { addPerson } from '../../src/domain/people';
import { addAction, addGoal } from '../../src/domain/plan';
import type { Journal } from '../../src/domain/schema';
import { applySession, emptySessionAnswers } from '../../src/domain/session';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';
import { tempDir, tempJournal } from '../support/temp';

/** A manager's journal: Priya's plan, with a private note of his about her. */
function withPriya(journal: Journal): void {
  addPerson(journal, 'Priya');
  const goal = addGoal(journal, 'Priya', { title: 'A mentor people seek out' }, '2026-11-20');
  addAction(journal, 'Priya', { goal: goal.id, text: 'Ask two teammates', due: '2026-12-22' }, '2026-11-20');
  findPerson(journal, 'Priya')!.notes.push({ id: 'n9', at: '2026-11-20T09:00:00Z', text: 'KEEPER: she seemed tired', tags: [], private: true });
}

async function journalWith(build: (journal: Journal) => void): Promise<string> {
  const path = tempJournal();
  await testContext({ journal: path }).store.update(build);
  return path;
}

describe('private words, on every way out of either journal', () => {
  it('the manager’s never leave his; hers go only to her, and from hers only when she asks', async () => {
    const alex = await journalWith((j) => {
      j.owner = 'Alex';
      withPriya(j);
      const held = applySession(j, 'Priya', emptySessionAnswers('Alex'), '2026-11-20');
      held.notes.push({ part: 'yourself', speaker: 'manager', topic: 'failure', text: 'KEEPER-SAID: my own burnout', private: true });
      held.notes.push({ part: 'yourself', speaker: 'report', topic: 'plans', text: 'PRIYA-SAID: thinking of moving teams', private: true });
    });
    const folder = tempDir();
    let files = 0;
    /** What an export writes: a plan handed over to its file, anything else to standard output. */
    async function written(journal: string, options: Parameters<typeof exportPlan>[1], person?: string): Promise<string> {
      const out = options.for === undefined ? undefined : join(folder, `handed-${++files}.json`);
      const ctx = testContext({ journal, ...(person === undefined ? {} : { person }) });
      expect(await exitCodeOf(exportPlan(ctx, out === undefined ? options : { ...options, out }))).toBe(0);
      return out === undefined ? ctx.out.text : readFileSync(out, 'utf8');
    }

    // From the manager's journal: her plan in every format, everyone's, and handed to anyone.
    const fromAlex = [
      ...(['md', 'json', 'ics'] as const).map((format) => written(alex, { format }, 'Priya')),
      ...(['md', 'json'] as const).map((format) => written(alex, { format, allPeople: true })),
      written(alex, { for: 'Ada' }, 'Priya'),
    ];
    for (const text of await Promise.all(fromAlex)) expect(text).not.toMatch(/KEEPER|PRIYA-SAID/);
    const forHer = await written(alex, { for: 'Priya' }, 'Priya');
    expect(forHer).not.toContain('KEEPER');
    expect(forHer).toContain('PRIYA-SAID');
    expect(await exitCodeOf(exportPlan(testContext({ journal: alex, person: 'Priya' }), { for: 'Priya', includePrivate: true }))).toBe(2);

    // In her journal, with a private note of her own: nothing private leaves unless she asks.
    const priya = await journalWith(() => undefined);
    const handed = join(folder, 'handed.json');
    expect(await exitCodeOf(exportPlan(testContext({ journal: alex, person: 'Priya' }), { for: 'Priya', out: handed }))).toBe(0);
    expect(await exitCodeOf(importFile(testContext({ journal: priya }), handed, {}))).toBe(0);
    await testContext({ journal: priya }).store.update((j) => void findPerson(j, 'me')!.notes.push({ id: 'n1', at: '2026-11-21T09:00:00Z', text: 'PRIYA-OWN: nervous', tags: [], private: true }));
    const fromPriya = [...(['md', 'json', 'ics'] as const).map((format) => written(priya, { format })), written(priya, { for: 'Alex' })];
    for (const text of await Promise.all(fromPriya)) expect(text).not.toMatch(/KEEPER|PRIYA-SAID|PRIYA-OWN/);
    const asked = await written(priya, { for: 'Alex', includePrivate: true });
    expect(asked).toMatch(/PRIYA-SAID[\s\S]*PRIYA-OWN|PRIYA-OWN[\s\S]*PRIYA-SAID/);
    expect(asked).not.toContain('KEEPER');
  });
});

describe('grow export --for', () => {
  it('refuses every flag that would make it more or less than one whole plan, or bring private words along', async () => {
    const journal = await journalWith((j) => {
      j.owner = 'Alex';
      withPriya(j);
    });
    const ctx = (options: TestContextOptions = {}) => testContext({ journal, person: 'Priya', ...options });
    const cases: [Parameters<typeof exportPlan>[1], string, TestContextOptions?][] = [
      [{ for: ' ' }, 'A name for --for'],
      [{ for: 'me' }, '--for names whom the plan is handed to, someone other than you'],
      [{ for: 'Priya', allPeople: true }, '--for hands over one whole plan: leave out --all-people.'],
      [{ for: 'Priya', since: '2026-11-01' }, '--for hands over one whole plan: leave out --since.'],
      [{ for: 'Priya', format: 'md' }, '--for writes a grow JSON file'],
      [{ for: 'Priya', out: join(tempDir(), 'priya.md') }, '--for writes a grow JSON file'],
      [{ for: 'Priya', includePrivate: true }, "--include-private: the private words in Priya's plan here stay in this journal"],
      [{ for: 'Priya', includePrivate: true, allPeople: true }, '--for hands over one whole plan'],
    ];
    for (const [options, says] of cases) expect(await exitCodeOf(exportPlan(ctx(), options), says), says).toBe(2);
    // --json and --format json are what it writes anyway.
    const written = ctx({ json: true });
    await exportPlan(written, { for: 'Priya', format: 'json' });
    expect(written.out.text).not.toContain('KEEPER');
    expect(JSON.parse(written.out.text)).toMatchObject({ exchange: { for: 'Priya' }, owner: 'Alex', people: [{ name: 'Priya' }] });
  });

  it('fails with exit 1 on a journal it cannot read, or no folder to write in, and writes nothing', async () => {
    expect(await exitCodeOf(exportPlan(damaged({ person: 'Priya' }), { for: 'Priya' }), 'is not valid JSON')).toBe(1);
    const journal = await journalWith(withPriya);
    const missing = join(tempDir(), 'new', 'priya.json');
    expect(await exitCodeOf(exportPlan(testContext({ journal, person: 'Priya' }), { for: 'Priya', out: missing }), `the folder ${dirname(missing)} does not exist`)).toBe(1);
    expect(existsSync(dirname(missing))).toBe(false);
  });

  it('refuses a plan whose items are owned by "me" while the journal does not know its owner', async () => {
    const journal = await journalWith((j) => {
      withPriya(j);
      findPerson(j, 'Priya')!.actions[0]!.owner = 'me';
    });
    expect(await exitCodeOf(exportPlan(testContext({ journal, person: 'Priya' }), { for: 'Priya' }), /a1 is owned by "me", and this journal does not know your name[\s\S]*grow session --person "Priya"/)).toBe(2);
  });

  it('hands over one’s own plan without a name, and the other side names whose it is', async () => {
    const folder = tempDir();
    const file = join(folder, 'plan.json');
    const hers = await journalWith(buildPlan);
    const own = testContext({ journal: hers });
    expect(await exitCodeOf(exportPlan(own, { for: 'Alex', out: file }))).toBe(0);
    expect(own.err.text).toContain('This journal does not know your name, so the file does not say whose plan it is: Alex names you when importing it');

    const alex = await journalWith((j) => {
      j.owner = 'Alex';
      buildPlan(j);
      addPerson(j, 'Priya');
    });
    expect(await exitCodeOf(importFile(testContext({ journal: alex }), file, {}), 'This file was handed to Alex, and does not say whose plan it holds')).toBe(2);
    const named = testContext({ journal: alex });
    expect(await exitCodeOf(importFile(named, file, {}, 'Priya'))).toBe(0);
    expect(named.out.text).toContain('Priya: 1 mission statement, 2 goals, 3 action items');
    // His own plan is as it was.
    expect(findPerson(await named.journal(), 'me')!.goals).toHaveLength(2);
  });
});
