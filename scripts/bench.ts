// npm run bench: grow's start-up, everyday commands, writes and exports, measured against
// `node -e 0` in the same run, and a table of how cost grows with years of journal.
//
// - Every figure is the CPU time (user + system) of the child process, taken as it exits: on a
//   shared machine wall time mostly measures the neighbours. Wall time is shown beside it.
// - Both sides start with the same environment, without the NODE_* variables that change
//   Node's own start-up (NODE_EXTRA_CA_CERTS alone triples it): users' machines rarely set them.
// - Commands are interleaved, round after round, so a busy spell slows every row alike.
// - It exits 1 when a target is missed, and says which.
//
// Usage: npm run bench [-- --runs 21] [-- --only notes] [-- --no-years] [-- --grow other/bin/grow.js]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { newSealing } from '../src/store/envelope';
import { JournalStore } from '../src/store/journal-store';
import { journalText } from '../src/store/journal-text';
import { runTransaction } from '../src/store/transaction';
import { generateJournal, yearsOfJournal, type GenerateOptions } from './generate-journal';

interface Journal {
  options: GenerateOptions;
  /** Written straight to disk, as after an edit by hand: the first read checks it in full. */
  handEdited?: boolean;
  /** Encrypted with `grow encrypt`'s default scrypt cost: every run derives the key once. */
  encrypted?: boolean;
}

interface Row {
  name: string;
  args: string[];
  journal?: Journal;
  /** The most the median CPU time may be, as a multiple of `node -e 0`'s. */
  ratio?: number;
  /** The most the median CPU time and peak memory may be. */
  limit?: { ms: number; mb?: number };
}

/** 10 goals, 40 action items, 2,000 check-ins and 2,000 notes: a plan kept for a year or two. */
const PLAN: Journal = { options: { goals: 10, actions: 40, checkins: 2000, notes: 2000 } };
const NOTES_ONLY: GenerateOptions = { notes: 2000, checkins: 0, actions: 0, goals: 0 };

const EVERYDAY: Row[] = [
  { name: 'grow --version', args: ['--version'], ratio: 1.3 },
  { name: 'grow --help', args: ['--help'], ratio: 1.3 },
  { name: 'grow action add --help', args: ['action', 'add', '--help'], ratio: 1.3 },
  // It runs at every new terminal: it counts from facts kept beside the journal.
  { name: 'grow remind (plan)', args: ['remind'], journal: PLAN, ratio: 1.2 },
  { name: 'grow notes --limit 10 (plan)', args: ['notes', '--limit', '10'], journal: PLAN, ratio: 1.6 },
  { name: 'grow action list (plan)', args: ['action', 'list'], journal: PLAN, ratio: 1.6 },
  { name: 'grow (plan)', args: [], journal: PLAN, ratio: 1.6 },
  { name: 'grow notes (2,000 notes, edited by hand)', args: ['notes'], journal: { options: NOTES_ONLY, handEdited: true } },
  { name: 'grow notes (2,000 notes, encrypted)', args: ['notes'], journal: { options: NOTES_ONLY, encrypted: true } },
];

const SCALING_YEARS = [1, 5, 10, 20];
const SCALING: { name: string; args: string[]; limits?: Record<number, { ms: number; mb?: number }>; nodeOnly?: boolean }[] = [
  // Not grow: what reading the file and parsing it whole costs Node itself, the least any export of all of it can cost.
  { name: 'node: read and JSON.parse the file', args: ['-e', "JSON.parse(require('node:fs').readFileSync(process.env.GROW_JOURNAL, 'utf8'))"], nodeOnly: true },
  { name: 'grow', args: [] },
  { name: 'grow notes --limit 10', args: ['notes', '--limit', '10'] },
  { name: 'grow note x', args: ['note', 'x'], limits: { 10: { ms: 400 }, 20: { ms: 700, mb: 200 } } },
  { name: 'grow export --format md --all-people', args: ['export', '--format', 'md', '--all-people'], limits: { 20: { ms: 800, mb: 200 } } },
  { name: 'grow export --format json --all-people', args: ['export', '--format', 'json', '--all-people'], limits: { 20: { ms: 800, mb: 200 } } },
];

