// Random arguments for every scripted command: dates, ids, numbers, text with control
// characters, markdown and very long text. Each run starts from a command line that works
// and makes one of its arguments wild (so that the others let it reach the save), and must
// succeed or exit 2 with a message (never a stack trace), leaving a valid journal.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../src/domain/vocabulary';
import { Keyring, noPassphrase } from '../../src/store/keyring';
import { parseJournalFile } from '../../src/store/parse-journal';
import { tempJournal } from '../support/temp';
import { runGrow } from '../e2e/support/grow';

const RUNS = Number(process.env.GROW_PROPERTY_RUNS ?? 40);

// Wild values, as a shell can pass them: anything but NUL.
const noNul = (s: string) => s.replaceAll('\0', '');
const controlText = fc.string({ unit: fc.oneof(fc.integer({ min: 1, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f })).map((c) => String.fromCharCode(c)), minLength: 1 });
const markdown = fc.constantFrom('# Heading', '**bold** and _soft_', '- [ ] a task\n- [x] done', '```sh\nrm -rf /\n```', '| a | b |\n|---|---|', '[a link](https://example.com)', '<script>alert(1)</script>', '> quoted\n>> deeper');
/** Around the longest text grow keeps. ASCII: one argument may hold at most 128 KiB (standard input has no such limit). */
const longText = fc.integer({ min: MAX_TEXT - 3, max: MAX_TEXT + 3 }).map((n) => 'x'.repeat(n));
const text = fc
  .oneof(fc.string(), fc.string({ unit: 'grapheme' }), controlText, markdown, { arbitrary: longText, weight: 2 }, fc.constantFrom('', ' ', '-', '--', '--help', '-x', '\u202eevil', '\ud800', '#tag #another'))
  .map(noNul);
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('today', 'tomorrow', 'yesterday', 'next friday', 'in 3 weeks', 'end of march', '2 weeks ago', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '26-11-2026', '', ' '),
  text,
);
const id = (prefix: string) =>
  fc.oneof(fc.nat({ max: 12 }).map((n) => `${prefix}${n}`), fc.constantFrom(`${prefix.toUpperCase()}1`, ` ${prefix}1 `, `${prefix}01`, `${prefix}99999999999999999999`, `${prefix}-1`, '', '1', 'x1'), text);
const number = fc.oneof(fc.integer({ min: -5, max: 120 }).map(String), fc.constantFrom('1.5', '1e3', '-0', '0x10', ' 7 ', '', 'NaN', 'Infinity', '99999999999999999999'), text);

/** One argument of a command line: what works there, and what may be thrown at it. */
interface Arg {
  valid: fc.Arbitrary<string[]>;
  wild: fc.Arbitrary<string[]>;
}
const word = (w: string): Arg => ({ valid: fc.constant([w]), wild: fc.constant([w]) });
const positional = (valid: fc.Arbitrary<string>, wild: fc.Arbitrary<string>): Arg => ({ valid: valid.map((v) => [v]), wild: wild.map((v) => [v]) });
/** A flag that works absent or with `valid`; wild, it is given a wild value. */
const flag = (name: string, valid: fc.Arbitrary<string>, wild: fc.Arbitrary<string>): Arg => ({
  valid: fc.option(valid.map((v) => [name, v]), { nil: [] as string[] }),
  wild: wild.map((v) => [name, v]),
});
/** A flag the command needs: always given, a working value or (when wild) a wild one. */
const required = (name: string, valid: fc.Arbitrary<string>, wild: fc.Arbitrary<string>): Arg => ({ valid: valid.map((v) => [name, v]), wild: wild.map((v) => [name, v]) });
/** A command line where every argument works but one. */
const commandLine = (...args: Arg[]): fc.Arbitrary<string[]> =>
  fc.nat({ max: args.length - 1 }).chain((wild) => fc.tuple(...args.map((arg, i) => (i === wild ? arg.wild : arg.valid))).map((parts) => parts.flat()));

const sentence = fc.constantFrom('Asked Sam for feedback', 'A calm week #focus', 'Gave the talk');
const someday = fc.constantFrom('in 2 weeks', 'next friday', '2027-03-01');
const pulse = fc.integer({ min: 1, max: 5 }).map(String);

