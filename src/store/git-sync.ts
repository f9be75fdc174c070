// grow sync: the journal's repository brought level with its remote, in git's own steps:
// fetch, commit the journal, merge what came (git runs grow's merge driver on the journal),
// push. It holds the journal's lock throughout, so no grow writes the journal while git
// replaces it. When any step fails, what the earlier steps did is taken back: the branch,
// the index and the journal are as they were (only the remote-tracking branch has moved,
// which changes nothing of the person's own work).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { emptyJournal } from '../domain/journal';
import type { Journal } from '../domain/schema';
import type { SetupWritten, SyncOutcome } from '../domain/sync';
import { GrowError } from '../errors';
import { messages } from '../messages';
import { makeJournalPrivate } from './private-file';
import { lastWords, type Git } from './git';
import { findJournalRepo, setUpGit, type JournalRepo } from './git-setup';
import { openJournalCopy } from './journal-copy';
import type { JournalStore } from './journal-store';
import { readBytes, readJournalFile } from './read';

const m = messages.sync;
/** Pushes raced by another machine's push are tried again this many times in all. */
const TRIES = 3;

export interface SyncRequest {
  store: JournalStore;
  env: NodeJS.ProcessEnv;
  /** A person at a terminal, whom ssh or a credential helper may ask. */
  interactive: boolean;
  /** The command git runs as the merge driver. */
  driver: string;
  /** The commit message for the journal as it was committed last, and as it is now. */
  commitMessage: (before: Journal, after: Journal) => string;
  /** Told what grow's git setup wrote, as soon as it wrote it (a later failure does not take it back). */
  onSetup: (repo: string, written: SetupWritten) => void;
}

interface Upstream {
  remote: string;
  branch: string;
  /** The remote-tracking ref: refs/remotes/origin/main. */
  tracking: string;
  /** Whether the branch has it as its upstream already. */
  set: boolean;
}

export async function syncJournal(request: SyncRequest): Promise<SyncOutcome> {
  const { store, env, interactive } = request;
  const gitEnv: NodeJS.ProcessEnv = { ...env, GIT_MERGE_AUTOEDIT: 'no', ...(interactive ? {} : { GIT_TERMINAL_PROMPT: '0' }) };
  const repo = await findJournalRepo(store.path, gitEnv);
  await refuseUnfinished(repo);
  const upstream = await upstreamOf(repo.git, repo.top);

  // The write path (and the schema library) is loaded only once there is something to do.
  const { underLock } = await import('./transaction');
  // git writes the journal while the lock is held: a stopped grow sync's lock is not taken over (lock.ts).
  return underLock(store.path, store.keyring, true, async () => {
    const outcome: SyncOutcome = { repo: repo.top, upstream: `${upstream.remote}/${upstream.branch}`, pushed: false };
    await fetch(repo.git, upstream);
    request.onSetup(repo.top, await setUpGit(repo, request.driver));
    const start = await revision(repo.git, 'HEAD');
    const paths = [repo.journal, '.gitattributes', '.gitignore'].filter((path) => existsSync(join(repo.top, path)));
    let committed: string | undefined;
    try {
      outcome.committed = await commitJournal(repo, start, paths, request);
      committed = outcome.committed === undefined ? undefined : await revision(repo.git, 'HEAD');
      for (let attempt = 1; ; attempt++) {
        const before = await journalNow(store);
        if (await mergeRemote(repo, upstream, store)) outcome.merged = { before, after: await mergedJournal(repo, store, outcome.upstream) };
        const pushed = await push(repo.git, upstream);
        if (pushed !== 'raced') {
          outcome.pushed = pushed === 'pushed';
          return outcome;
        }
        if (attempt === TRIES) throw new GrowError(m.keptRacing(upstream.remote), undefined, m.nothingChanged);
        await fetch(repo.git, upstream);
      }
    } catch (error) {
      await takeBack(repo.git, start, committed, paths);
      throw error;
    } finally {
      // git writes files as the umask says, readable by others; grow keeps the journal private.
      makeJournalPrivate(store.path);
    }
  }, { othersWrite: 'grow sync' });
}

/** A merge or rebase left half done is the person's to finish: grow starts none on top of it. */
async function refuseUnfinished(repo: JournalRepo): Promise<void> {
  const unfinished = await Promise.all(['MERGE_HEAD', 'REBASE_HEAD', 'CHERRY_PICK_HEAD'].map((ref) => repo.git.succeeds(['rev-parse', '-q', '--verify', ref])));
  if (unfinished.some(Boolean)) throw new GrowError(m.unfinished(repo.top), undefined, m.unfinishedHint);
}