const PASSPHRASE = 'a passphrase for the bench';
const { values: flags } = parseArgs({ options: { runs: { type: 'string', default: '21' }, only: { type: 'string' }, 'no-years': { type: 'boolean', default: false }, grow: { type: 'string' } } });
/** --grow times another build of grow (its bin/grow.js), to compare two versions. */
const GROW = flags.grow ?? fileURLToPath(new URL('../bin/grow.js', import.meta.url));
const runs = Number(flags.runs);
const chosen = (name: string) => flags.only === undefined || name.includes(flags.only);

const dir = mkdtempSync(join(tmpdir(), 'grow-bench-'));
const probe = join(dir, 'probe.cjs');
const report = join(dir, 'report.txt');
// The child's CPU time and peak resident memory (VmHWM: getrusage's maxRSS would count the
// bench process the child was forked from), written as it exits.
writeFileSync(
  probe,
  `process.on('exit', () => {
  const fs = require('fs');
  const cpu = process.cpuUsage();
  let kb = process.resourceUsage().maxRSS;
  try { kb = Number(/VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); } catch {}
  fs.writeFileSync(${JSON.stringify(report)}, (cpu.user + cpu.system) / 1000 + ' ' + kb / 1024);
});
`,
);
const { env: cleanEnv, unset } = startUpEnvironment();
const missed: string[] = [];

