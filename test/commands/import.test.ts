// grow import, run in-process: a grow export merged by id (renumbering what clashes), a jrnl
// export as notes, a dry run, and files that are refused without changing anything.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPlan } from '../../src/commands/export';
import { importFile } from '../../src/commands/import';
import { emptyPerson } from '../../src/domain/journal';
import { damaged } from '../support/damaged';
import { jrnlExport } from '../support/jrnl-export';
import { richJournal } from '../support/rich-journal';
import { tempDir } from '../support/temp';
import { exitCodeOf, testContext, type TestContext, type TestContextOptions } from '../support/test-context';

function fileWith(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** A context on a journal written as grow writes it (the rich journal unless given). */
async function journalWith(journal = richJournal(), options: TestContextOptions = {}): Promise<TestContext> {
  const ctx = testContext(options);
  await ctx.store.update((empty) => Object.assign(empty, journal));
  return ctx;
}

describe('grow import of a grow export', () => {
  it('into an empty journal gives the same data back, and a second import adds nothing', async () => {
    const source = await journalWith();
    const backup = join(tempDir(), 'backup.json');
    await exportPlan(source, { allPeople: true, includePrivate: true, out: backup });

    const ctx = testContext();
    await importFile(ctx, backup, {});
    expect(ctx.out.text).toBe(
      [
        'Imported:',
        '  Your own plan: 2 mission statements, 5 reflections, 2 goals, 4 action items, 5 check-ins, 3 notes, 1 unfinished flow',
        '  Sam (new): 1 mission statement, 1 reflection, 1 goal, 2 action items, 1 check-in, 2 one-on-ones',
        '',
      ].join('\n'),
    );
    expect(readFileSync(ctx.store.path, 'utf8')).toBe(readFileSync(source.store.path, 'utf8'));
    const again = testContext({ journal: ctx.store.path });
    await importFile(again, backup, {});
    expect(again.out.text).toBe('Nothing new: everything in the file is already in the journal.\n');
  });

  it('renumbers clashing ids, shows it first with --dry-run, and imports one person into --person', async () => {
    const sam = join(tempDir(), 'sam.json');
    await exportPlan(await journalWith(richJournal(), { person: 'Sam' }), { out: sam });
    const other = richJournal();
    other.people.push(emptyPerson('Kim'));
    const target = await journalWith(other, { person: 'Kim' });
    const before = readFileSync(target.store.path);

    await importFile(target, sam, { dryRun: true }, 'Kim');
    expect(target.out.text).toBe(
      [
        'A dry run: nothing was saved. Without --dry-run, grow would add:',
        '  Kim: 1 mission statement, 1 reflection, 1 goal, 2 action items, 1 check-in, 2 one-on-ones',
        '  Ids already taken, so renumbered: r6 → r7, g3 → g4, a5 → a7, a6 → a8, c6 → c7, s1 → s3, s2 → s4',
        '',
      ].join('\n'),
    );
    expect(readFileSync(target.store.path).equals(before)).toBe(true);

    const real = testContext({ journal: target.store.path, json: true });
    await importFile(real, sam, {}, 'Kim');
    expect(JSON.parse(real.out.text)).toMatchObject({ dryRun: false, people: [{ name: 'Kim', isNew: false }] });
    const kim = (await real.journal()).people[2]!;
    expect(kim.actions.map((a) => [a.id, a.goal, a.session])).toEqual([
      ['a7', 'g4', 's3'],
      ['a8', 'g4', 's3'],
    ]);
    expect(kim.checkins[0]).toMatchObject({ id: 'c7', item: 'a7', session: 's4' });
  });

  it('adds a record whose id clashed once, however often the file is imported, and a person by name only', async () => {
    const ctx = testContext();
    await ctx.store.update((journal) => void journal.people.push({ ...emptyPerson('me'), notes: [{ id: 'n1', at: '2026-11-20T09:00:00Z', text: 'mine A', tags: [] }] }));
    const file = fileWith('nb.json', JSON.stringify({ version: 1, people: [{ name: 'me', notes: [{ id: 'n1', at: '2026-11-20T10:00:00Z', text: 'theirs B', tags: [] }] }, { name: 'x' }] }));
    await importFile(ctx, file, {});
    expect(ctx.out.text).toBe('Imported:\n  Your own plan: 1 note\n  x (new): nothing in their plan yet, only the name\n  Ids already taken, so renumbered: n1 → n2\n');
    const again = testContext({ journal: ctx.store.path });
    await importFile(again, file, {});
    expect(again.out.text).toBe('Nothing new: everything in the file is already in the journal.\n');
  });
});

describe('grow import of a jrnl export', () => {
  it('turns a few hundred entries into notes with their dates, tags and stars, recognised without --from', async () => {
    const ctx = testContext();
    const file = fileWith('jrnl.json', JSON.stringify(jrnlExport(300), null, 2));
    await importFile(ctx, file, { from: 'JRNL' });
    expect(ctx.out.text).toBe('Imported:\n  Your own plan: 300 notes\n');
    const notes = (await ctx.journal()).people[0]!.notes;
    expect(notes).toHaveLength(300);
    expect(notes[0]).toEqual({ id: 'n1', at: '2025-01-01T07:00:00Z', text: 'Entry 1: a day of quiet.', tags: ['starred'] });
    expect(notes.filter((n) => n.tags.includes('starred'))).toHaveLength(30);
    const again = testContext({ journal: ctx.store.path });
    await importFile(again, file, {});
    expect(again.out.text).toBe('Nothing new: everything in the file is already in the journal.\n');
  });
});

describe('grow import of a file that is not valid', () => {
  it('changes nothing: the journal stays byte for byte as it was, with no backup made', async () => {
    const ctx = await journalWith();
    const before = readFileSync(ctx.store.path);
    const backups = () => (existsSync(`${ctx.store.path}.backups`) ? readdirSync(`${ctx.store.path}.backups`) : []);
    const backupsBefore = backups();
    const entry = { title: 't', body: '', date: '2026-01-01', time: '10:00', tags: [], starred: false };
    const dangling = richJournal();
    dangling.people[0]!.actions[0]!.goal = 'g99';
    const cases: [string, [string, { from?: string }, string?], RegExp, number][] = [
      ['not json', [fileWith('a.json', '{"entries": [}'), {}], /a\.json is not valid JSON \(at line 1, column 14: Unexpected token/, 1],
      ['not UTF-8', [fileWith('b.json', Buffer.from([0x7b, 0xff, 0x7d])), {}], /b\.json is not UTF-8 text \(bad byte at offset 1\)/, 1],
      ['a bad jrnl date', [fileWith('c.json', JSON.stringify({ entries: [entry, { ...entry, date: '2026-13-01' }] })), {}], /c\.json is not a jrnl JSON export: entries\[1\]\.date is not a date like 2026-11-25\./, 1],
      ['a dangling reference', [fileWith('d.json', JSON.stringify(dangling)), {}], /d\.json is not a grow export: people\[0\]\.actions\[0\]\.goal refers to unknown goal g99\./, 1],
      ['jrnl read as grow', [fileWith('e.json', JSON.stringify(jrnlExport(2))), { from: 'grow' }], /it has no "version" at the top level\.\nIt looks like a jrnl export; import it with --from jrnl\./, 1],
      ['a missing file', [join(tempDir(), 'nope.json'), {}], /There is no file .*nope\.json to import\./, 1],
      ['a bad --from', [fileWith('f.json', '{}'), { from: 'dayone' }], /--from: "dayone" is not a format grow imports; use grow or jrnl, for example: --from jrnl/, 2],
      ['--person with several people', [fileWith('g.json', JSON.stringify(richJournal())), {}, 'Sam'], /--person imports an export of one person, and this one holds 2/, 2],
    ];
    for (const [what, [file, options, into], says, code] of cases) expect(await exitCodeOf(importFile(ctx, file, options, into), says), what).toBe(code);
    expect(ctx.out.text).toBe('');
    expect(readFileSync(ctx.store.path).equals(before)).toBe(true);
    expect(backups()).toEqual(backupsBefore);
  });

  it('fails with exit 1 on a journal it cannot read', async () => {
    expect(await exitCodeOf(importFile(damaged(), fileWith('x.json', '{"version":1,"people":[{"name":"x"}]}'), {}), 'is not valid JSON')).toBe(1);
  });
});
