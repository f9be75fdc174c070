// grow git setup, in-process, against a real repository: what it writes, once.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitSetup } from '../../src/commands/git-setup';
import { driverCommand } from '../../src/commands/shared/driver-command';
import { note } from '../../src/commands/note';
import { git, GIT_ENV } from '../e2e/support/git';
import { tempDir } from '../support/temp';
import { exitCodeOf, testContext } from '../support/test-context';

const env = { ...process.env, ...GIT_ENV };

describe('grow git setup', () => {
  it('writes the attributes line, the ignore lines and the driver, says so, and writes nothing the second time', async () => {
    const repo = tempDir();
    execFileSync('git', ['init', '--quiet', repo], { env });
    const journal = join(repo, 'grow', 'journal.json');
    await note(testContext({ journal }), ['Kept in git'], { tag: [] });

    const ctx = testContext({ journal, env });
    await gitSetup(ctx);
    expect(ctx.out.text).toContain(`Set up git in ${repo} to merge the journal record by record:\n  .gitattributes: /grow/journal.json merge=grow\n`);
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toBe('/grow/journal.json merge=grow\n');
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toBe('/grow/journal.json.lock/\n/grow/journal.json.backups/\n/grow/.journal.json.*.tmp\n/grow/unsaved-note-*.md\n');
    expect(git(repo, 'config', 'merge.grow.driver')).toMatch(/ merge-driver %O %A %B %P$/);
    expect(git(repo, 'check-attr', 'merge', '--', 'grow/journal.json')).toBe('grow/journal.json: merge: grow');
    // grow's own files stay out of the repository; the journal does not.
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('?? .gitattributes\n?? .gitignore\n?? grow/journal.json');

    const again = testContext({ journal, env });
    await gitSetup(again);
    expect(again.out.text).toBe(`git in ${repo} already merges the journal record by record: nothing to write.\n`);
  });

  it('adds to the files that are there, on lines of their own', async () => {
    const repo = tempDir();
    execFileSync('git', ['init', '--quiet', repo], { env });
    execFileSync('sh', ['-c', "printf '*.md diff=markdown' > .gitattributes && printf 'node_modules/' > .gitignore"], { cwd: repo });
    await gitSetup(testContext({ journal: join(repo, 'my journal.json'), env }));
    expect(readFileSync(join(repo, '.gitattributes'), 'utf8')).toBe('*.md diff=markdown\n"/my journal.json" merge=grow\n');
    expect(readFileSync(join(repo, '.gitignore'), 'utf8')).toMatch(/^node_modules\/\n\/my journal\.json\.lock\/\n/);
    expect(git(repo, 'check-attr', 'merge', '--', 'my journal.json')).toBe('my journal.json: merge: grow');
  });

  it('exits 1 outside a git repository, saying how to make one', async () => {
    const folder = tempDir();
    expect(await exitCodeOf(gitSetup(testContext({ journal: join(folder, 'journal.json'), env })), `The journal's folder ${folder} is not in a git repository.\nTo keep the journal in git: git -C ${folder} init && grow git setup`)).toBe(1);
  });

  it('names the driver grow when the PATH finds this grow, and this grow by its full path otherwise', () => {
    const bin = tempDir();
    const script = join(tempDir(), 'grow.js');
    writeFileSync(script, '');
    mkdirSync(join(bin, 'elsewhere'));
    symlinkSync(script, join(bin, 'grow'));
    expect(driverCommand({ PATH: `${join(bin, 'elsewhere')}:${bin}` }, script, '/usr/bin/node')).toBe('grow');
    expect(driverCommand({ PATH: join(bin, 'elsewhere') }, script, '/usr/bin/node')).toBe(`/usr/bin/node ${script}`);
    expect(driverCommand({}, "/home/o'neil/grow.js", '/opt/node 20/node')).toBe(`'/opt/node 20/node' '/home/o'\\''neil/grow.js'`);
  });
});
