import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeJournal } from '../../src/store/serialize';
import { jrnlExport } from '../support/jrnl-export';
import { richJournal } from '../support/rich-journal';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow } from './support/grow';

function fileWith(name: string, content: string | Buffer): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

function journalWith(journal = richJournal()): string {
  const path = tempJournal();
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, serializeJournal(journal), { mode: 0o600 });
  return path;
}

describe('grow import of a grow export', () => {
  it('into an empty journal gives the same data back, and a second import adds nothing', async () => {
    const source = journalWith();
    const backup = join(tempDir(), 'backup.json');
    await runGrow(['export', '--all-people', '--include-private', '--out', backup], { journal: source });

    const journal = tempJournal();
    const imported = await runGrow(['import', backup], { journal });
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(
      [
        'Imported:',
        '  me (new): 2 mission statements, 5 reflections, 2 goals, 4 action items, 5 check-ins, 3 notes, 1 unfinished flow',
        '  Sam (new): 1 mission statement, 1 reflection, 1 goal, 2 action items, 1 check-in, 2 one-on-ones',
        '',
      ].join('\n'),
    );
    expect(readFileSync(journal, 'utf8')).toBe(readFileSync(source, 'utf8'));

    const again = await runGrow(['import', backup], { journal });
    expect(again.stdout).toBe('Nothing new: everything in the file is already in the journal.\n');
    expect(readFileSync(journal, 'utf8')).toBe(readFileSync(source, 'utf8'));
  });

  it('adds a record whose id clashed once, however often the file is imported', async () => {
    const journal = tempJournal();
    await runGrow(['note', 'mine A'], { journal });
    const file = fileWith('nb.json', JSON.stringify({ version: 1, people: [{ name: 'me', notes: [{ id: 'n1', at: '2026-11-20T10:00:00Z', text: 'theirs B', tags: [] }] }] }));
    const first = await runGrow(['import', file], { journal });
    expect(first.stdout).toBe('Imported:\n  me: 1 note\n  Ids already taken, so renumbered: n1 → n2\n');
    for (let run = 2; run <= 3; run++) {
      const again = await runGrow(['import', file], { journal });
      expect(again.stdout, `run ${run}`).toBe('Nothing new: everything in the file is already in the journal.\n');
    }
    const notes = JSON.parse((await runGrow(['notes', '--json'], { journal })).stdout);
    expect(notes.map((n: { id: string; text: string }) => `${n.id} ${n.text}`).sort()).toEqual(['n1 mine A', 'n2 theirs B']);
  });

  it('renumbers clashing ids, shows it first with --dry-run, and imports one person into --person', async () => {
    const sam = join(tempDir(), 'sam.json');
    await runGrow(['export', '--person', 'Sam', '--out', sam], { journal: journalWith() });

    const other = richJournal();
    other.people.push({ name: 'Kim', missions: [], reflections: [], goals: [], actions: [], checkins: [], notes: [], sessions: [], drafts: [] });
    const target = journalWith(other);
    const before = readFileSync(target);

    const dry = await runGrow(['import', sam, '--person', 'Kim', '--dry-run'], { journal: target });
    expect(dry.stdout).toBe(
      [
        'A dry run: nothing was saved. Without --dry-run, grow would add:',
        '  Kim: 1 mission statement, 1 reflection, 1 goal, 2 action items, 1 check-in, 2 one-on-ones',
        '  Ids already taken, so renumbered: s1 → s3, s2 → s4, g3 → g4, a5 → a7, a6 → a8, c6 → c7, r6 → r7',
        '',
      ].join('\n'),
    );
    expect(readFileSync(target).equals(before)).toBe(true);

    const real = await runGrow(['import', sam, '--person', 'Kim', '--json'], { journal: target });
    expect(JSON.parse(real.stdout)).toMatchObject({ dryRun: false, people: [{ name: 'Kim', isNew: false }] });
    const kim = JSON.parse(readFileSync(target, 'utf8')).people[2];
    expect(kim.actions.map((a: { id: string; goal: string; session: string }) => [a.id, a.goal, a.session])).toEqual([
      ['a7', 'g4', 's3'],
      ['a8', 'g4', 's3'],
    ]);
    expect(kim.checkins[0]).toMatchObject({ id: 'c7', item: 'a7', session: 's4' });
  });
});

