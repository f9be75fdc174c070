// Names a JavaScript object already has (__proto__, constructor, toString...) are names like
// any other, wherever a person types one: a person, an owner, a tag, a stage, a jrnl tag;
// and never a date, a cadence, a format, a help topic or a command.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

async function grow(journal: string, args: string[], today?: string): Promise<string> {
  const result = await runGrow(args, { journal, today });
  expect(result.stderr, `grow ${args.join(' ')}`).toBe('');
  expect(result.code, `grow ${args.join(' ')}`).toBe(0);
  return result.stdout.trim();
}

describe.concurrent('names an object already has', () => {
  for (const name of NAMES) {
    it(`${name}: a person with a plan, reminded of their items from the journal and from the facts kept for the next terminal`, async () => {
      const journal = tempJournal();
      await grow(journal, ['people', 'add', name]);
      const goal = await grow(journal, ['goal', 'add', 'Someone who listens', '--person', name, '--stage', name]);
      await grow(journal, ['action', 'add', 'Ask first', '--goal', goal, '--due', '2026-11-26', '--owner', name, '--person', name]);
      await grow(journal, ['note', `About ${name}`, '--tag', name, '--person', name]);
      // The first remind works the facts out from the journal and keeps them; the second reads what was kept.
      for (const round of ['worked out', 'kept']) expect(await grow(journal, ['remind', '--person', name], '2026-11-27'), round).toBe('1 check-in due, 1 overdue - run grow checkin');
      expect(await grow(journal, ['remind'], '2026-11-27')).toBe('');
      const people = await grow(journal, ['people']);
      expect(people).toContain(name);
      const listed = JSON.parse(await grow(journal, ['notes', '--json', '--person', name, '--tag', name])) as { tags: string[] }[];
      expect(listed).toHaveLength(1);
      const exported = JSON.parse(await grow(journal, ['export', '--format', 'json', '--all-people']));
      const person = exported.people.find((p: { name: string }) => p.name === name);
      expect(person.actions[0].owner).toBe(name);
      expect(person.goals[0].stages.at(-1).name).toBe(name);
    });

    it(`${name}: renamed to, made an owner by an edit, handed a plan and handing it back`, async () => {
      const journal = tempJournal();
      await grow(journal, ['people', 'add', 'Sam']);
      await grow(journal, ['goal', 'add', 'Someone who listens', '--person', 'Sam']);
      await grow(journal, ['action', 'add', 'Ask first', '--goal', 'g1', '--due', '2026-11-26', '--person', 'Sam']);
      await grow(journal, ['people', 'rename', 'Sam', name]);
      await grow(journal, ['action', 'edit', 'a1', '--owner', name, '--person', name]);
      const handed = join(tempDir(), 'plan.json');
      // What an export to a file says goes to standard error, so it is checked by its exit code.
      expect((await runGrow(['export', '--person', name, '--for', name, '--out', handed], { journal })).code).toBe(0);

      const theirs = tempJournal();
      expect(await grow(theirs, ['import', handed])).toContain('1 action item');
      await grow(theirs, ['checkin', 'a1', '--status', 'open', '--progress', '40']);
      const back = join(tempDir(), 'back.json');
      expect((await runGrow(['export', '--for', 'Alex', '--out', back], { journal: theirs })).code).toBe(0);
      expect(await grow(journal, ['import', back])).toContain(`${name}: 1 check-in`);
      const [item] = JSON.parse(await grow(journal, ['action', 'list', '--person', name, '--json'])) as { owner: string }[];
      expect(item).toMatchObject({ id: 'a1', owner: name });
    });

    it(`${name}: someone not in the journal, not a date, cadence, status, format, period, help topic or command`, async () => {
      const journal = tempJournal();
      await grow(journal, ['goal', 'add', 'Someone who listens']);
      const refusals: string[][] = [
        ['remind', '--person', name],
        ['notes', '--person', name],
        ['action', 'add', 'Ask', '--goal', 'g1', '--due', name],
        ['action', 'add', 'Ask', '--goal', 'g1', '--due', '2027-01-01', '--every', name],
        ['notes', '--since', name],
        ['export', '--format', name],
        ['pulse', '--by', name],
        ['help', name],
        [name],
      ];
      for (const args of refusals) {
        const result = await runGrow(args, { journal });
        if (args[0] === 'remind') {
          // grow remind never fails a shell, but says who it does not know.
          expect(result.stderr, args.join(' ')).toBe(`grow: There is no one called "${name}" in this journal.\n`);
          continue;
        }
        expect(result.code, `grow ${args.join(' ')}: ${result.stderr}`).toBe(2);
        expect(result.stderr).toMatch(/^grow: \S/);
        expect(result.stderr).not.toMatch(/Something went wrong|\n\s+at /);
      }
    });
  }

  it('as tags of a jrnl export, counted and on entries', async () => {
    const journal = tempJournal();
    const file = join(tempDir(), 'jrnl.json');
    const tags = Object.fromEntries(NAMES.map((name) => [`@${name}`, 1]));
    const entries = NAMES.map((name, i) => ({ title: `Entry ${i}`, body: '', date: '2026-11-20', time: '09:00', tags: [`@${name}`], starred: false }));
    writeFileSync(file, JSON.stringify({ tags, entries }));
    expect(await grow(journal, ['import', file])).toContain('4 notes');
    const notes = JSON.parse(await grow(journal, ['notes', '--json'])) as { tags: string[] }[];
    expect(notes.flatMap((n) => n.tags).sort()).toEqual(NAMES.map((name) => name.toLowerCase()).sort()); // tags are kept in lower case
  });
});
