// grow completion bash|zsh|fish prints a completion script built from the declared commands,
// so it never falls behind them. At each Tab the script runs grow __ids LIST (commands/ids.ts)
// for the ids in the journal.
import type { CommandUnknownOpts as Command, Option } from '@commander-js/extra-typings';
import type { Context } from '../context';
import { STAGE_SUGGESTIONS } from '../domain/plan';
import { CADENCES, IMPORT_SOURCES, type CompletionShell } from '../domain/vocabulary';
import { HELP_TOPICS } from '../messages/help';
import type { CompletionSpec, CommandSpec, ValueSource } from '../render/completion';
import { renderFishCompletion } from '../render/completion-fish';
import { renderBashCompletion, renderZshCompletion } from '../render/completion-posix';
import { EXPORTERS } from '../render/exports';

const RENDERERS: Record<CompletionShell, (spec: CompletionSpec) => string> = { bash: renderBashCompletion, zsh: renderZshCompletion, fish: renderFishCompletion };

const people: ValueSource = { ids: 'people' };

/** Option values that commander cannot tell: by "path|--flag" ("|--flag" for a global option). */
const OPTION_VALUES: Record<string, ValueSource> = {
  '|--journal': 'files',
  '|--person': people,
  'action add|--goal': { ids: 'goals' },
  'action add|--owner': people,
  'action add|--every': { words: CADENCES },
  'action edit|--goal': { ids: 'goals' },
  'action edit|--owner': people,
  'action edit|--every': { words: CADENCES },
  'goal edit|--stage': { words: STAGE_SUGGESTIONS },
  'goal add|--stage': { words: STAGE_SUGGESTIONS },
  'export|--format': { words: EXPORTERS.map((e) => e.format) },
  'export|--out': 'files',
  'import|--from': { words: IMPORT_SOURCES },
};

/** What each argument of a command is, in order, where commander cannot tell. */
const ARGUMENTS: Record<string, ValueSource[]> = {
  'goal stage': [{ ids: 'goals' }, { words: STAGE_SUGGESTIONS }],
  'action done': [{ ids: 'items' }],
  'action drop': [{ ids: 'items' }],
  'action edit': [{ ids: 'all-items' }],
  'action rm': [{ ids: 'all-items' }],
  'goal edit': [{ ids: 'goals' }],
  'goal rm': [{ ids: 'goals' }],
  'note edit': [{ ids: 'notes' }],
  'note rm': [{ ids: 'notes' }],
  'people rename': [{ ids: 'others' }],
  'people rm': [{ ids: 'others' }],
  checkin: [{ ids: 'items' }],
  'sessions show': [{ ids: 'sessions' }],
  import: ['files'],
};

/** Commands whose last argument may be given again and again, each time as the same kind. */
const REPEATED = new Set(['note rm']);

export function completionScript(ctx: Pick<Context, 'out'>, program: Command, shell: CompletionShell): void {
  ctx.out.data(RENDERERS[shell](completionSpec(program)));
}

function completionSpec(program: Command): CompletionSpec {
  const help = program.createHelp();
  const commands: CommandSpec[] = [];
  const walk = (command: Command, path: string) => {
    // --help works everywhere and is offered with the global options; --version only after grow.
    const options = help.visibleOptions(command).filter((o) => o.long !== '--help' && (command !== program || o.long === '--version'));
    commands.push({
      path,
      subcommands: visible(command).map((c) => ({ name: c.name(), description: c.description() })),
      options: options.map((o) => optionSpec(o, path)),
      arguments: argumentsOf(command, path, program),
      variadic: REPEATED.has(path),
    });
    for (const sub of visible(command)) walk(sub, path === '' ? sub.name() : `${path} ${sub.name()}`);
  };
  walk(program, '');
  const globalOptions = help.visibleOptions(program).filter((o) => o.long !== '--version');
  return { globalOptions: globalOptions.map((o) => optionSpec(o, '')), commands };
}

function argumentsOf(command: Command, path: string, program: Command): ValueSource[] {
  if (path === 'help') return [{ words: [...HELP_TOPICS, ...visible(program).map((c) => c.name())] }];
  return ARGUMENTS[path] ?? command.registeredArguments.map((a) => (a.argChoices ? { words: a.argChoices } : 'text'));
}

function visible(command: Command): Command[] {
  return command.createHelp().visibleCommands(command);
}

function optionSpec(option: Option, path: string) {
  const flag = option.long ?? option.short!;
  const takesValue = option.required || option.optional;
  const value = takesValue ? (OPTION_VALUES[`${path}|${flag}`] ?? (option.argChoices ? { words: option.argChoices } : 'text')) : undefined;
  return { flag, description: option.description, value };
}
