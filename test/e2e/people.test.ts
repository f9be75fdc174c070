import { describe, expect, it } from 'vitest';
import { writePlan } from '../support/plan-fixture';
import { tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

describe('grow people, grow sessions and grow session in a script', () => {
  it('adds people once, and lists each with the item due next and their last one-on-one', async () => {
    const journal = tempJournal();
    await writePlan(journal);
    expect(await runGrow(['people', 'add', 'Sam', 'Lee'], { journal })).toMatchObject({ code: 0, stdout: 'Added Sam Lee. Start a one-on-one with: grow session --person "Sam Lee"\n' });
    expect(await runGrow(['people', 'add', 'sam lee'], { journal })).toMatchObject({ code: 0, stdout: 'Sam Lee is already in this journal; nothing changed.\n' });

    const list = await runGrow(['people'], { journal, today: '2026-11-25' });
    expect(list).toMatchObject({ code: 0, stderr: '' });
    expect(list.stdout).toBe(
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
    const rows = JSON.parse((await runGrow(['people', '--json'], { journal, today: '2026-11-25' })).stdout);
    expect(rows).toMatchObject([
      { name: 'me', openItems: 3, next: { id: 'a1', due: '2026-11-20', dueForCheckin: [{ kind: 'overdue', days: 5 }, { kind: 'cadence' }] }, lastSession: null },
      { name: 'Sam Lee', openItems: 0, next: null, lastSession: null },
    ]);
  });

  it('says clearly what is wrong, with exit 2, and changes nothing', async () => {
    const journal = tempJournal();
    expect(await runGrow(['session', '--person', 'Sam'], { journal })).toMatchObject({
      code: 2,
      stderr: 'grow: grow session asks questions, so it needs a terminal.\nIn a script, look back at one-on-ones with grow sessions, or add items with grow action add TEXT --goal ID --due DATE --owner NAME\n',
    });
    // One's own plan, with one's manager, asks questions too.
    expect(await runGrow(['session', '--person', 'me', '--manager', 'Alex'], { journal })).toMatchObject({ code: 2, stderr: expect.stringContaining('grow session asks questions, so it needs a terminal.') });
    expect(await runGrow(['session', '--pause', 'soon'], { journal })).toMatchObject({ code: 2, stderr: 'grow: --pause must be a number of seconds from 1 to 300, not "soon". For example: --pause 10\n' });
    expect(await runGrow(['people', 'add', ' '], { journal })).toMatchObject({ code: 2, stderr: 'grow: Name the person to add, for example: grow people add Sam\n' });
    expect(await runGrow(['sessions', 'show', 'a1'], { journal })).toMatchObject({ code: 2, stderr: 'grow: "a1" is not a one-on-one id (like s2).\nSee them with: grow sessions\n' });
    expect(await runGrow(['sessions', 'show', 's9'], { journal })).toMatchObject({ code: 2, stderr: 'grow: There is no one-on-one s9 in this journal.\nSee them with: grow sessions\n' });
    expect(await runGrow(['sessions', 'shows'], { journal })).toMatchObject({ code: 2, stderr: "grow: unknown command 'shows'\n(Did you mean show?)\n" });
    expect(await runGrow(['sessions'], { journal })).toMatchObject({ code: 0, stdout: 'No one-on-ones yet. Start one with: grow session --person NAME\n' });
    expect(await runGrow(['sessions', '--json'], { journal })).toMatchObject({ code: 0, stdout: '[]\n' });
    expect(await runGrow(['people'], { journal })).toMatchObject({ code: 0, stdout: 'No one here yet. Add a report with: grow people add Sam\n' });
  });
});
