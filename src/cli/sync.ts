// One journal on several machines: kept in git (grow git setup, grow sync, and the merge
// driver git runs), or in a sync folder, whose conflicted copies grow merge folds in.
import type { Program } from './program';
import { examples, runs } from './shared';

export function declareSync(program: Program): void {
  const git = program
    .command('git')
    .description('keep the journal in git: grow git setup')
    .helpCommand(false)
    .addHelpText('after', examples('grow git setup', 'grow git setup --journal ~/notes/journal.json'))
    // Alone, it shows its help: its one command is what to run.
    .action((_options, command) => command.help());

  git
    .command('setup')
    .description('make git merge the journal record by record, in the repository that holds it, and keep grow\'s own files out of it')
    .addHelpText('after', examples('cd ~/.local/share/grow && git init && grow git setup', 'grow git setup --journal ~/notes/journal.json'))
    .action(runs(() => import('../commands/git-setup'), ({ gitSetup }, ctx) => gitSetup(ctx)));

  program
    .command('sync')
    .description('commit the journal, merge what other machines pushed, and push: one journal kept in git on several machines')
    .addHelpText(
      'after',
      examples('grow sync', 'GROW_PASSPHRASE="$(pass show grow)" grow sync   # an encrypted journal, from a script') +
        '\nThe journal\'s folder must be in a git repository with a remote (see grow git setup). grow sync runs only when\nasked; when it cannot finish (no remote, no network, a merge it cannot make) it says why and changes nothing.\n',
    )
    .action(runs(() => import('../commands/sync'), ({ sync }, ctx) => sync(ctx)));

  program
    .command('merge')
    .description('fold another copy of the journal into it, record by record: a sync folder\'s conflicted copy, which is then moved to the backups folder')
    .argument('<file>', 'the other copy')
    .addHelpText('after', examples('grow merge "journal (Alex\'s conflicted copy 2026-12-01).json"', 'grow merge ~/Dropbox/grow/journal.sync-conflict-20261201-093000-ABCDEFG.json'))
    .action(runs(() => import('../commands/merge'), ({ merge }, ctx, file) => merge(ctx, file)));

  program
    .command('merge-driver')
    .description('the merge driver git runs for the journal (grow git setup names it): merges three versions record by record')
    .argument('<files...>', 'what git gives: the common ancestor (%O), this side, where the result is written (%A), the other side (%B), and the journal\'s path in the repository (%P, optional)')
    .addHelpText('after', examples('git config merge.grow.driver "grow merge-driver %O %A %B %P"   # what grow git setup writes', 'grow merge-driver base.json ours.json theirs.json   # by hand: the merge replaces ours.json'))
    .action(runs(() => import('../commands/merge-driver'), ({ mergeDriver }, ctx, files) => mergeDriver(ctx, files)));
}
