// grow completion SHELL, and the hidden grow __ids LIST its scripts run at each Tab.
import { Argument } from '@commander-js/extra-typings';
import { COMPLETION_SHELLS, ID_LISTS } from '../domain/vocabulary';
import { cli } from '../messages/cli';
import type { Program } from './program';
import { examples, runs } from './shared';

const m = cli.completion;

export function declareCompletion(program: Program): void {
  program
    .command('completion')
    .description(m.description)
    .addArgument(new Argument('<shell>', m.shellArgument).choices(COMPLETION_SHELLS))
    .addHelpText(
      'after',
      examples(
        'grow completion bash > ~/.local/share/bash-completion/completions/grow',
        'grow completion zsh > "${fpath[1]}/_grow"',
        'grow completion fish > ~/.config/fish/completions/grow.fish',
        'source <(grow completion bash)   # in ~/.bashrc, for this shell only',
      ),
    )
    .action(runs(() => import('../commands/completion'), ({ completionScript }, ctx, shell) => completionScript(ctx, program, shell)));

  program
    .command('__ids', { hidden: true })
    .description(m.idsDescription)
    .addArgument(new Argument('<list>').choices(ID_LISTS))
    .action(runs(() => import('../commands/ids'), ({ printIds }, ctx, list) => printIds(ctx, list)));
}
