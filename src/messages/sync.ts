// Messages about keeping a journal on several machines: git (grow git setup, grow sync, the
// merge driver) and sync folders' conflicted copies (grow merge).
import { plural, shellQuoted as q } from './words';

export const sync = {
  // git itself
  noGit: 'git is not installed (or not on the PATH); grow keeps a journal on several machines with git.',
  gitFailed: (args: readonly string[], said: string) => `git ${args[0]} failed${said ? `: ${said}` : ''}.`,
  notRepo: (folder: string) => `The journal's folder ${folder} is not in a git repository.`,
  notRepoHint: (folder: string) => `To keep the journal in git: git -C ${q(folder)} init && grow git setup (the README shows the whole recipe).`,
  driverName: 'grow: merge journals record by record',

  // grow git setup
  setUp: (repo: string) => `Set up git in ${repo} to merge the journal record by record:`,
  wroteAttributes: (line: string) => `  .gitattributes: ${line}`,
  wroteIgnore: (lines: string[]) => `  .gitignore (grow's lock, backups and change log stay out of the repository): ${lines.join('  ')}`,
  wroteDriver: (command: string) => `  git config merge.grow.driver: ${command}`,
  commitThem: 'Commit .gitattributes and .gitignore (grow sync does), and run grow git setup in every clone (grow sync does that too).',
  alreadySetUp: (repo: string) => `git in ${repo} already merges the journal record by record: nothing to write.`,

  // grow sync
  unfinished: (repo: string) => `A git merge, rebase or cherry-pick is unfinished in ${repo}; grow sync starts nothing on top of it.`,
  unfinishedHint: 'Finish it (git status says how), or abort it (for a merge: git merge --abort), then run grow sync again.',
  detached: (repo: string) => `${repo} is not on a branch (a detached HEAD), so grow sync has nothing to push.`,
  detachedHint: 'Switch to the journal\'s branch first, for example: git switch main',
  noRemote: (repo: string) => `The repository ${repo} has no remote to sync with; nothing was changed.`,
  noRemoteHint: (repo: string) => `Add the repository your other machines use: git -C ${q(repo)} remote add origin URL`,
  whichRemote: (remotes: string[]) => `The repository has several remotes (${remotes.join(', ')}) and the branch follows none of them; nothing was changed.`,
  whichRemoteHint: (branch: string) => `Choose one: git branch --set-upstream-to REMOTE/${branch}`,
  unreachable: (remote: string, said: string) => `Could not reach ${remote}${said ? ` (${said})` : ''}.`,
  nothingChanged: 'Nothing was changed: the journal and the branch are as they were.',
  mergeByHand: (journal: string) => `Other files than the journal stand in the way: commit the journal (git commit -m Journal ${q(journal)}), merge by hand (git pull: the journal merges by itself), then run grow sync again.`,
  cannotCommit: (said: string) => `git could not commit the journal${said ? `: ${said}` : ''}.`,
  cannotMerge: (from: string, reasons: string[]) => `${from} cannot be merged here:\n${reasons.map((line) => `  ${line}`).join('\n')}`,
  cannotPush: (remote: string, said: string) => `Could not push to ${remote}${said ? ` (${said})` : ''}.`,
  keptRacing: (remote: string) => `Another machine kept pushing to ${remote} while grow merged; run grow sync again.`,
  mergeMessage: (from: string) => `Journal: merge ${from}`,
  commitSubject: (parts: string[]) => (parts.length > 0 ? `Journal: ${parts.join(', ')}` : 'Journal: updated'),
  commitPart: (count: string, kind: 'added' | 'changed' | 'removed', ids: string[]) => `${count} ${kind}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`,
  committed: (subject: string) => `Committed: ${subject}`,
  nothingToCommit: 'Nothing new to commit.',
  broughtIn: (from: string, parts: string[]) => `From ${from}: ${parts.length > 0 ? parts.join(', ') : 'nothing new in the journal'}`,
  renumbered: (pairs: string[], n: number) => `renumbered ${pairs.join(', ')}${n > pairs.length ? ` and ${n - pairs.length} more` : ''} (both machines had made the same id)`,
  upToDate: (from: string) => `Nothing new from ${from}.`,
  settled: (n: number) => `  Changed on both machines, so the later change was kept and the other is in the record's history (${plural(n, 'field')}):`,
  pushed: (to: string) => `Pushed to ${to}.`,
  nothingToPush: (to: string) => `${to} already has everything.`,

  // the merge driver
  driverUsage: (given: number) => `grow merge-driver takes the files git names %O %A %B, and %P (3 or 4 words), not ${given}; grow git setup writes the command.`,
  sides: { ours: 'this side', theirs: 'the other side', committed: 'last commit' },
  driverFailed: (name: string, reason: string) => `cannot merge ${name}: ${reason}`,
  driverKept: (name: string) => `${name} is left as this side had it, and git reports a conflict; the other side's version is still in git.`,
  driverNeedsPassphrase: (name: string) => `${name} is encrypted: set GROW_PASSPHRASE for git merge, or use grow sync, which asks for it.`,
  driverBaseUnread: (name: string) => `grow: the common version of ${name} could not be read, so the two sides were merged without it.`,
  driverSettled: (name: string, record: string, field: string, kept: string, other: string) => `grow: ${name}: ${record} ${field} changed on both sides: kept ${kept}, not ${other}`,

  // sync folders
  noCopy: (path: string) => `There is no file ${path}.`,
  sameFile: (path: string) => `${path} is the journal itself; grow merge folds another copy of it into it.`,
  copyEncrypted: (path: string) => `${path} is encrypted and the journal is not; grow will not put what it holds in plain text.`,
  copyEncryptedHint: (path: string) => `Encrypt the journal first (grow encrypt), then: grow merge ${q(path)}`,
  merged: (path: string) => `Merged ${path} into the journal:`,
  movedCopy: (to: string) => `The copy is kept in the backups folder: ${to}`,
};
