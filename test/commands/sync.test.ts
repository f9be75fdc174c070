// grow sync, in-process, against real repositories: the journal committed with a message that
// names what changed, and pushed; and every way it stops with exit 1, changing nothing. What
// comes from another machine is merged by git running grow's merge driver, the built grow in
// a process of its own: test/e2e/git-sync.test.ts drives that.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { note } from '../../src/commands/note';
import { sync } from '../../src/commands/sync';
import { bareRemote, git, GIT_ENV, laptop } from '../e2e/support/git';
import { exitCodeOf, testContext, type TestContextOptions } from '../support/test-context';

const env = { ...process.env, ...GIT_ENV };

/** A laptop's clone of an empty remote, with one note written in its journal. */
async function laptopWithNote(): Promise<{ remote: string; folder: string; journal: string; at: (options?: TestContextOptions) => ReturnType<typeof testContext> }> {
  const remote = bareRemote();
  const { folder, journal } = laptop(remote);
  const at = (options: TestContextOptions = {}) => testContext({ journal, env, ...options });
  await note(at(), ['Rehearsed the talk'], { tag: [] });
  return { remote, folder, journal, at };
}

/** What a failed sync must leave as it was: the branch, the index and working tree, and the journal. */
function state(folder: string, journal: string) {
  let head = 'no commit yet';
  try {
    head = git(folder, 'rev-parse', '--verify', 'HEAD');
  } catch {
    // A new clone of an empty remote: no commit yet.
  }
  return { head, status: git(folder, 'status', '--porcelain', '--untracked-files=all'), journal: readFileSync(journal, 'utf8') };
}

describe('grow sync', () => {
  it('commits the journal with a message naming what changed, pushes it, and then has nothing to do', async () => {
    const { remote, folder, at } = await laptopWithNote();
    const first = at();
    expect(await exitCodeOf(sync(first))).toBe(0);
    expect(first.out.text).toContain(`Set up git in ${folder} to merge the journal record by record:\n`);
    expect(first.out.text).toContain('Committed: Journal: 1 note added (n1)\nNothing new from origin/main.\nPushed to origin/main.\n');
    expect(git(remote, 'log', '-1', '--format=%s', 'main')).toBe('Journal: 1 note added (n1)');
    expect(git(remote, 'show', 'main:journal.json')).toContain('Rehearsed the talk');
    expect(git(folder, 'status', '--porcelain')).toBe('');

    const again = at({ json: true });
    expect(await exitCodeOf(sync(again))).toBe(0);
    expect(JSON.parse(again.out.text)).toEqual({ repo: folder, upstream: 'origin/main', pushed: false });
  });

  it('exits 1 outside a git repository, and without a remote, changing nothing', async () => {
    const outside = testContext({ env });
    await note(outside, ['Not in git'], { tag: [] });
    expect(await exitCodeOf(sync(outside), /is not in a git repository/)).toBe(1);

    const { folder, journal, at } = await laptopWithNote();
    git(folder, 'remote', 'remove', 'origin');
    const before = state(folder, journal);
    expect(await exitCodeOf(sync(at()), `The repository ${folder} has no remote to sync with; nothing was changed.\nAdd the repository your other machines use: git -C ${folder} remote add origin URL`)).toBe(1);
    expect(state(folder, journal)).toEqual(before);
  });

  it('exits 1, changing nothing, when the remote cannot be reached, or the branch is detached', async () => {
    const { remote, folder, journal, at } = await laptopWithNote();
    git(folder, 'remote', 'set-url', 'origin', join(remote, 'gone.git'));
    const before = state(folder, journal);
    expect(await exitCodeOf(sync(at()), /^Could not reach origin \(.*gone\.git' does not appear to be a git repository\)\.\nNothing was changed/)).toBe(1);
    expect(state(folder, journal)).toEqual(before);

    git(folder, 'remote', 'set-url', 'origin', remote);
    expect(await exitCodeOf(sync(at()))).toBe(0);
    git(folder, 'checkout', '-q', '--detach');
    expect(await exitCodeOf(sync(at()), /is not on a branch \(a detached HEAD\), so grow sync has nothing to push\.\nSwitch to the journal's branch first/)).toBe(1);
  });

  it('exits 1 on a journal it cannot read, and commits nothing', async () => {
    const { folder, journal, at } = await laptopWithNote();
    writeFileSync(journal, '{"version": 2, "people": [}');
    const before = state(folder, journal);
    expect(await exitCodeOf(sync(at()), 'is not valid JSON')).toBe(1);
    // What git setup wrote stays (it is said at once); the journal and the branch are as they were.
    expect(state(folder, journal)).toEqual({ ...before, status: '?? .gitattributes\n?? .gitignore\n?? journal.json' });
  });
});
