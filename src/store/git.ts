// Running git in the repository that holds the journal. grow uses git itself as the engine
// that carries a journal between machines (commits, merges through grow's driver, pushes);
// this is the one place that starts it.
import { spawn } from 'node:child_process';
import { GrowError } from '../errors';
import { messages } from '../messages';

export interface GitResult {
  code: number;
  stdout: Buffer;
  /** What git said on standard error, trimmed. */
  stderr: string;
}

export class Git {
  constructor(
    /** The folder git runs in: the repository's top, or the journal's folder before it is known. */
    readonly cwd: string,
    /** The environment git and the merge driver it starts see. */
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Runs git; a non-zero exit is returned, not thrown. */
  run(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      // stdin is the terminal's, when there is one: ssh and credential helpers may ask there.
      const child = spawn('git', args, { cwd: this.cwd, env: { ...this.env, ...extraEnv }, stdio: ['inherit', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new GrowError(messages.sync.noGit) : error));
      child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8').trim() }));
    });
  }

  /** Runs git and gives its output as text, trimmed; a non-zero exit is a GrowError saying what git said. */
  async text(args: readonly string[], extraEnv?: NodeJS.ProcessEnv): Promise<string> {
    const result = await this.run(args, extraEnv);
    if (result.code !== 0) throw new GrowError(messages.sync.gitFailed(args, lastWords(result.stderr)));
    return result.stdout.toString('utf8').trim();
  }

  /** Whether git succeeds (exit 0), for the questions git answers with its exit code. */
  async succeeds(args: readonly string[]): Promise<boolean> {
    return (await this.run(args)).code === 0;
  }
}

/**
 * What git said went wrong: its first "fatal:" or "error:" line without that word, else its
 * last line (never a hint). When git only says it could not read from the remote, the words
 * before it say why (ssh's "Could not resolve hostname", a host's "Permission denied").
 */
export function lastWords(stderr: string): string {
  const lines = stderr.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('hint:'));
  const at = lines.findIndex((line) => /^(fatal|error): /.test(line));
  if (at === -1) return lines.at(-1) ?? '';
  const error = lines[at]!.replace(/^(fatal|error): /, '');
  return at > 0 && /^Could not read from remote repository/.test(error) ? lines[at - 1]! : error;
}