try {
  console.log(`grow bench · node ${process.version} · CPU time (user + system) of each child, median of ${runs} interleaved runs`);
  console.log(`unset on both sides: ${unset.length > 0 ? unset.join(', ') : 'nothing'}\n`);
  const everyday = EVERYDAY.filter((row) => chosen(row.name));
  if (everyday.length > 0) await benchEveryday(everyday);
  if (!flags['no-years']) await benchYears();
  if (missed.length > 0) {
    console.log(`\nMissed:\n${missed.map((line) => `  ${line}`).join('\n')}`);
    process.exitCode = 1;
  } else console.log('\nEvery target met.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

interface Sample {
  cpu: number;
  wall: number;
  mb: number;
}

async function benchEveryday(rows: Row[]): Promise<void> {
  const files = new Map<string, Promise<string>>();
  const journals = await Promise.all(
    rows.map((row) => {
      if (!row.journal) return undefined;
      const key = JSON.stringify(row.journal);
      if (!files.has(key)) files.set(key, saveJournal(join(dir, `journal-${files.size}.json`), row.journal));
      return files.get(key);
    }),
  );
  const commands = [['-e', '0'], ...rows.map((row) => [GROW, ...row.args])];
  const samples = interleaved(commands, [undefined, ...journals], runs);
  const base = median(samples[0]!.map((s) => s.cpu));
  const lines = [['', 'cpu', '× node', 'over node', 'wall', 'peak', 'target', '']];
  lines.push(['node -e 0', ms(base), '1.00', '', ms(median(samples[0]!.map((s) => s.wall))), mb(median(samples[0]!.map((s) => s.mb))), '', '']);
  rows.forEach((row, i) => {
    const cpu = median(samples[i + 1]!.map((s) => s.cpu));
    const ratio = cpu / base;
    const met = row.ratio === undefined || ratio <= row.ratio;
    if (!met) missed.push(`${row.name}: ${ratio.toFixed(2)} × node -e 0 (target ${row.ratio})`);
    lines.push([row.name, ms(cpu), ratio.toFixed(2), `${cpu >= base ? '+' : '-'}${ms(Math.abs(cpu - base))}`, ms(median(samples[i + 1]!.map((s) => s.wall))), mb(median(samples[i + 1]!.map((s) => s.mb))), row.ratio === undefined ? '' : `≤ ${row.ratio.toFixed(2)}`, row.ratio === undefined ? '' : met ? 'ok' : 'MISSED']);
  });
  console.log(table(lines));
}

/** The scaling table: five people over 1 to 20 years, with the targets for writes and exports. */
async function benchYears(): Promise<void> {
  const commands = SCALING.filter((row) => chosen(row.name));
  if (commands.length === 0) return;
  const yearRuns = Math.max(3, Math.round(runs / 4));
  const header = ['5 people', ...SCALING_YEARS.map((years) => `${years} year${years > 1 ? 's' : ''}`)];
  const sizes = ['journal file'];
  const rows = commands.map((row) => [row.name]);
  for (const years of SCALING_YEARS) {
    const path = await saveJournal(join(dir, `years-${years}.json`), { options: yearsOfJournal(years) });
    sizes.push(mb(statSync(path).size / 2 ** 20));
    const samples = interleaved(
      commands.map((row) => (row.nodeOnly ? row.args : [GROW, ...row.args])),
      commands.map(() => path),
      yearRuns,
    );
    commands.forEach((row, i) => {
      const cpu = median(samples[i]!.map((s) => s.cpu));
      const peak = median(samples[i]!.map((s) => s.mb));
      const limit = row.limits?.[years];
      const met = !limit || (cpu <= limit.ms && (limit.mb === undefined || peak <= limit.mb));
      if (!met) missed.push(`${row.name}, ${years} years: ${ms(cpu)}, ${mb(peak)} (target ${limit!.ms} ms${limit!.mb ? `, ${limit!.mb} MB` : ''})`);
      rows[i]!.push(`${ms(cpu)} ${mb(peak)}${limit ? (met ? ' ok' : ' MISSED') : ''}`);
    });
    rmSync(path, { force: true });
    rmSync(`${path}.backups`, { recursive: true, force: true });
  }
  console.log(`\nHow cost grows with the years (CPU time and peak memory, median of ${yearRuns} runs)\n`);
  console.log(table([header, sizes, ...rows]));
}

/** Each command's samples, the commands taking turns round after round (two rounds to warm up first). */
function interleaved(commands: string[][], journals: (string | undefined)[], rounds: number): Sample[][] {
  const samples: Sample[][] = commands.map(() => []);
  for (let round = -2; round < rounds; round++) {
    commands.forEach((args, i) => {
      const sample = run(args, journals[i]);
      if (round >= 0) samples[i]!.push(sample);
    });
  }
  return samples;
}

function run(args: string[], journal: string | undefined): Sample {
  const env = { ...cleanEnv, NODE_OPTIONS: `--require ${probe}`, GROW_JOURNAL: journal ?? join(dir, 'none.json'), GROW_TODAY: '2026-11-25', NO_COLOR: '1', GROW_PASSPHRASE: PASSPHRASE };
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1024 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [cpu, peak] = readFileSync(report, 'utf8').split(' ').map(Number);
  return { cpu: cpu!, wall, mb: peak! };
}

/** This process's environment without what changes Node's own start-up. */
function startUpEnvironment(): { env: NodeJS.ProcessEnv; unset: string[] } {
  const env = { ...process.env };
  const unset = Object.keys(env).filter((name) => name.startsWith('NODE_') && name !== 'NODE_ENV');
  for (const name of unset) delete env[name];
  return { env, unset };
}

async function saveJournal(path: string, journal: Journal): Promise<string> {
  const generated = generateJournal(journal.options);
  if (journal.handEdited) writeFileSync(path, journalText(generated), { mode: 0o600 });
  else await runTransaction(path, (current) => void Object.assign(current, generated));
  if (journal.encrypted) await new JournalStore(path).reseal(await newSealing(PASSPHRASE));
  return path;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(value: number): string {
  return `${value.toFixed(value < 100 ? 1 : 0)} ms`;
}

function mb(value: number): string {
  return `${value.toFixed(value < 10 ? 1 : 0)} MB`;
}

function table(lines: string[][]): string {
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => (l[c] ?? '').length)));
  return lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}
