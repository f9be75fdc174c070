// `grow`, `grow notes` and `grow action list` run from bundles of their own (dist/read-*.js)
// without the command line (src/cli/read-command.ts). Every line here is run both ways, the
// second time with the bundle declining it so that the full command line runs it: what a person or a script
// sees (standard output and error, the exit code) must be the same, byte for byte.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, tempJournal } from '../support/temp';
import { richJournal } from '../support/rich-journal';
import { runGrow, type RunResult } from './support/grow';
import { startGrow } from './support/pty';

const HOOK = fileURLToPath(new URL('./support/read-path.cjs', import.meta.url));

/** The line run with its bundle, whether the bundle ran it, and the line run by the full command line. */
async function bothWays(args: string[], journal: string, env: Record<string, string> = {}): Promise<{ read: RunResult; ran: boolean; full: RunResult }> {
  const log = join(tempDir(), 'ran');
  writeFileSync(log, '');
  const read = await runGrow(args, { journal, env: { ...env, NODE_OPTIONS: `--require ${HOOK}`, GROW_TEST_READ_PATH: log } });
  const full = await runGrow(args, { journal, env: { ...env, NODE_OPTIONS: `--require ${HOOK}`, GROW_TEST_READ_PATH: 'off' } });
  return { read, ran: readFileSync(log, 'utf8') === 'ran', full };
}

let journal: string;
let noNotes: string;

beforeAll(async () => {
  journal = tempJournal();
  mkdirSync(dirname(journal), { recursive: true });
  const data = richJournal();
  const me = data.people[0]!;
  for (let n = 1; n <= 30; n++) me.notes.push({ id: `n${100 + n}`, at: `2026-10-${String(n).padStart(2, '0')}T09:0${n % 10}:00Z`, text: `Note ${n} about ${n % 2 ? 'reviews' : 'talks'}`, tags: n % 3 ? ['work'] : ['work', 'focus'] });
  writeFileSync(journal, JSON.stringify(data));
  // A journal grow wrote itself: the one read without checking it again.
  expect((await runGrow(['note', 'The last one #focus'], { journal })).code).toBe(0);
  noNotes = tempJournal();
  expect((await runGrow(['goal', 'add', 'A calm speaker'], { journal: noNotes })).code).toBe(0);
}, 60_000);

/** Lines their bundles run on their own. */
const OWN = [
  ['notes'],
  ['notes', '--limit', '3'],
  ['notes', '--limit=3'],
  ['notes', '--tag', 'work', '--tag', 'FOCUS', '--limit', '2'],
  ['notes', '--search', 'ABOUT talks', '--ids'],
  ['notes', '--ids', '--json', '--limit', '4'],
  ['notes', '--json', '--limit', '1'],
  ['notes', '--since', '2026-10-20', '--until=2026-10-22'],
  ['--person', 'Sam', 'notes'],
  ['notes', '--no-color', '--limit', '2', '--person=me'],
  ['notes', '--limit', '2', '--limit', '1'],
  ['action', 'list'],
  ['action'],
  ['action', 'list', '--all'],
  ['action', 'list', '--due'],
  ['action', 'list', '--mine', '--json'],
  ['action', 'list', '--before', '2026-12-31'],
  ['--json', 'action', 'list', '--person', 'Sam'],
  [],
  ['--json'],
  ['--person', 'Sam'],
  ['--no-color', '--accept-plaintext'],
];

/** Lines it leaves to the full command line: not its own (usage and its errors), or errors it does not word itself. */
const HANDED_OVER = [
  ['notes', '--limit', '0'],
  ['notes', '--limit', 'ten'],
  ['notes', '--limit'],
  ['notes', '--tag', 'not a tag'],
  ['notes', '--tag'],
  ['notes', '--since', 'last week'],
  ['notes', '--since', '31/31/2026'],
  ['notes', 'extra'],
  ['notes', '--colour'],
  ['notes', '--json=yes'],
  ['notes', '--help', '--limit', '1'],
  ['--limit', '3', 'notes'],
  ['notes', '--person', 'Nobody'],
  ['notes', '--', '--limit'],
  ['action', '--all'],
  ['action', 'list', '--all', '--due'],
  ['action', 'list', '--mine', '--person', 'Sam'],
  ['action', 'list', '--before', 'next friday'],
  ['action', 'lst'],
  ['--person', 'Nobody'],
  ['--journal', ''],
  ['--version', '--json'],
  ['nots'],
];

describe('grow, grow notes and grow action list without the command line', () => {
  it('say what the full command line says, and run on their own where they can', async () => {
    for (const args of [...OWN, ...HANDED_OVER]) {
      const { read, ran, full } = await bothWays(args, journal);
      expect(read, args.join(' ')).toEqual(full);
      expect(ran, args.join(' ')).toBe(OWN.includes(args));
    }
  });

  it('say the same of an empty journal, a missing one and one without notes', async () => {
    const missing = join(tempDir(), 'none.json');
    for (const [args, file] of [[['notes'], missing], [[], missing], [['action', 'list'], missing], [['notes', '--limit', '5'], noNotes], [['action', 'list', '--mine'], noNotes], [['--journal', missing, 'notes'], journal]] as const) {
      const { read, ran, full } = await bothWays([...args], file);
      expect(read, args.join(' ')).toEqual(full);
      expect(ran, args.join(' ')).toBe(true);
    }
  });

  it('hand a journal they did not write over, and so does the notice of conflicted copies', async () => {
    const edited = join(tempDir(), 'journal.json');
    writeFileSync(edited, JSON.stringify(richJournal(), null, 2), { mode: 0o600 });
    const copies = tempJournal();
    mkdirSync(dirname(copies), { recursive: true });
    writeFileSync(copies, readFileSync(journal), { mode: 0o600 });
    writeFileSync(join(dirname(copies), 'journal (conflicted copy).json'), readFileSync(journal));
    for (const file of [edited, copies]) {
      const { read, ran, full } = await bothWays(['notes', '--limit', '2'], file);
      expect(read).toEqual(full);
      expect(read.code).toBe(0);
      expect(ran).toBe(false);
    }
  });

  it('paint and fold the same in a terminal', async () => {
    for (const [args, cols] of [[['notes', '--limit', '3'], 60], [['action', 'list'], 120], [['action', 'list', '--all'], 60]] as const) {
      const screens = [];
      for (const setting of [join(tempDir(), 'ran'), 'off']) {
        const session = startGrow([...args], { journal, cols, env: { NODE_OPTIONS: `--require ${HOOK}`, GROW_TEST_READ_PATH: setting } });
        expect(await session.exited).toBe(0);
        screens.push(session.raw());
      }
      expect(screens[0], args.join(' ')).toBe(screens[1]);
      expect(screens[0]).toContain('\u001b[');
    }
  });
});
