// One journal on two laptops, kept in git: a bare repository stands for the remote, two clones
// for the laptops, and the real git and the built grow do the work. Whatever either laptop
// wrote reaches both, once; a field changed on both is settled the same way on both.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import type { IsoDate } from '../../src/domain/dates';
import type { Journal } from '../../src/domain/schema';
import { JournalStore } from '../../src/store/journal-store';
import { environmentPassphrase, Keyring, noPassphrase } from '../../src/store/keyring';
import { lockPathOf } from '../../src/store/paths';
import { bareRemote, git, GIT_ENV, gitReadableByOthers, laptop } from './support/git';
import { GROW_BIN, growEnv, runGrow } from './support/grow';
import { startGrow, startInTerminal } from './support/pty';
import { tempDir } from '../support/temp';

const PASSPHRASE = 'two laptops, one journal';

interface Laptop {
  folder: string;
  journal: string;
  grow(args: string[], today?: IsoDate): Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** A change through grow's own store, stamped on `today`: what an edit command does. */
  change(today: IsoDate, change: (journal: Journal) => void): Promise<void>;
  read(): Promise<Journal>;
}

/** `scratch`: the folder git and grow are given for temporary files (TMPDIR). */
function onLaptop(remote: string, passphrase?: string, scratch = tempDir()): Laptop {
  const { folder, journal } = laptop(remote);
  const env = { ...GIT_ENV, TMPDIR: scratch, ...(passphrase ? { GROW_PASSPHRASE: passphrase } : {}) };
  const store = (today: IsoDate) => new JournalStore(journal, new Keyring(environmentPassphrase(env, noPassphrase(journal))), fixedClock(today));
  return {
    folder,
    journal,
    grow: (args, today = '2026-11-25') => runGrow(args, { journal, env, today }),
    change: (today, change) => store(today).update(change),
    read: () => store('2026-11-25').read(),
  };
}

/**
 * `grow sync` on `machine`, once git waits in its pre-push hook: in the middle of its work, with
 * the journal's lock held. letGo lets git go on; it does not wait, for should grow sync have
 * ended before its hook opened the pipe, nothing would read it.
 */
async function syncHeldBeforePush(machine: Laptop): Promise<{ pid: number; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>; letGo: () => void }> {
  const folder = tempDir();
  const [reached, goOn] = [join(folder, 'reached'), join(folder, 'go-on')];
  execFileSync('mkfifo', [goOn]);
  writeFileSync(join(machine.folder, '.git', 'hooks', 'pre-push'), `#!/bin/sh\ntouch '${reached}'\ncat '${goOn}' > /dev/null\n`, { mode: 0o755 });
  const sync = spawn(process.execPath, [GROW_BIN, 'sync'], { env: growEnv({ journal: machine.journal, env: GIT_ENV }), stdio: 'ignore' });
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => sync.once('exit', (code, signal) => resolve(((ended = true), { code, signal }))));
  while (!existsSync(reached) && !ended) await new Promise((resolve) => setTimeout(resolve, 10));
  return { pid: sync.pid!, exited, letGo: () => void spawn('sh', ['-c', `echo go > '${goOn}'`]).unref() };
}

