// npm run bench: median wall time of grow commands against `node -e 0`, measured in the
// same run and interleaved, so a busy machine slows both alike and the ratio stays fair.
// Rows with a limit in milliseconds and megabytes (the export of five years) are held to
// it directly, and every row shows its peak memory, measured once more after the timing.
// Usage: npm run bench [-- --runs 31] [-- --only export]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newSealing } from '../src/store/envelope';
import { JournalStore } from '../src/store/journal-store';
import { serializeJournal } from '../src/store/serialize';
import { runTransaction } from '../src/store/transaction';
import { generateJournal, type GenerateOptions } from './generate-journal';

interface Row {
  name: string;
  args: string[];
  /** The journal the command runs on, if any: saved by grow's own store unless `handEdited`. */
  journal?: GenerateOptions;
  /** Written straight to disk, as after an edit by hand: the first read validates it in full. */
  handEdited?: boolean;
  /** Encrypted with `grow encrypt`'s default scrypt cost: every run derives the key once. */
  encrypted?: boolean;
  /** The most the median may be, as a multiple of `node -e 0`. */
  target?: number;
  /** The most the median may take and the peak memory may be. */
  limit?: { ms: number; mb: number };
}

const NOTES_2000: GenerateOptions = { notes: 2000, checkins: 0, actions: 0, goals: 0 };
/** Five people over five years: 25,000 check-ins, 10,000 notes, a one-on-one a month. */
const FIVE_YEARS: GenerateOptions = { people: 5, goals: 8, actions: 120, checkins: 5000, notes: 2000, sessions: 60, reflections: 10, start: '2021-11-25', days: 1826 };
const EXPORT_LIMIT = { ms: 1000, mb: 300 };
const PLAN_2000: GenerateOptions = { goals: 10, actions: 40, checkins: 2000 };

const ROWS: Row[] = [
  { name: 'grow --version', args: ['--version'], target: 1.5 },
  { name: 'grow notes (2,000 notes)', args: ['notes'], journal: NOTES_2000, target: 2 },
  { name: 'grow notes (2,000 notes, edited by hand)', args: ['notes'], journal: NOTES_2000, handEdited: true },
  { name: 'grow notes (2,000 notes, encrypted)', args: ['notes'], journal: NOTES_2000, encrypted: true },
  { name: 'grow export --format md --all-people (5 people, 5 years)', args: ['export', '--format', 'md', '--all-people'], journal: FIVE_YEARS, limit: EXPORT_LIMIT },
  { name: 'grow export --format md (1 of 5 people, 5 years)', args: ['export', '--format', 'md', '--person', 'Person 1'], journal: FIVE_YEARS, limit: EXPORT_LIMIT },
  { name: 'grow export --format json --all-people (5 people, 5 years)', args: ['export', '--format', 'json', '--all-people'], journal: FIVE_YEARS, limit: EXPORT_LIMIT },
  { name: 'grow export --format ics --all-people (5 people, 5 years)', args: ['export', '--format', 'ics', '--all-people'], journal: FIVE_YEARS, limit: EXPORT_LIMIT },
  // It runs at every new terminal: main.ts gives it a path that loads neither commander nor zod,
  // and it counts from facts kept beside the journal, read afresh when the journal changes.
  { name: 'grow remind (10 goals, 40 items, 2,000 check-ins)', args: ['remind'], journal: PLAN_2000, target: 1.3 },
];

const PASSPHRASE = 'a passphrase for the bench';
const GROW = fileURLToPath(new URL('../bin/grow.js', import.meta.url));
const runs = Number(argValue('--runs') ?? 21);
const only = argValue('--only');
const rows = ROWS.filter((row) => !only || row.name.includes(only));

const dir = mkdtempSync(join(tmpdir(), 'grow-bench-'));
try {
  // Rows that ask for the same journal share one file.
  const files = new Map<string, Promise<string>>();
  const journals = await Promise.all(
    rows.map((row) => {
      if (!row.journal) return undefined;
      const key = JSON.stringify([row.journal, row.handEdited ?? false, row.encrypted ?? false]);
      if (!files.has(key)) files.set(key, saveJournal(join(dir, `journal-${files.size}.json`), row));
      return files.get(key);
    }),
  );
  const baseline = ['-e', '0'];
  const commands = [baseline, ...rows.map((row) => [GROW, ...row.args])];
  const envs = [undefined, ...journals];
  const times: number[][] = commands.map(() => []);

  for (let round = -2; round < runs; round++) {
    commands.forEach((args, i) => {
      const elapsed = time(args, envs[i]);
      if (round >= 0) times[i]!.push(elapsed);
    });
  }

  const base = median(times[0]!);
  const lines = [['command', 'median', 'ratio', 'peak memory', 'target', ''], ['node -e 0', ms(base), '1.00', mb(peakMemory(baseline, undefined)), '', '']];
  let allMet = true;
  rows.forEach((row, i) => {
    const value = median(times[i + 1]!);
    const ratio = value / base;
    const peak = peakMemory(commands[i + 1]!, journals[i]);
    const met = (row.target === undefined || ratio <= row.target) && (row.limit === undefined || (value <= row.limit.ms && peak <= row.limit.mb));
    allMet &&= met;
    const target = row.target !== undefined ? `≤ ${row.target.toFixed(2)}` : row.limit ? `≤ ${row.limit.ms} ms, ${row.limit.mb} MB` : '';
    lines.push([row.name, ms(value), ratio.toFixed(2), mb(peak), target, target === '' ? '' : met ? 'ok' : 'SLOW']);
  });
  console.log(`${runs} runs each, interleaved; node ${process.version}\n`);
  console.log(table(lines));
  if (!allMet) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function saveJournal(path: string, row: Row): Promise<string> {
  const generated = generateJournal(row.journal);
  if (row.handEdited) writeFileSync(path, serializeJournal(generated), { mode: 0o600 });
  else await runTransaction(path, (journal) => void Object.assign(journal, generated));
  if (row.encrypted) await new JournalStore(path).reseal(await newSealing(PASSPHRASE));
  return path;
}

function growEnv(journal: string | undefined): NodeJS.ProcessEnv {
  return { ...process.env, GROW_JOURNAL: journal ?? join(dir, 'none.json'), GROW_TODAY: '2026-11-25', NO_COLOR: '1', GROW_PASSPHRASE: PASSPHRASE };
}

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
}

function time(args: string[], journal: string | undefined): number {
  const started = process.hrtime.bigint();
  run(args, growEnv(journal));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * The child's own peak resident memory in MB, written by a module loaded before grow. On
 * Linux it is VmHWM: getrusage's maxRSS also counts the memory of the bench process the
 * child was forked from.
 */
function peakMemory(args: string[], journal: string | undefined): number {
  const report = join(dir, 'peak-memory.txt');
  const probe = join(dir, 'peak-memory.mjs');
  writeFileSync(
    probe,
    `import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  let kb;
  try { kb = /VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]; } catch { kb = process.resourceUsage().maxRSS; }
  writeFileSync(${JSON.stringify(report)}, String(kb));
});
`,
  );
  run(args, { ...growEnv(journal), NODE_OPTIONS: `--import=${probe}` });
  return Number(readFileSync(report, 'utf8')) / 1024;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function mb(value: number): string {
  return `${value.toFixed(0)} MB`;
}

function table(lines: string[][]): string {
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
