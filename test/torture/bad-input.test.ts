// Random arguments for every scripted command: dates, ids, numbers, text with control
// characters, markdown and very long text. Each run succeeds, or exits 2 with a message
// (never a stack trace), and the journal is valid after every one of them.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../src/domain/vocabulary';
import { Keyring, noPassphrase } from '../../src/store/keyring';
import { parseJournalFile } from '../../src/store/parse-journal';
import { tempJournal } from '../support/temp';
import { runGrow } from '../e2e/support/grow';

const RUNS = Number(process.env.GROW_PROPERTY_RUNS ?? 30);
/** Marks the end of the arguments: what follows is written to standard input. */
const STDIN = '<stdin>';

// Arguments as a shell can pass them: any text but NUL.
const noNul = (s: string) => s.replaceAll('\0', '');
const controlText = fc.string({ unit: fc.integer({ min: 1, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1 });
const markdown = fc.constantFrom('# Heading', '**bold** and _soft_', '- [ ] a task\n- [x] done', '```sh\nrm -rf /\n```', '| a | b |\n|---|---|', '[a link](https://example.com)', '<script>alert(1)</script>', '> quoted\n>> deeper', '\\*not\\* markdown');
// Around the longest text grow keeps; ASCII, as one argument may hold at most 128 KiB (standard input has no such limit).
const longText = fc.integer({ min: MAX_TEXT - 5, max: MAX_TEXT + 5 }).map((n) => 'x'.repeat(n));
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), controlText, markdown, longText, fc.constantFrom('', ' ', '-', '--', '--help', '-x', '\u202eevil', '\ud800', '#tag #another')).map(noNul);
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('today', 'tomorrow', 'yesterday', 'next friday', 'in 3 weeks', 'end of march', '2 weeks ago', '2026-02-30', '2026-13-01', '0000-01-01', '9999-12-31', '26-11-2026', '', ' '),
  fc.string().map(noNul),
);
const id = (prefix: string) =>
  fc.oneof(fc.nat({ max: 12 }).map((n) => `${prefix}${n}`), fc.constantFrom(`${prefix.toUpperCase()}1`, ` ${prefix}1 `, `${prefix}01`, `${prefix}99999999999999999999`, `${prefix}-1`, '', '1', 'x1'), fc.string().map(noNul));
const number = fc.oneof(fc.integer({ min: -5, max: 120 }).map(String), fc.constantFrom('1.5', '1e3', '-0', '0x10', ' 7 ', '', 'NaN', 'Infinity', '99999999999999999999'), fc.string().map(noNul));
const option = <T>(name: string, value: fc.Arbitrary<T>) => fc.option(value.map((v) => [name, String(v)]), { nil: undefined });
const flags = (...options: fc.Arbitrary<string[] | undefined>[]) => fc.tuple(...options).map((all) => all.flatMap((o) => o ?? []));

/** The scripted commands and their arguments. A plan with goal g1 and items a1 and a2 exists. */
const COMMANDS: [string, fc.Arbitrary<string[]>][] = [
  ['note', fc.tuple(text, flags(option('--tag', text), option('--tag', text))).map(([t, f]) => ['note', t, ...f])],
  ['note -', fc.oneof(text, longText.map((t) => t.replaceAll('x', 'é'))).map((t) => ['note', '-', STDIN, t])],
  ['notes', flags(option('--since', date), option('--until', date), option('--tag', text), option('--search', text), option('--limit', number)).map((f) => ['notes', ...f])],
  ['mission set', text.map((t) => ['mission', 'set', t])],
  ['goal add', fc.tuple(text, flags(option('--why', text), option('--stage', text))).map(([t, f]) => ['goal', 'add', t, ...f])],
  ['goal stage', fc.tuple(id('g'), text).map(([g, s]) => ['goal', 'stage', g, s])],
  [
    'action add',
    fc.tuple(text, flags(option('--goal', id('g')), option('--due', date), option('--owner', text), option('--every', fc.oneof(fc.constantFrom('1w', '2w', '4w', '3w', 'weekly'), text)))).map(([t, f]) => ['action', 'add', t, ...f]),
  ],
  ['action done', id('a').map((a) => ['action', 'done', a])],
  ['action drop', fc.tuple(id('a'), option('--reason', text)).map(([a, r]) => ['action', 'drop', a, ...(r ?? [])])],
  [
    'export',
    flags(option('--format', fc.oneof(fc.constantFrom('md', 'json', 'ics', 'markdown', 'ical', 'pdf'), text)), option('--since', date), fc.constantFrom(undefined, ['--all-people'], ['--include-private'])).map((f) => ['export', ...f]),
  ],
  ['--person', fc.tuple(text, fc.constantFrom('notes', 'goal', 'action')).map(([p, c]) => ['--person', p, c])],
];

async function assertValidJournal(journal: string): Promise<void> {
  if (!existsSync(journal)) return;
  await parseJournalFile(journal, readFileSync(journal), new Keyring(noPassphrase(journal)), false);
}

describe('random arguments to every scripted command', () => {
  for (const [name, args] of COMMANDS) {
    it(`grow ${name}: succeeds or exits 2 with a message, and keeps the journal valid`, async () => {
      const journal = tempJournal();
      for (const setup of [['goal', 'add', 'A patient listener'], ['action', 'add', 'Ask before advising', '--goal', 'g1', '--due', '2027-01-01'], ['action', 'add', 'Listen', '--goal', 'g1', '--due', '2027-01-01']]) {
        expect((await runGrow(setup, { journal })).code).toBe(0);
      }
      await fc.assert(
        fc.asyncProperty(args, async (given) => {
          const stdin = given.indexOf(STDIN);
          const [argv, input] = stdin < 0 ? [given, undefined] : [given.slice(0, stdin), given[stdin + 1]];
          const result = await runGrow(argv, { journal, input });
          const said = `grow ${JSON.stringify(given).slice(0, 300)} → ${result.code}\n${result.stderr.slice(0, 500)}`;
          expect([0, 2], said).toContain(result.code);
          if (result.code === 2) expect(result.stderr, said).toMatch(/^grow: \S/);
          expect(result.stderr, said).not.toMatch(/\n\s+at |Something went wrong inside grow/);
          await assertValidJournal(journal);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
