// npm run bench: median wall time of grow commands against `node -e 0`, measured in the
// same run and interleaved, so a busy machine slows both alike and the ratio stays fair.
// Usage: npm run bench [-- --runs 31] [-- --only remind]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** The most the median may be, as a multiple of `node -e 0`; none for rows shown for information. */
  target?: number;
}

const NOTES_2000: GenerateOptions = { notes: 2000, checkins: 0, actions: 0, goals: 0 };

const ROWS: Row[] = [
  { name: 'grow --version', args: ['--version'], target: 1.5 },
  { name: 'grow notes (2,000 notes)', args: ['notes'], journal: NOTES_2000, target: 2 },
  { name: 'grow notes (2,000 notes, edited by hand)', args: ['notes'], journal: NOTES_2000, handEdited: true },
];

const GROW = fileURLToPath(new URL('../bin/grow.js', import.meta.url));
const runs = Number(argValue('--runs') ?? 21);
const only = argValue('--only');
const rows = ROWS.filter((row) => !only || row.name.includes(only));

const dir = mkdtempSync(join(tmpdir(), 'grow-bench-'));
try {
  const journals = await Promise.all(
    rows.map(async (row, i) => {
      if (!row.journal) return undefined;
      const path = join(dir, `journal-${i}.json`);
      const generated = generateJournal(row.journal);
      if (row.handEdited) writeFileSync(path, serializeJournal(generated), { mode: 0o600 });
      else await runTransaction(path, (journal) => void Object.assign(journal, generated));
      return path;
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
  const lines = [['command', 'median', 'ratio', 'target', ''], ['node -e 0', ms(base), '1.00', '', '']];
  let allMet = true;
  rows.forEach((row, i) => {
    const value = median(times[i + 1]!);
    const ratio = value / base;
    const met = row.target === undefined || ratio <= row.target;
    allMet &&= met;
    lines.push([row.name, ms(value), ratio.toFixed(2), row.target === undefined ? '' : `≤ ${row.target.toFixed(2)}`, row.target === undefined ? '' : met ? 'ok' : 'SLOW']);
  });
  console.log(`${runs} runs each, interleaved; node ${process.version}\n`);
  console.log(table(lines));
  if (!allMet) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function time(args: string[], journal: string | undefined): number {
  const env = { ...process.env, GROW_JOURNAL: journal ?? join(dir, 'none.json'), GROW_TODAY: '2026-11-25', NO_COLOR: '1' };
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

function table(lines: string[][]): string {
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)));
  return lines.map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

function argValue(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