async function ok(run: Promise<{ code: number | null; stdout: string; stderr: string }>): Promise<string> {
  const result = await run;
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/**
 * Alex's plan on a work laptop, pushed; a home laptop cloned from it. Then both write while
 * apart: a note each, a check-in each on the same item, the same item's text changed on both
 * (at home a day later), and an item removed at work only.
 */
async function twoLaptopsApart(passphrase?: string): Promise<{ work: Laptop; home: Laptop; remote: string; scratch: string }> {
  const remote = bareRemote();
  const scratch = tempDir();
  const work = onLaptop(remote, passphrase, scratch);
  await ok(work.grow(['goal', 'add', 'A calm public speaker']));
  await ok(work.grow(['action', 'add', 'Give a 5-minute talk at the team meeting', '--goal', 'g1', '--due', '2026-12-10']));
  await ok(work.grow(['action', 'add', 'Read a book on rhetoric', '--goal', 'g1', '--due', '2026-12-20']));
  if (passphrase) await work.grow(['encrypt']);
  expect((await work.grow(['sync'])).code).toBe(0);
  const home = onLaptop(remote, passphrase, scratch);

  await ok(work.grow(['note', 'Rehearsed the talk with Sam at work'], '2026-11-26'));
  await ok(work.grow(['checkin', 'a1', '--status', 'open', '--progress', '40', '--well', 'Slides are done'], '2026-11-26'));
  await work.change('2026-11-26', (journal) => (journal.people[0]!.actions[0]!.text = 'Give a 5-minute talk at the all-hands'));
  await work.change('2026-11-26', (journal) => journal.people[0]!.actions.splice(1, 1));

  await ok(home.grow(['note', 'Watched three great talks at home'], '2026-11-27'));
  await ok(home.grow(['checkin', 'a1', '--status', 'open', '--progress', '60', '--well', 'Timed it at 5 minutes'], '2026-11-27'));
  await home.change('2026-11-27', (journal) => (journal.people[0]!.actions[0]!.text = 'Give a 5-minute talk at the team offsite'));
  return { work, home, remote, scratch };
}

async function syncBothTwice(work: Laptop, home: Laptop): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const machine of [work, home]) {
      const synced = await machine.grow(['sync'], '2026-11-28');
      expect(synced.stderr).toBe('');
      expect(synced.code).toBe(0);
    }
  }
}

async function expectTheSameJournal(work: Laptop, home: Laptop): Promise<Journal> {
  expect(readFileSync(work.journal)).toEqual(readFileSync(home.journal));
  const journal = await work.read();
  expect(await home.read()).toEqual(journal);
  const me = journal.people[0]!;
  expect(me.notes.map((n) => n.text).sort()).toEqual(['Rehearsed the talk with Sam at work', 'Watched three great talks at home']);
  expect(me.checkins.map((c) => c.well).sort()).toEqual(['Slides are done', 'Timed it at 5 minutes']);
  // The later change wins on both; the other stays in the item's history.
  expect(me.actions.map((a) => a.text)).toEqual(['Give a 5-minute talk at the team offsite']);
  expect(me.actions[0]!.history).toEqual([expect.objectContaining({ field: 'text', value: 'Give a 5-minute talk at the all-hands' })]);
  expect(journal.removed?.length).toBe(1);
  return journal;
}

