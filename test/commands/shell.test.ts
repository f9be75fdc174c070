// grow help, grow completion and grow __ids (what the completion scripts run at each Tab),
// run in-process against the program as grow declares it.
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program';
import { completionScript } from '../../src/commands/completion';
import { help } from '../../src/commands/help';
import { printIds } from '../../src/commands/ids';
import { addPerson } from '../../src/domain/people';
import { damaged } from '../support/damaged';
import { buildPlan } from '../support/plan-fixture';
import { exitCodeOf, testContext } from '../support/test-context';

describe('grow help', () => {
  it('explains a topic in any case, and the journal topic names the journal', async () => {
    const ctx = testContext({ today: '2026-11-25' });
    await help(ctx, ['DATES'], createProgram());
    expect(ctx.out.text).toMatch(/Today is Wednesday 25 November 2026[^]*\n {2}in 2 weeks +Wednesday 9 December 2026\n/);
    const journal = testContext();
    await help(journal, ['journal'], createProgram());
    expect(journal.out.text).toContain(journal.store.path);
  });

  it('refuses a word that is neither a command nor a topic, and words after a topic, with exit 2', async () => {
    const hint = 'See: grow help (the commands), or a topic: grow help dates, ids, journal or coaching';
    expect(await exitCodeOf(help(testContext(), ['dates', 'now'], createProgram()), `there is no command or help topic called "dates now"\n${hint}`)).toBe(2);
  });
});

describe('grow completion', () => {
  it('writes a script for each shell from the commands grow declares', async () => {
    for (const shell of ['bash', 'zsh', 'fish'] as const) {
      const ctx = testContext();
      completionScript(ctx, createProgram(), shell);
      for (const word of ['checkin', 'sessions', '--include-private', '__ids']) expect(ctx.out.text, `${shell}: ${word}`).toContain(word);
    }
  });
});

describe('grow __ids', () => {
  it('lists the ids of the plan --person names, and only open items', async () => {
    const ctx = testContext();
    await ctx.store.update((journal) => {
      buildPlan(journal);
      journal.people[0]!.actions[2]!.status = 'done';
      addPerson(journal, 'Sam Lee');
    });
    const ids = async (list: 'goals' | 'items' | 'people') => {
      const listed = testContext({ journal: ctx.store.path });
      await printIds(listed, list);
      return listed.out.text.split('\n').filter(Boolean).map((line) => line.split('\t')[0]);
    };
    expect(await ids('goals')).toEqual(['g1', 'g2']);
    expect(await ids('items')).toEqual(['a1', 'a2']);
    expect(await ids('people')).toEqual(['me', 'Sam Lee']);
  });

  it('offers nothing, and never fails, when the journal cannot be read', async () => {
    const ctx = damaged();
    expect(await exitCodeOf(printIds(ctx, 'goals'))).toBe(0);
    expect(ctx.out.text).toBe('');
  });
});
