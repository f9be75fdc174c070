// grow completion SHELL, and the hidden grow __ids LIST its scripts run at each Tab.
import { Argument, type Command } from 'commander';
import { COMPLETION_SHELLS, ID_LISTS, type CompletionShell, type IdList } from '../domain/vocabulary';
import { cli } from '../messages/cli';
import { contextFor, examples } from './shared';

const m = cli.completion;

export function declareCompletion(program: Command): void {
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
    .action(async (shell: CompletionShell, _options, command: Command) => {
      const [{ completionScript }, ctx] = await Promise.all([import('../commands/completion'), contextFor(command)]);
      completionScript(ctx, program, shell);
    });

  program
    .command('__ids', { hidden: true })
    .description(m.idsDescription)
    .addArgument(new Argument('<list>').choices(ID_LISTS))
    .action(async (list: IdList, _options, command: Command) => {
      const [{ printIds }, ctx] = await Promise.all([import('../commands/ids'), contextFor(command)]);
      await printIds(ctx, list);
    });
}