describe('grow sync: one journal on two laptops', () => {
  it('brings both to the same journal: every note and check-in once, the conflict settled alike, the removal kept', async () => {
    const { work, home, remote } = await twoLaptopsApart();
    // Nothing was committed or pushed while they wrote: grow syncs only when asked.
    for (const machine of [work, home]) expect(git(machine.folder, 'status', '--porcelain')).toBe('M journal.json');
    expect(git(remote, 'rev-list', '--count', 'main')).toBe('1');
    const first = await home.grow(['sync'], '2026-11-28');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Committed: Journal: 1 check-in added (c1), 1 note added (n1), 1 action item changed (a1)');
    await syncBothTwice(work, home);
    await expectTheSameJournal(work, home);
    expect(git(work.folder, 'rev-parse', 'HEAD')).toBe(git(home.folder, 'rev-parse', 'HEAD'));
    expect(git(remote, 'rev-parse', 'main')).toBe(git(home.folder, 'rev-parse', 'HEAD'));
    // The two laptops made c1 and n1 each: the later ones were renumbered, and both hold the same ids.
    const ids = (await work.read()).people[0]!.notes.map((n) => n.id).sort();
    expect(ids).toEqual(['n1', 'n2']);
    expect(git(work.folder, 'status', '--porcelain')).toBe('');
    expect(git(home.folder, 'status', '--porcelain')).toBe('');
    // git writes files readable by others; the journal stays private.
    for (const machine of [work, home]) expect(statSync(machine.journal).mode & 0o777).toBe(0o600);
  });

  it('says what it merged and how it settled the conflict', async () => {
    const { work, home } = await twoLaptopsApart();
    await ok(work.grow(['sync'], '2026-11-28'));
    const synced = await ok(home.grow(['sync'], '2026-11-28'));
    expect(synced).toContain('From origin/main: 1 check-in added (c1), 1 note added (n1), 1 action item removed (a2), renumbered c1 → c2, n1 → n2');
    expect(synced).toMatch(/a1 text: kept "Give a 5-minute talk at the team offsite", not "Give a 5-minute talk at the all-hands"/);
    expect(synced).toContain('Pushed to origin/main.');
  });

  it('merges an encrypted journal in memory: nothing in plain text in any repository, object or file', async () => {
    const { work, home, remote, scratch } = await twoLaptopsApart(PASSPHRASE);
    await syncBothTwice(work, home);
    const journal = await expectTheSameJournal(work, home);
    expect(journal.people[0]!.notes).toHaveLength(2);

    const secrets = ['Rehearsed', 'Watched three', 'Slides are done', 'Timed it', 'all-hands', 'offsite', 'calm public speaker', 'rhetoric'];
    // The folders of both laptops (the journal, its backups, git's objects) and the one for temporary files.
    for (const folder of [remote, work.folder, home.folder, scratch]) {
      const everything = [...filesUnder(folder).map((file) => readFileSync(file)), ...(folder === scratch ? [] : [allObjects(folder)])];
      for (const bytes of everything) for (const secret of secrets) expect(bytes.includes(secret), `${secret} in ${folder}`).toBe(false);
    }
  });

  it('merges again when another machine pushes between its merge and its push', async () => {
    const { work, home } = await twoLaptopsApart();
    await ok(work.grow(['sync'], '2026-11-28'));
    await ok(work.grow(['note', 'Pushed while home was merging'], '2026-11-28'));
    // The home laptop's first push finds the remote moved: the work laptop pushed just then.
    const hook = join(home.folder, '.git', 'hooks', 'pre-push');
    const workSync = `${process.execPath} ${GROW_BIN} sync --journal '${work.journal}'`;
    writeFileSync(hook, `#!/bin/sh\nunset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE\n[ -e "$0.done" ] && exit 0\ntouch "$0.done"\nGROW_TODAY=2026-11-28 ${workSync} >/dev/null || exit 1\n`, { mode: 0o755 });
    const synced = await ok(home.grow(['sync'], '2026-11-28'));
    expect(synced).toContain('Pushed to origin/main.');
    await ok(work.grow(['sync'], '2026-11-28'));
    expect(readFileSync(work.journal)).toEqual(readFileSync(home.journal));
    expect((await home.read()).people[0]!.notes.map((n) => n.text)).toContain('Pushed while home was merging');
  });

  it('is what git merge itself uses after grow git setup', async () => {
    const remote = bareRemote();
    const work = onLaptop(remote);
    await ok(work.grow(['note', 'First words']));
    expect((await work.grow(['git', 'setup'])).code).toBe(0);
    git(work.folder, 'add', '.');
    git(work.folder, 'commit', '-qm', 'Start the journal');
    git(work.folder, 'push', '-q', 'origin', 'main');
    const home = onLaptop(remote);
    expect((await home.grow(['git', 'setup'])).stdout).toMatch(/git config merge\.grow\.driver: .*merge-driver %O %A %B %P/);

    await ok(work.grow(['note', 'Written at work'], '2026-11-26'));
    git(work.folder, 'commit', '-qam', 'At work');
    git(work.folder, 'push', '-q', 'origin', 'main');
    await ok(home.grow(['note', 'Written at home'], '2026-11-27'));
    git(home.folder, 'commit', '-qam', 'At home');
    gitReadableByOthers(home.folder, 'pull', '--quiet', '--no-rebase', '--no-edit', 'origin', 'main');

    expect(git(home.folder, 'log', '-1', '--format=%P').split(' ')).toHaveLength(2);
    expect(readFileSync(home.journal, 'utf8')).not.toMatch(/^(<<<<<<<|>>>>>>>)/m);
    // git wrote the merged journal readable by others: the next grow makes it private again, and says so.
    expect(statSync(home.journal).mode & 0o777).toBe(0o644);
    const listed = await home.grow(['notes', '--json']);
    expect(listed.stderr).toBe(`grow: others on this computer could read ${home.journal} (mode 644): it is private again, mode 600.\n`);
    expect(statSync(home.journal).mode & 0o777).toBe(0o600);
    const notes = JSON.parse(listed.stdout) as { id: string; text: string }[];
    expect(notes.map((n) => `${n.id} ${n.text}`)).toEqual(['n3 Written at home', 'n2 Written at work', 'n1 First words']);
  });

  it("names itself in the journal's lock while git may write the journal, so that its lock is not taken over even if it is stopped", async () => {
    const remote = bareRemote();
    const work = onLaptop(remote);
    await ok(work.grow(['note', 'First words']));
    const sync = await syncHeldBeforePush(work);
    const lock = lockPathOf(work.journal);
    let held: string;
    try {
      held = readFileSync(join(lock, `held-by-${sync.pid}`), 'utf8');
    } finally {
      sync.letGo();
      expect((await sync.exited).code).toBe(0);
    }
    expect(held).toMatch(/^grow sync\n\d+$/);
    expect(existsSync(lock)).toBe(false);
    expect(git(remote, 'rev-list', '--count', 'main')).toBe('1');
  });

  it('ended by a signal, lets its lock go at once after Ctrl+C, which ends git too, and leaves it to go stale otherwise', async () => {
    for (const [signal, kept] of [['SIGINT', false], ['SIGTERM', true]] as const) {
      const work = onLaptop(bareRemote());
      await ok(work.grow(['note', 'First words']));
      const sync = await syncHeldBeforePush(work);
      // To grow alone: git, waiting in its hook, goes on running.
      process.kill(sync.pid, signal);
      expect((await sync.exited).signal).toBe(signal);
      expect(existsSync(join(lockPathOf(work.journal), `held-by-${sync.pid}`)), signal).toBe(kept);
      sync.letGo();
    }
  });

  it('follows the README: git init, grow git setup, a remote and grow sync; on the other machine a clone and grow sync', async () => {
    const remote = bareRemote();
    const folder = join(tempDir(), 'grow');
    mkdirSync(folder);
    git(folder, 'init', '--quiet', '--initial-branch=main');
    const journal = join(folder, 'journal.json');
    await ok(runGrow(['note', 'First words on the desktop'], { journal, env: GIT_ENV }));
    expect(await ok(runGrow(['git', 'setup'], { journal, env: GIT_ENV }))).toContain('.gitattributes: /journal.json merge=grow');
    git(folder, 'remote', 'add', 'origin', remote);
    expect(await ok(runGrow(['sync'], { journal, env: GIT_ENV }))).toBe('Committed: Journal: 1 note added (n1)\nNothing new from origin/main.\nPushed to origin/main.\n');
    expect(git(folder, 'rev-parse', '--abbrev-ref', 'main@{upstream}')).toBe('origin/main');
    expect(git(remote, 'ls-tree', '--name-only', 'main')).toBe('.gitattributes\n.gitignore\njournal.json');

    const other = laptop(remote);
    const synced = await ok(runGrow(['sync'], { journal: other.journal, env: GIT_ENV }));
    expect(synced).toMatch(/^Set up git in .*\n {2}git config merge\.grow\.driver: .* merge-driver %O %A %B %P\nNothing new to commit\.\nNothing new from origin\/main\.\norigin\/main already has everything\.\n$/);
    expect(await ok(runGrow(['notes'], { journal: other.journal, env: GIT_ENV }))).toContain('First words on the desktop');
  });

  it('asks for the passphrase at a terminal, and hands it to the merge driver git starts', async () => {
    const { work, home } = await twoLaptopsApart(PASSPHRASE);
    await ok(work.grow(['sync'], '2026-11-28'));
    const terminal = startGrow(['sync'], { journal: home.journal, env: GIT_ENV, today: '2026-11-28' });
    await terminal.waitFor('Passphrase for your journal');
    terminal.answer(PASSPHRASE);
    await terminal.waitFor('Pushed to origin/main.');
    expect(await terminal.exited).toBe(0);
    expect(terminal.text()).toContain('a1 text: kept "Give a 5-minute talk at the team offsite"');
    expect((await home.read()).people[0]!.notes).toHaveLength(2);
  });

  it('git pull at a terminal: the driver asks for the passphrase there', async () => {
    const { work, home } = await twoLaptopsApart(PASSPHRASE);
    await ok(work.grow(['sync'], '2026-11-28'));
    await ok(home.grow(['git', 'setup']));
    git(home.folder, 'commit', '-qam', 'At home');
    const pull = startInTerminal('git', ['-C', home.folder, 'pull', '--quiet', '--no-rebase', '--no-edit', 'origin', 'main'], growEnv({ journal: home.journal, env: GIT_ENV }));
    await pull.waitFor('Passphrase for your journal');
    pull.answer(PASSPHRASE);
    expect(await pull.exited).toBe(0);
    expect(git(home.folder, 'log', '-1', '--format=%P').split(' ')).toHaveLength(2);
    expect(git(home.folder, 'status', '--porcelain')).toBe('');
    expect((await home.read()).people[0]!.notes).toHaveLength(2);
  });
});

