// Every command's help, as `grow COMMAND --help` prints it: rendered from the declarations
// when grow is built (scripts/build.ts) into dist/help.json, so that a line asking only for
// help is answered without loading commander (see main.ts).
import type { CommandUnknownOpts } from '@commander-js/extra-typings';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitLines } from '../render/wrap';
import { stdoutIsTerminal } from '../terminal/write-out';

/** Help is folded at 80 columns, as grow's own text is; narrower only in a narrower terminal. */
export const HELP_WIDTH = 80;

export function helpWidth(stream: NodeJS.WriteStream): number {
  return Math.min(stream.isTTY && stream.columns ? stream.columns : HELP_WIDTH, HELP_WIDTH);
}

/** Whether help folded at 80 columns fits standard output: a pipe or a file, or a terminal at least that wide. */
export function storedHelpFits(): boolean {
  return !stdoutIsTerminal() || helpWidth(process.stdout) === HELP_WIDTH;
}

/** Help as a terminal shows it: the examples and notes after the options folded too, in a terminal narrower than them. */
export function shownHelp(text: string): string {
  return stdoutIsTerminal() ? fitLines(text, process.stdout.columns || Infinity) : text;
}

/** Keyed by the command's words after grow: '' for grow itself, 'action add'. */
export function helpTexts(program: CommandUnknownOpts): Record<string, string> {
  const texts: Record<string, string> = {};
  const walk = (command: CommandUnknownOpts, words: string[]) => {
    let text = '';
    command.configureOutput({ writeOut: (chunk) => (text += chunk), getOutHelpWidth: () => HELP_WIDTH });
    command.outputHelp();
    texts[words.join(' ')] = text;
    for (const sub of command.commands) walk(sub, [...words, sub.name()]);
  };
  walk(program, []);
  return texts;
}

/** The help of the command these words name, from help.json in `dist`; undefined when there is none. */
export function storedHelp(dist: string, words: string): string | undefined {
  const texts = JSON.parse(readFileSync(join(dist, 'help.json'), 'utf8')) as Record<string, string>;
  return Object.hasOwn(texts, words) ? texts[words] : undefined;
}