describe('grow import, saying what happened', () => {
  it('says a new person with nothing in their plan was added by name only', async () => {
    const journal = tempJournal();
    const result = await runGrow(['import', fileWith('x.json', '{"version":1,"people":[{"name":"x"}]}')], { journal });
    expect(result).toMatchObject({ code: 0, stdout: 'Imported:\n  x (new): nothing in their plan yet, only the name\n', stderr: '' });
    expect((await runGrow(['people', '--json'], { journal })).stdout).toContain('"x"');
  });

  it('recognises an encrypted journal and says to export it first', async () => {
    const encrypted = journalWith();
    const passphrase = { GROW_PASSPHRASE: 'correct horse battery staple', GROW_NEW_PASSPHRASE: undefined };
    expect((await runGrow(['encrypt'], { journal: encrypted, env: passphrase })).code).toBe(0);
    for (const from of [[], ['--from', 'jrnl']]) {
      const result = await runGrow(['import', encrypted, ...from], { journal: tempJournal() });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `grow: ${encrypted} is an encrypted grow journal; grow imports exports, which are plain text.\n` +
          `Export it first (it asks for its passphrase), then import that file: grow export --journal '${encrypted}' --all-people --include-private --out plain.json\n`,
      );
    }
  });
});

describe('grow import of a jrnl export', () => {
  it('turns a few hundred entries into notes with their dates, tags and stars', async () => {
    const journal = tempJournal();
    const file = fileWith('jrnl.json', JSON.stringify(jrnlExport(300), null, 2));
    const result = await runGrow(['import', file, '--from', 'jrnl'], { journal });
    expect(result).toMatchObject({ code: 0, stdout: 'Imported:\n  me (new): 300 notes\n', stderr: '' });

    const notes = JSON.parse((await runGrow(['notes', '--json'], { journal })).stdout);
    expect(notes).toHaveLength(300);
    expect(notes.at(-1)).toEqual({ id: 'n1', at: '2025-01-01T07:00:00Z', text: 'Entry 1: a day of quiet.', tags: ['starred'] });
    const starred = JSON.parse((await runGrow(['notes', '--tag', 'starred', '--json'], { journal })).stdout);
    expect(starred).toHaveLength(30);
    const work = JSON.parse((await runGrow(['notes', '--tag', 'work', '--json'], { journal })).stdout);
    expect(work.length).toBeGreaterThan(0);

    // Recognised without --from, and nothing is added twice.
    expect((await runGrow(['import', file], { journal })).stdout).toBe('Nothing new: everything in the file is already in the journal.\n');
  });
});

describe('grow import of a file that is not valid', () => {
  it('changes nothing: the journal stays byte for byte as it was, with no backup made', async () => {
    const journal = journalWith();
    const before = readFileSync(journal);
    const entry = { title: 't', body: '', date: '2026-01-01', time: '10:00', tags: [], starred: false };
    const dangling = richJournal();
    dangling.people[0]!.actions[0]!.goal = 'g99';
    const cases: [string, string[], RegExp, number][] = [
      ['not json', [fileWith('a.json', '{"entries": [}')], /^grow: .*a\.json is not valid JSON \(at line 1, column 14: Unexpected token/, 1],
      ['not json at all', [fileWith('h.json', 'not json {')], /h\.json is not valid JSON \(at line 1, column 2: Unexpected token 'o'\)\.\n$/, 1],
      ['not UTF-8', [fileWith('b.json', Buffer.from([0x7b, 0xff, 0x7d]))], /b\.json is not UTF-8 text \(bad byte at offset 1\)/, 1],
      ['a bad jrnl date', [fileWith('c.json', JSON.stringify({ entries: [entry, { ...entry, date: '2026-13-01' }] }))], /c\.json is not a jrnl JSON export: entries\[1\]\.date is not a date like 2026-11-25\./, 1],
      ['a dangling reference', [fileWith('d.json', JSON.stringify(dangling))], /d\.json is not a grow export: people\[0\]\.actions\[0\]\.goal refers to unknown goal g99\./, 1],
      ['jrnl read as grow', [fileWith('e.json', JSON.stringify(jrnlExport(2))), '--from', 'grow'], /e\.json is not a grow export: it has no "version" at the top level\.\nIt looks like a jrnl export; import it with --from jrnl\./, 1],
      ['a missing file', [join(tempDir(), 'nope.json')], /There is no file .*nope\.json to import\./, 1],
      ['a bad --from', [fileWith('f.json', '{}'), '--from', 'dayone'], /--from: "dayone" is not a format grow imports; use grow or jrnl, for example: --from jrnl/, 2],
      ['--person with several people', [fileWith('g.json', JSON.stringify(richJournal())), '--person', 'Sam'], /--person imports an export of one person, and this one holds 2/, 2],
    ];
    for (const [what, args, message, code] of cases) {
      const result = await runGrow(['import', ...args], { journal });
      expect(result.code, what).toBe(code);
      expect(result.stderr, what).toMatch(message);
      expect(result.stdout, what).toBe('');
    }
    expect(readFileSync(journal).equals(before)).toBe(true);
    expect(existsSync(`${journal}.backups`) ? readdirSync(`${journal}.backups`).filter((n) => n.startsWith('journal-')) : []).toEqual([]);
  });
});