describe('grow sync: when it cannot finish, it says why and changes nothing', () => {
  /** The laptop's branch, index, working tree and journal, to compare before and after. */
  function state(machine: Laptop): unknown {
    const head = (() => {
      try {
        return git(machine.folder, 'rev-parse', '--verify', '-q', 'HEAD');
      } catch {
        return 'no commit yet';
      }
    })();
    return { head, status: git(machine.folder, 'status', '--porcelain'), journal: readFileSync(machine.journal, 'utf8') };
  }

  it('without a remote', async () => {
    const remote = bareRemote();
    const work = onLaptop(remote);
    git(work.folder, 'remote', 'remove', 'origin');
    await ok(work.grow(['note', 'Not going anywhere']));
    const before = state(work);
    const synced = await work.grow(['sync']);
    expect(synced.code).toBe(1);
    expect(synced.stderr).toBe(`grow: The repository ${work.folder} has no remote to sync with; nothing was changed.\nAdd the repository your other machines use: git -C ${work.folder} remote add origin URL\n`);
    expect(state(work)).toEqual(before);
  });

  it('when the remote cannot be reached', async () => {
    const remote = bareRemote();
    const work = onLaptop(remote);
    git(work.folder, 'remote', 'set-url', 'origin', join(remote, 'gone.git'));
    await ok(work.grow(['note', 'Written on a train']));
    const before = state(work);
    const synced = await work.grow(['sync']);
    expect(synced.code).toBe(1);
    expect(synced.stderr).toMatch(/^grow: Could not reach origin \('.*gone\.git' does not appear to be a git repository\)\.\nNothing was changed: the journal and the branch are as they were\.\n$/);
    expect(state(work)).toEqual(before);
  });

  it('when the network is down', async () => {
    const work = onLaptop(bareRemote());
    // ssh as it fails on a train: git runs this in its place.
    const ssh = join(tempDir(), 'ssh');
    writeFileSync(ssh, '#!/bin/sh\necho "ssh: connect to host git.example.com port 22: Network is unreachable" >&2\nexit 255\n', { mode: 0o755 });
    git(work.folder, 'config', 'core.sshCommand', ssh);
    git(work.folder, 'remote', 'set-url', 'origin', 'git@git.example.com:alex/journal.git');
    await ok(work.grow(['note', 'Written on a train']));
    const before = state(work);
    const synced = await work.grow(['sync']);
    expect(synced.code).toBe(1);
    expect(synced.stderr).toBe('grow: Could not reach origin (ssh: connect to host git.example.com port 22: Network is unreachable).\nNothing was changed: the journal and the branch are as they were.\n');
    expect(state(work)).toEqual(before);
  });

  it('when the remote refuses the push, after a merge: the merge and the commit are taken back', async () => {
    const { work, home, remote } = await twoLaptopsApart();
    await ok(work.grow(['sync'], '2026-11-28'));
    execFileSync('sh', ['-c', `printf '#!/bin/sh\\necho "read-only for now" >&2\\nexit 1\\n' > hooks/pre-receive && chmod +x hooks/pre-receive`], { cwd: remote });
    const before = state(home);
    const synced = await home.grow(['sync'], '2026-11-28');
    expect(synced.code).toBe(1);
    expect(synced.stderr).toMatch(/^grow: Could not push to origin \(remote rejected: pre-receive hook declined; remote: read-only for now\)\.\nNothing was changed/);
    expect(state(home)).toEqual(before);
  });

  it('when the other side cannot be merged (a journal from a newer grow)', async () => {
    const { work, home } = await twoLaptopsApart();
    await ok(work.grow(['sync'], '2026-11-28'));
    pushNewerJournal(work);
    const before = state(home);
    const synced = await home.grow(['sync'], '2026-11-28');
    expect(synced.code).toBe(1);
    expect(synced.stderr).toMatch(/^grow: origin\/main cannot be merged here:\n {2}grow: cannot merge journal\.json: .*newer grow \(file version 99/);
    expect(synced.stderr).toContain('Nothing was changed');
    expect(state(home)).toEqual(before);
    expect(() => git(home.folder, 'rev-parse', '-q', '--verify', 'MERGE_HEAD')).toThrow();
  });

  it('when what came cannot be read, though git only moved the branch on (a fast-forward to a newer grow\'s journal)', async () => {
    const { work, home } = await twoLaptopsApart();
    await ok(work.grow(['sync'], '2026-11-28'));
    await ok(home.grow(['sync'], '2026-11-28'));
    pushNewerJournal(home);
    const before = state(work);
    const synced = await work.grow(['sync'], '2026-11-28');
    expect(synced.code).toBe(1);
    expect(synced.stderr).toMatch(/^grow: origin\/main cannot be merged here:\n {2}The journal journal\.json \(origin\/main\) was written by a newer grow \(file version 99/);
    expect(synced.stderr).toContain('Nothing was changed');
    expect(state(work)).toEqual(before);
  });

  it('when other files than the journal conflict: it names them, and says how to merge by hand', async () => {
    const { work, home } = await twoLaptopsApart();
    for (const machine of [work, home]) {
      writeFileSync(join(machine.folder, 'README.md'), `Written on ${machine === work ? 'the work laptop' : 'the home laptop'}\n`);
      git(machine.folder, 'add', 'README.md');
      git(machine.folder, 'commit', '-qm', 'A README');
    }
    await ok(work.grow(['sync'], '2026-11-28'));
    const before = state(home);
    const synced = await home.grow(['sync'], '2026-11-28');
    expect(synced.code).toBe(1);
    expect(synced.stderr).toMatch(/^grow: origin\/main cannot be merged here:\n {2}CONFLICT \(.*\): Merge conflict in README\.md\nNothing was changed: the journal and the branch are as they were\.\nOther files than the journal stand in the way: commit the journal \(git commit -m Journal journal\.json\), merge by hand \(git pull: the journal merges by itself\), then run grow sync again\.\n$/);
    expect(state(home)).toEqual(before);
  });
});

/** The laptop commits and pushes a journal that only a newer grow could read. */
function pushNewerJournal(machine: Laptop): void {
  const newer = JSON.parse(readFileSync(machine.journal, 'utf8')) as { version: number };
  newer.version = 99;
  execFileSync('sh', ['-c', `cat > journal.json && git add journal.json && git commit -qm newer && git push -q origin main`], { cwd: machine.folder, input: JSON.stringify(newer), env: { ...process.env, ...GIT_ENV } });
}

/** Every file under a folder, hidden ones and .git included. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => statSync(file).isFile());
}

/** Every object of the repository, uncompressed: commits with their messages, trees, blobs. */
function allObjects(repository: string): Buffer {
  return execFileSync('git', ['cat-file', '--batch-all-objects', '--batch'], { cwd: repository, env: { ...process.env, ...GIT_ENV }, maxBuffer: 2 ** 28 });
}
