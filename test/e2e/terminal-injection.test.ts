// Words grow did not write never act on the terminal: escape sequences (and C1 controls, which
// some terminals obey) in values typed on the command line, file names, GROW_TODAY, field
// names and snippets read from damaged files reach the screen as text, in every error and in
// grow doctor; --json and the JSON export escape C1 controls as JSON allows.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { runGrow, type RunResult } from './support/grow';

/** Sets the terminal's title and clipboard, turns text red, moves the cursor home: as ESC and C1 sequences. */
const PAYLOAD = '\x1b]0;owned\x07\x1b]52;c;aGk=\x07\x1b[31m\u009b2J\u009d0;owned\u009c\u0085\r';
/** What no output of grow may hold raw: C0 controls but tab and new line, DEL and C1. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function planWithAnItem(): Promise<string> {
  const journal = tempJournal();
  for (const args of [['goal', 'add', 'A patient listener'], ['action', 'add', 'Ask before advising', '--goal', 'g1', '--due', '2027-01-01']]) {
    expect((await runGrow(args, { journal })).code).toBe(0);
  }
  return journal;
}

function expectNeutralised(what: string, result: RunResult): void {
  const shown = result.stdout + result.stderr;
  expect(result.code, `${what}: ${JSON.stringify(shown)}`).not.toBe(0);
  expect(shown, `${what}: ${JSON.stringify(shown)}`).not.toMatch(RAW_CONTROL);
  // The payload is still there to read, as text.
  expect(shown, what).toContain('\\u001b]0;owned');
}

describe('values typed on the command line, echoed in errors', () => {
  const cases: [string, string[], Record<string, string>?][] = [
    ['an unknown command', [PAYLOAD]],
    ['an unknown option', [`--x${PAYLOAD}`]],
    ['grow help TOPIC', ['help', PAYLOAD]],
    ['--due', ['action', 'add', 'Listen', '--goal', 'g1', '--due', PAYLOAD]],
    ['--every', ['action', 'add', 'Listen', '--goal', 'g1', '--due', '2027-01-01', '--every', PAYLOAD]],
    ['--since', ['notes', '--since', PAYLOAD]],
    ['--progress', ['checkin', 'a1', '--status', 'open', '--progress', PAYLOAD]],
    ['--status', ['checkin', 'a1', '--status', PAYLOAD]],
    ['--tag', ['note', 'A calm week', '--tag', PAYLOAD]],
    ['--format', ['export', '--format', PAYLOAD]],
    ['--by', ['pulse', '--by', PAYLOAD]],
    ['an id', ['action', 'done', `a1${PAYLOAD}`]],
    ['--person', ['notes', '--person', PAYLOAD]],
    ['a file name', ['import', join('/nonexistent', `${PAYLOAD}.json`)]],
    ['GROW_TODAY', ['notes'], { GROW_TODAY: PAYLOAD }],
  ];
  for (const [what, args, env] of cases) {
    it(what, async () => {
      const journal = await planWithAnItem();
      expectNeutralised(what, await runGrow(args, { journal, env }));
    });
  }
});

describe('words read from files, in errors and in grow doctor', () => {
  const journalOf = (content: string) => {
    const journal = tempJournal();
    mkdirSync(dirname(journal), { recursive: true, mode: 0o700 });
    writeFileSync(journal, content, { mode: 0o600 });
    return journal;
  };
  const unknownField = JSON.stringify({ version: 2, people: [], [PAYLOAD]: true });
  const notJson = `{"version": 2, "people": [${PAYLOAD}]}`;

  it('an unknown field name in a damaged journal, read by a command and by grow doctor', async () => {
    const journal = journalOf(unknownField);
    expectNeutralised('grow notes', await runGrow(['notes'], { journal }));
    expectNeutralised('grow doctor', await runGrow(['doctor'], { journal }));
  });

  it('a snippet of a journal that is not JSON, read by a command and by grow doctor', async () => {
    const journal = journalOf(notJson);
    expectNeutralised('grow notes', await runGrow(['notes'], { journal }));
    expectNeutralised('grow doctor', await runGrow(['doctor'], { journal }));
  });

  it('an unknown field name and a snippet of a file to import', async () => {
    const journal = await planWithAnItem();
    for (const content of [unknownField, notJson]) {
      const file = join(tempDir(), 'export.json');
      writeFileSync(file, content);
      expectNeutralised('grow import', await runGrow(['import', file], { journal }));
    }
  });

  it('a journal path, in grow doctor', async () => {
    const journal = join(tempDir(), `x${PAYLOAD}`, 'journal.json');
    const result = await runGrow(['doctor'], { journal });
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('\\u001b]0;owned');
  });
});

describe('what grow prints when all goes well', () => {
  it('shows a journal path, a file name and stored text holding escape sequences as text, in every command', async () => {
    const journal = join(tempDir(), `x${PAYLOAD}`, 'journal.json');
    const env = { GROW_PASSPHRASE: 'river stones and tea' };
    // A sync folder's conflicted copy beside the journal, with a change of its own: merged, then moved to the backups.
    const copy = join(dirname(journal), `journal (Alex's conflicted copy ${PAYLOAD}).json`);
    const steps: string[][] = [
      ['goal', 'add', `Listen${PAYLOAD}`],
      ['action', 'add', `Ask${PAYLOAD}`, '--goal', 'g1', '--due', '2027-01-01'],
      ['note', `A calm week${PAYLOAD}`],
      ['checkin', 'a1', '--status', 'open', '--progress', '20', '--well', `Went well${PAYLOAD}`],
      [],
      ['notes'],
      ['notes', '--json'],
      ['action', 'list'],
      ['action', 'list', '--json'],
      ['goal', 'list'],
      ['people'],
      ['pulse'],
      ['export'],
      ['export', '--format', 'json'],
      ['export', '--format', 'ical'],
      ['export', '--for', 'Alex'],
      ['undo', '--list'],
      ['undo', '--list', '--json'],
      ['undo'],
      ['redo'],
      ['merge', copy],
      ['encrypt'],
      ['doctor'],
      ['decrypt'],
      ['git', 'setup'],
    ];
    for (const args of steps) {
      if (args[0] === 'git') execFileSync('git', ['init', '--quiet', dirname(journal)]);
      if (args[0] === 'merge') {
        writeFileSync(copy, readFileSync(journal));
        expect((await runGrow(['note', `Only in the copy${PAYLOAD}`], { journal: copy })).code).toBe(0);
      }
      const result = await runGrow(args, { journal, env });
      // iCalendar ends its lines with CR LF, as its standard says.
      const shown = (result.stdout + result.stderr).replace(/\r\n/g, '\n');
      expect(result.code, `grow ${args.join(' ')}: ${JSON.stringify(shown)}`).toBe(0);
      expect(shown, `grow ${args.join(' ')}: ${JSON.stringify(shown)}`).not.toMatch(RAW_CONTROL);
    }
  });
});

describe('C1 controls in machine output', () => {
  it('are escaped in --json and in the JSON export, and read back as they were written', async () => {
    const journal = await planWithAnItem();
    const text = `Said no\u0085to a meeting \u009b2J\u009d0;owned\u009c and \u007f`;
    expect((await runGrow(['note', text], { journal })).code).toBe(0);
    const listed = await runGrow(['notes', '--json'], { journal });
    const exported = await runGrow(['export', '--format', 'json'], { journal });
    for (const output of [listed.stdout, exported.stdout]) expect(output).not.toMatch(RAW_CONTROL);
    expect((JSON.parse(listed.stdout) as { text: string }[])[0]!.text).toBe(text);
    expect(JSON.parse(exported.stdout).people[0].notes[0].text).toBe(text);
  });
});
