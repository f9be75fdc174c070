// grow session, run in-process: a one-on-one saved in one change at its end, and every way
// of stopping it, each with words that say truly what was kept.
import { describe, expect, it } from 'vitest';
import { session } from '../../src/commands/session';
import { keepDraft } from '../../src/domain/drafts';
import { addPerson } from '../../src/domain/people';
import { emptySessionAnswers } from '../../src/domain/session';
import { damaged } from '../support/damaged';
import { wholeSession } from '../support/guided-answers';
import { CTRL_C, type Step } from '../support/scripted-prompter';
import { exitCodeOf, testContext } from '../support/test-context';

const DRAFT_SAVED_AT = '2026-11-20T10:00:00Z';

/** A context for a one-on-one with Sam, already in the journal (with a draft, if asked). */
async function withSam(answers: Step[], { draft = false } = {}) {
  const ctx = testContext({ person: 'Sam', answers });
  await ctx.store.update((journal) => {
    addPerson(journal, 'Sam');
    const notes = [{ part: 'opening' as const, speaker: 'manager' as const, topic: 'strength', text: 'Shows up' }];
    if (draft) keepDraft(journal, 'Sam', 'session', { ...emptySessionAnswers('Alex'), notes, asked: ['strength-1'] }, new Date(DRAFT_SAVED_AT));
  });
  return ctx;
}

const draftsOf = async (ctx: Awaited<ReturnType<typeof withSam>>) => (await ctx.journal()).people.find((p) => p.name === 'Sam')!.drafts;

describe('grow session', () => {
  it('runs a one-on-one and saves it, its items and the mission statement in one change', async () => {
    const ctx = await withSam(wholeSession);
    expect(await exitCodeOf(session(ctx, { manager: 'Alex' }, true))).toBe(0);
    expect(ctx.out.text).toContain('One-on-one with Sam · Wednesday 25 November 2026 · s1');
    expect(ctx.out.text).toContain('Saved as s1. Thank you both.');
    const journal = await ctx.journal();
    const sam = journal.people.find((p) => p.name === 'Sam')!;
    expect(journal.owner).toBe('Alex');
    expect(sam.sessions.map((s) => [s.id, s.manager])).toEqual([['s1', 'Alex']]);
    expect(sam.actions).toMatchObject([{ id: 'a1', owner: 'Sam', due: '2026-12-09', session: 's1' }]);
    expect(sam.missions).toHaveLength(1);
    expect(sam.drafts).toEqual([]);
  });

  it('refuses bad flags and a script, with exit 2', async () => {
    const cases: [() => Promise<void>, string][] = [
      [() => session(testContext({ answers: [] }), { pause: '0' }, false), '--pause must be a number of seconds from 1 to 300, not "0"'],
      [() => session(testContext({ answers: [] }), { pause: 'ten' }, false), '--pause must be a number of seconds from 1 to 300'],
      [() => session(testContext({ answers: [] }), { manager: ' ' }, false), 'A name for --manager, for example: --manager Alex'],
      [() => session(testContext({ person: 'Sam' }), {}, true), 'grow session asks questions, so it needs a terminal.'],
    ];
    for (const [command, says] of cases) expect(await exitCodeOf(command(), says), says).toBe(2);
  });

  it('asks before adding someone new, and changes nothing when the answer is no', async () => {
    const ctx = testContext({ person: 'Kim', answers: [['There is no one called "Kim" in this journal yet. Add Kim', false]] });
    expect(await exitCodeOf(session(ctx, {}, true))).toBe(0);
    expect(ctx.out.text).toBe('Nothing changed. To add them later: grow people add "Kim"\n');
    expect((await ctx.journal()).people).toEqual([]);
  });

  it('ends kindly when it is not a good time, saying that someone added just now is in the journal', async () => {
    const ctx = testContext({
      answers: [
        // An empty journal: a report of the owner's (a new plan), or the owner's own plan with their manager.
        ['Who is this one-on-one with?', 'new'],
        ['Their name:', 'Lee'],
        ["The manager's name?", 'Alex'],
        ['Is this a good time to talk', false],
      ],
    });
    expect(await exitCodeOf(session(ctx, {}, false))).toBe(0);
    expect(ctx.out.text).toContain('Lee is in the journal now; nothing else was saved.');
    expect((await ctx.journal()).people.map((p) => p.name)).toEqual(['Lee']);
  });

  it('asks whom it is with when --person is not given, and remembers the manager', async () => {
    const ctx = await withSam([
      ['Who is this one-on-one with?', 'Sam'],
      ["The manager's name?", 'Alex'],
      ['Sam and Alex › Is this a good time to talk', false],
    ]);
    ctx.person = 'me';
    expect(await exitCodeOf(session(ctx, {}, false))).toBe(0);
    expect(ctx.out.text).toContain('Nothing was saved.\nWhen it suits you both: grow session --person "Sam"');
  });

  it('saves nothing on a Ctrl+C before anything is said, and keeps a draft once something is', async () => {
    const early = await withSam([
      ['Is this a good time to talk', true],
      ['Alex › One thing Sam is doing well:', CTRL_C],
    ]);
    expect(await exitCodeOf(session(early, { manager: 'Alex' }, true), 'Stopped before anything was said, so nothing was saved.')).toBe(130);
    expect(await draftsOf(early)).toEqual([]);

    const later = await withSam([...wholeSession.slice(0, 3), ['Alex › A third', CTRL_C]]);
    expect(await exitCodeOf(session(later, { manager: 'Alex' }, true), 'the one-on-one so far is kept as a draft.\nTo pick up where you left off: grow session --person "Sam"')).toBe(130);
    expect(await draftsOf(later)).toMatchObject([{ flow: 'session', answers: { manager: 'Alex', notes: [{ text: 'Explains hard things simply' }, { text: 'Calm when the pager goes off' }] } }]);
    expect((await later.journal()).people.find((p) => p.name === 'Sam')!.sessions).toEqual([]);
  });

  it('picks a draft up, and leaves it as it was on a Ctrl+C before anything new is said', async () => {
    const ctx = await withSam(
      [
        ['Is this a good time to talk', true],
        ['Pick up where you left off?', 'resume'],
        ['Alex › A second thing:', CTRL_C],
      ],
      { draft: true },
    );
    expect(await exitCodeOf(session(ctx, {}, true), 'the one-on-one so far is kept as a draft')).toBe(130);
    expect(ctx.prompts!.said()).toContain('So far:\n  Alex named a strength: Shows up');
    expect(await draftsOf(ctx)).toMatchObject([{ saved: DRAFT_SAVED_AT }]);
  });

  it('discards a draft set aside at once: a Ctrl+C at the next question does not bring it back', async () => {
    const ctx = await withSam(
      [
        ['Is this a good time to talk', true],
        ['Pick up where you left off?', 'over'],
        ['Alex › One thing Sam is doing well:', CTRL_C],
      ],
      { draft: true },
    );
    expect(await exitCodeOf(session(ctx, {}, true), 'Stopped before anything was said, so nothing was saved.')).toBe(130);
    expect(await draftsOf(ctx)).toEqual([]);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(session(damaged({ person: 'Sam', answers: [] }), {}, true), 'is not valid JSON')).toBe(1);
  });
});