/** The scripted commands. A plan with goal g1 and open items a1 and a2 exists before each run. */
const COMMANDS: [string, fc.Arbitrary<string[]>][] = [
  ['note', commandLine(word('note'), positional(sentence, text), flag('--tag', fc.constantFrom('focus', 'work'), text))],
  ['notes', commandLine(word('notes'), flag('--since', fc.constant('last week'), date), flag('--until', fc.constant('today'), date), flag('--tag', fc.constant('focus'), text), flag('--search', sentence, text), flag('--limit', fc.constant('5'), number))],
  ['mission set', commandLine(word('mission'), word('set'), positional(sentence, text))],
  ['goal add', commandLine(word('goal'), word('add'), positional(sentence, text), flag('--why', sentence, text), flag('--stage', fc.constantFrom('learning', 'fluent'), text))],
  ['goal stage', commandLine(word('goal'), word('stage'), positional(fc.constant('g1'), id('g')), positional(fc.constantFrom('practising', 'teaching others'), text))],
  [
    'action add',
    commandLine(
      word('action'),
      word('add'),
      positional(sentence, text),
      required('--goal', fc.constant('g1'), id('g')),
      required('--due', someday, date),
      flag('--owner', fc.constant('Morgan'), text),
      flag('--every', fc.constantFrom('1w', '2w', '4w'), text),
    ),
  ],
  ['action done', commandLine(word('action'), word('done'), positional(fc.constantFrom('a1', 'a2'), id('a')))],
  ['action drop', commandLine(word('action'), word('drop'), positional(fc.constantFrom('a1', 'a2'), id('a')), flag('--reason', sentence, text))],
  [
    'checkin ITEM',
    commandLine(
      word('checkin'),
      positional(fc.constantFrom('a1', 'a2'), id('a')),
      required('--status', fc.constant('open'), text),
      flag('--progress', fc.constant('60'), number),
      flag('--well', sentence, text),
      flag('--blocker', sentence, text),
      flag('--due', someday, date),
    ),
  ],
  ['checkin ITEM --status dropped', commandLine(word('checkin'), positional(fc.constantFrom('a1', 'a2'), id('a')), word('--status'), word('dropped'), flag('--reason', sentence, text))],
  ['checkin (general)', commandLine(word('checkin'), required('--well', sentence, text), ...['--autonomy', '--mastery', '--purpose'].map((f) => required(f, pulse, number)))],
  ['pulse', commandLine(word('pulse'), flag('--by', fc.constantFrom('week', 'month'), text), flag('--since', fc.constant('last month'), date))],
  ['export', commandLine(word('export'), flag('--format', fc.constantFrom('md', 'json', 'ics'), text), flag('--since', fc.constant('last month'), date), word('--all-people'))],
  ['people add', commandLine(word('people'), word('add'), positional(fc.constantFrom('Sam', 'Ada Lovelace', 'Zoë'), text))],
  ['sessions show', commandLine(word('sessions'), word('show'), positional(fc.constant('s1'), id('s')))],
  ['--person', commandLine(word('--person'), positional(fc.constant('me'), text), positional(fc.constantFrom('notes', 'goal', 'action'), fc.constantFrom('notes', 'goal', 'action')))],
];

async function assertValidJournal(journal: string): Promise<void> {
  if (!existsSync(journal)) return;
  await parseJournalFile(journal, readFileSync(journal), new Keyring(noPassphrase(journal)));
}

async function planWithTwoItems(): Promise<string> {
  const journal = tempJournal();
  for (const setup of [['goal', 'add', 'A patient listener'], ['action', 'add', 'Ask before advising', '--goal', 'g1', '--due', '2027-01-01'], ['action', 'add', 'Listen', '--goal', 'g1', '--due', '2027-01-01']]) {
    expect((await runGrow(setup, { journal })).code).toBe(0);
  }
  return journal;
}

/** Succeeds, or is a usage error said in words; never a stack trace or a refused save. */
function expectSucceededOrUsage(args: unknown, result: { code: number | null; stderr: string }): void {
  const said = `grow ${JSON.stringify(args).slice(0, 300)} → ${result.code}\n${result.stderr.slice(0, 500)}`;
  expect([0, 2], said).toContain(result.code);
  if (result.code === 2) expect(result.stderr, said).toMatch(/^grow: \S/);
  expect(result.stderr, said).not.toMatch(/\n\s+at |Something went wrong inside grow/);
}

// Each property has its own journal, so they run side by side: one grow at a time would leave a core idle.
describe.concurrent('random arguments to every scripted command', () => {
  for (const [name, argv] of COMMANDS) {
    it(`grow ${name}: succeeds or exits 2 with a message, and keeps the journal valid`, async () => {
      const journal = await planWithTwoItems();
      await fc.assert(
        fc.asyncProperty(argv, async (args) => {
          expectSucceededOrUsage(args, await runGrow(args, { journal }));
          await assertValidJournal(journal);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('grow note -: any text on standard input, however long', async () => {
    const journal = await planWithTwoItems();
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, longText.map((t) => t.replaceAll('x', 'é'))), async (input) => {
        expectSucceededOrUsage(['note', '-'], await runGrow(['note', '-'], { journal, input }));
        await assertValidJournal(journal);
      }),
      { numRuns: RUNS },
    );
  });
});
