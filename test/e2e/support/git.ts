// Real git repositories in temporary folders, for the tests of grow git setup, grow sync and
// the merge driver: a bare repository standing for the remote, and clones of it standing for
// a person's laptops. git reads no configuration of the machine or of the person running the
// tests, and commits as one person.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../../support/temp';

export const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Alex',
  GIT_AUTHOR_EMAIL: 'alex@example.com',
  GIT_COMMITTER_NAME: 'Alex',
  GIT_COMMITTER_EMAIL: 'alex@example.com',
};

/** Runs git in `cwd` and gives what it printed; throws when git fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** git run with the usual umask (022), whatever the tests' own: the files it writes are readable by others. */
export function gitReadableByOthers(cwd: string, ...args: string[]): string {
  return execFileSync('sh', ['-c', 'umask 022 && exec git "$@"', 'git', ...args], { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare repository on branch main, standing for the remote every machine pushes to. */
export function bareRemote(): string {
  const remote = join(tempDir(), 'journal.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote], { env: { ...process.env, ...GIT_ENV } });
  return remote;
}

/**
 * A clone of `remote`, as a laptop would have it: the journal at its top. Cloned with a private
 * umask, so that the journal is private from the start; git writes files as the umask says, and
 * grow makes one open to others private again (test/e2e/permissions.test.ts).
 */
export function laptop(remote: string): { folder: string; journal: string } {
  const folder = join(tempDir(), 'laptop');
  execFileSync('sh', ['-c', 'umask 077 && exec git clone --quiet "$0" "$1"', remote, folder], { env: { ...process.env, ...GIT_ENV }, stdio: 'ignore' });
  return { folder, journal: join(folder, 'journal.json') };
}