/** The branch's upstream; else the same branch on the one remote there is (or on origin). */
async function upstreamOf(git: Git, top: string): Promise<Upstream> {
  const branch = (await git.run(['symbolic-ref', '-q', '--short', 'HEAD'])).stdout.toString('utf8').trim();
  if (branch === '') throw new GrowError(m.detached(top), undefined, m.detachedHint);
  const remote = (await git.run(['config', '--get', `branch.${branch}.remote`])).stdout.toString('utf8').trim();
  const merge = (await git.run(['config', '--get', `branch.${branch}.merge`])).stdout.toString('utf8').trim();
  if (remote !== '' && remote !== '.' && merge.startsWith('refs/heads/')) {
    const remoteBranch = merge.slice('refs/heads/'.length);
    return { remote, branch: remoteBranch, tracking: `refs/remotes/${remote}/${remoteBranch}`, set: true };
  }
  const remotes = (await git.text(['remote'])).split('\n').filter(Boolean);
  if (remotes.length === 0) throw new GrowError(m.noRemote(top), undefined, m.noRemoteHint(top));
  const chosen = remotes.length === 1 ? remotes[0]! : remotes.includes('origin') ? 'origin' : undefined;
  if (chosen === undefined) throw new GrowError(m.whichRemote(remotes), undefined, m.whichRemoteHint(branch));
  return { remote: chosen, branch, tracking: `refs/remotes/${chosen}/${branch}`, set: false };
}

async function fetch(git: Git, upstream: Upstream): Promise<void> {
  const result = await git.run(['fetch', '--quiet', upstream.remote]);
  if (result.code !== 0) throw new GrowError(m.unreachable(upstream.remote, lastWords(result.stderr)), undefined, m.nothingChanged);
}

/** Commits the journal (and grow's lines in .gitattributes and .gitignore) when they changed: the message, or undefined. */
async function commitJournal(repo: JournalRepo, start: string | undefined, paths: string[], request: SyncRequest): Promise<string | undefined> {
  const { git } = repo;
  if (paths.length === 0 || (await git.text(['status', '--porcelain', '--', ...paths])) === '') return undefined;
  const message = request.commitMessage(await committedJournal(repo, request.store), await journalNow(request.store));
  await git.text(['add', '--', ...paths]);
  const commit = await git.run(['commit', '--quiet', '-m', message, '--', ...paths]);
  if (commit.code === 0) return message;
  await unstage(git, start, paths);
  throw new GrowError(m.cannotCommit(lastWords(commit.stderr)), undefined, m.nothingChanged);
}

/** Merges the remote branch when it holds anything this one lacks: whether it did. */
async function mergeRemote(repo: JournalRepo, upstream: Upstream, store: JournalStore): Promise<boolean> {
  const { git } = repo;
  const theirs = await revision(git, upstream.tracking);
  if (theirs === undefined) return false;
  const ours = await revision(git, 'HEAD');
  if (ours !== undefined && (await git.succeeds(['merge-base', '--is-ancestor', theirs, ours]))) return false;
  // The driver git starts opens an encrypted journal with the passphrase this grow was given.
  const passphrase = store.keyring.knownPassphrase;
  const result = await git.run(['merge', '--quiet', '--ff', '--no-edit', '--allow-unrelated-histories', '-m', m.mergeMessage(`${upstream.remote}/${upstream.branch}`), theirs], passphrase ? { GROW_PASSPHRASE: passphrase } : {});
  if (result.code === 0) return true;
  if (await git.succeeds(['rev-parse', '-q', '--verify', 'MERGE_HEAD'])) await git.run(['merge', '--abort']);
  const said = `${result.stdout.toString('utf8')}\n${result.stderr}`.split('\n').map((line) => line.trim());
  // The driver says why it could not merge the journal (beside what it settled, when it could);
  // git says which other files conflict, or what stopped it.
  const from = `${upstream.remote}/${upstream.branch}`;
  const fromDriver = said.filter((line) => line.startsWith(`grow: ${m.driverFailed(repo.journal, '')}`));
  if (fromDriver.length > 0) throw new GrowError(m.cannotMerge(from, fromDriver), undefined, m.nothingChanged);
  const reasons = said.filter((line) => /^(CONFLICT|error:|fatal:)/.test(line));
  throw new GrowError(m.cannotMerge(from, reasons.length > 0 ? reasons : [lastWords(result.stderr)]), undefined, `${m.nothingChanged}\n${m.mergeByHand(repo.journal)}`);
}

