// grow people, grow people add, grow sessions and grow sessions show, run in-process.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addPersonCommand, listPeople } from '../../src/commands/people';
import { listSessions, showSession } from '../../src/commands/sessions';
import { addPerson } from '../../src/domain/people';
import { applySession, emptySessionAnswers } from '../../src/domain/session';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext } from '../support/test-context';

describe('grow people', () => {
  it('adds people once, in any case, and lists each with the item due next and their last one-on-one', async () => {
    const ctx = testContext();
    await ctx.store.update(buildPlan);
    await addPersonCommand(ctx, ['Sam', 'Lee']);
    await addPersonCommand(ctx, ['sam lee']);
    await addPersonCommand(ctx, ['ME']);
    expect(ctx.out.text).toBe(
      [
        'Added Sam Lee. Start a one-on-one with: grow session --person "Sam Lee"',
        'Sam Lee is already in this journal; nothing changed.',
        'me is already in this journal; nothing changed.',
        '',
      ].join('\n'),
    );
    const list = testContext({ journal: ctx.store.path });
    await listPeople(list);
    expect(list.out.text).toBe(
      [
        'People',
        '',
        'me (you)  · 3 open items',
        '  next  a1   Outline the talk  · me · Fri 20 Nov · overdue by 5 days · no check-in since it was added 3 weeks ago',
        '  last  no one-on-one yet',
        '',
        'Sam Lee  · no open items',
        '  next  nothing due',
        '  last  no one-on-one yet',
        '',
      ].join('\n'),
    );
    const json = testContext({ journal: ctx.store.path, json: true });
    await listPeople(json);
    expect(JSON.parse(json.out.text)).toMatchObject([
      { name: 'me', openItems: 3, next: { id: 'a1', dueForCheckin: [{ kind: 'overdue', days: 5 }, { kind: 'cadence' }] }, lastSession: null },
      { name: 'Sam Lee', openItems: 0, next: null, lastSession: null },
    ]);
  });

  it('says there is no one yet without creating the journal, and refuses a missing or bad name with exit 2', async () => {
    const ctx = testContext();
    await listPeople(ctx);
    expect(ctx.out.text).toBe('No one here yet. Add a report with: grow people add Sam\n');
    expect(await exitCodeOf(addPersonCommand(ctx, [' ']), 'Name the person to add, for example: grow people add Sam')).toBe(2);
    expect(await exitCodeOf(addPersonCommand(ctx, ['x'.repeat(81)]), 'A name of at most 80 characters, on one line.')).toBe(2);
    expect(await exitCodeOf(addPersonCommand(ctx, ['Sam\nLee']), 'A name of at most 80 characters, on one line.')).toBe(2);
    expect(existsSync(ctx.store.path)).toBe(false);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(listPeople(damaged()), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(addPersonCommand(damaged(), ['Sam']), 'is not valid JSON')).toBe(1);
  });
});

describe('grow sessions', () => {
  /** Sam's first one-on-one, s1, on 25 November 2026. */
  async function withSession() {
    const ctx = testContext({ today: '2026-12-01' });
    await ctx.store.update((journal) => {
      addPerson(journal, 'Sam');
      addPerson(journal, 'Lee');
      const answers = emptySessionAnswers('Alex');
      answers.notes.push({ part: 'opening', speaker: 'manager', topic: 'strength', text: 'Explains hard things simply' });
      applySession(journal, 'Sam', answers, '2026-11-25');
    });
    return ctx;
  }

  it("lists everyone's one-on-ones, or one person's, and shows one as its summary did", async () => {
    const ctx = await withSession();
    await listSessions(ctx, false);
    expect(ctx.out.text).toContain('s1   Wed 25 Nov  Sam with Alex');
    const lee = testContext({ journal: ctx.store.path, person: 'lee' });
    await listSessions(lee, true);
    expect(lee.out.text).toBe('No one-on-ones with Lee yet. Start one with: grow session --person "Lee"\n');

    const shown = testContext({ journal: ctx.store.path, today: '2026-12-01' });
    await showSession(shown, ' S1 ');
    expect(shown.out.text).toContain('One-on-one with Sam · Wednesday 25 November 2026 · s1');
    expect(shown.out.text).toContain('Explains hard things simply');
    const json = testContext({ journal: ctx.store.path, json: true });
    await showSession(json, 's1');
    expect(JSON.parse(json.out.text)).toMatchObject({ person: 'Sam', id: 's1', manager: 'Alex', reviewed: [], agreed: [] });
  });

  it('refuses an id that is not a one-on-one, or not there, with exit 2', async () => {
    const ctx = await withSession();
    expect(await exitCodeOf(showSession(ctx, 'a1'), '"a1" is not a one-on-one id (like s2).\nSee them with: grow sessions')).toBe(2);
    expect(await exitCodeOf(showSession(ctx, 's9'), 'There is no one-on-one s9 in this journal.\nSee them with: grow sessions')).toBe(2);
    expect(await exitCodeOf(listSessions(testContext({ journal: ctx.store.path, person: 'Kim' }), true), 'There is no one called "Kim"')).toBe(2);
  });

  it('says there are none yet, and fails with exit 1 on a journal it cannot read', async () => {
    const ctx = testContext();
    await listSessions(ctx, false);
    expect(ctx.out.text).toBe('No one-on-ones yet. Start one with: grow session --person NAME\n');
    expect(await exitCodeOf(listSessions(damaged(), false), 'is not valid JSON')).toBe(1);
    expect(await exitCodeOf(showSession(damaged(), 's1'), 'is not valid JSON')).toBe(1);
  });
});
