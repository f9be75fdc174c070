// Runs the built bin/grow.js as a subprocess, the way a script would: no terminal, a
// journal of its own, a fixed date and time zone, and a cache folder of the test file's own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../../support/temp';

export const GROW_BIN = fileURLToPath(new URL('../../../bin/grow.js', import.meta.url));

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  journal: string;
  env?: Record<string, string | undefined>;
  input?: string;
  today?: string;
  /** Run as this user (and group of the same number): only root may. */
  uid?: number;
  /** The folder it runs in, for file names given as a person types them. */
  cwd?: string;
}

let cacheHome: string | undefined;

export function growEnv(options: Pick<RunOptions, 'journal' | 'env' | 'today'>): NodeJS.ProcessEnv {
  // The code grow keeps to start faster goes in the test's own folder, never the home folder's.
  cacheHome ??= tempDir();
  const env: NodeJS.ProcessEnv = { ...process.env, GROW_JOURNAL: options.journal, GROW_TODAY: options.today ?? '2026-11-25', TZ: 'UTC', XDG_CACHE_HOME: cacheHome };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.GROW_DEBUG;
  // grow opens no network connections: a certificate bundle set for the machine only slows its start.
  delete env.NODE_EXTRA_CA_CERTS;
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runGrow(args: string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [GROW_BIN, ...args], { env: growEnv(options), stdio: ['pipe', 'pipe', 'pipe'], uid: options.uid, gid: options.uid, cwd: options.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    // A grow that does not read its input may have ended before it is written.
    child.stdin.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    child.stdin.end(options.input ?? '');
  });
}