/** Pushes the branch when the remote lacks something of it: 'raced' when another push came first. */
async function push(git: Git, upstream: Upstream): Promise<'pushed' | 'nothing' | 'raced'> {
  const [ours, theirs] = await Promise.all([revision(git, 'HEAD'), revision(git, upstream.tracking)]);
  if (ours === undefined || ours === theirs) return 'nothing';
  const result = await git.run(['push', '--porcelain', ...(upstream.set ? [] : ['--set-upstream']), upstream.remote, `HEAD:refs/heads/${upstream.branch}`]);
  if (result.code === 0) return 'pushed';
  // Another push came first: seen before sending ("[rejected] (fetch first)"), or by the remote as it updated the branch.
  const refused = /^!\t[^\t]*\t\[(.*)\](?: \((.*)\))?$/m.exec(result.stdout.toString('utf8'));
  if (refused?.[1] === 'rejected' || (refused && /cannot lock ref .* but expected/.test(result.stderr))) return 'raced';
  const remoteSaid = result.stderr.split('\n').filter((line) => line.startsWith('remote: ')).map((line) => line.trim());
  const why = refused ? [refused.slice(1, 3).filter(Boolean).join(': '), ...remoteSaid].join('; ') : lastWords(result.stderr);
  throw new GrowError(m.cannotPush(upstream.remote, why), undefined, m.nothingChanged);
}

/**
 * Back to where the branch was (`start`; undefined when it had no commit yet), with the index
 * as it was. `committed`: the commit of the journal, which holds the journal as it was before
 * anything came from the remote: the working tree goes back to it first.
 */
async function takeBack(git: Git, start: string | undefined, committed: string | undefined, paths: string[]): Promise<void> {
  const mine = committed ?? start;
  if (mine !== undefined && (await revision(git, 'HEAD')) !== mine) await git.run(['reset', '--quiet', '--keep', mine]);
  if (committed === undefined) return;
  if (start === undefined) await git.run(['update-ref', '-d', 'HEAD']);
  else await git.run(['reset', '--quiet', '--soft', start]);
  await unstage(git, start, paths);
}

/** The index entries of `paths` as they are at `start` (none, on a branch with no commit yet). */
async function unstage(git: Git, start: string | undefined, paths: string[]): Promise<void> {
  if (start === undefined) await git.run(['rm', '--quiet', '--cached', '-r', '--ignore-unmatch', '--', ...paths]);
  else await git.run(['reset', '--quiet', start, '--', ...paths]);
}

async function revision(git: Git, ref: string): Promise<string | undefined> {
  const result = await git.run(['rev-parse', '-q', '--verify', `${ref}^{commit}`]);
  return result.code === 0 ? result.stdout.toString('utf8').trim() : undefined;
}

/** The journal as the last commit holds it; an empty one when it holds none. */
async function committedJournal(repo: JournalRepo, store: JournalStore): Promise<Journal> {
  const blob = await repo.git.run(['cat-file', 'blob', `HEAD:${repo.journal}`]);
  if (blob.code !== 0) return emptyJournal();
  return (await openJournalCopy(`${repo.journal} (${m.sides.committed})`, blob.stdout, store.keyring)).journal;
}

/**
 * The journal as the merge left it. The driver checked what it wrote, but a fast-forward
 * takes the other machine's journal as it is: one that cannot be read here (written by a newer
 * grow, say) cannot be merged, and the sync is taken back.
 */
async function mergedJournal(repo: JournalRepo, store: JournalStore, from: string): Promise<Journal> {
  const file = readBytes(store.path);
  if (file === null) return emptyJournal();
  try {
    return (await openJournalCopy(`${repo.journal} (${from})`, file.bytes, store.keyring)).journal;
  } catch (error) {
    if (!(error instanceof GrowError)) throw error;
    throw new GrowError(m.cannotMerge(from, [error.message]), undefined, m.nothingChanged);
  }
}

async function journalNow(store: JournalStore): Promise<Journal> {
  return (await readJournalFile(store.path, store.keyring))?.journal ?? emptyJournal();
}
