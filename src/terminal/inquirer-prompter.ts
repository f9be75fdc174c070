// The Prompter for a real terminal, on @inquirer/prompts. Ctrl+C becomes a CancelledError
// (exit 130), so a flow can keep its draft before grow exits.
import { styleText } from 'node:util';
import { confirm, input, password, select } from '@inquirer/prompts';
import { CancelledError } from '../errors';
import type { Prompter, Validate } from '../flows/prompter';
import { messages } from '../messages';
import { fitLines, TEXT_WIDTH, wrap, wrapAfter } from '../render/wrap';
import { editInEditor } from './editor';

/** A default is offered in grow's words, dim as inquirer shows it. */
const defaultTheme = { style: { defaultAnswer: (text: string) => styleText('dim', messages.common.enterFor(text)) } };
/** Text too long to edit in the line is shown folded above the question, with what Enter and Tab do. */
const keepTheme = { style: { defaultAnswer: () => '' } };

export interface PrompterOptions {
  /** Whether what is written in the editor must stay off the disk (the journal is encrypted). */
  memoryOnly?: () => boolean;
}

export function createInquirerPrompter(env: NodeJS.ProcessEnv, output: NodeJS.WriteStream = process.stdout, options: PrompterOptions = {}): Prompter {
  // Inquirer breaks a long question, and the answer after it, at the terminal's edge, mid-word.
  // Folded first, they break between words, each line after the first under the question; the
  // question leaves room on its last line for the answer to begin.
  const width = () => Math.min(output.columns || TEXT_WIDTH, 100);
  const ANSWER_ROOM = 12;
  const fold = (message: string) => wrap(message, '  ', '', width() - ANSWER_ROOM);
  /** Why an answer was refused, folded under the "> " inquirer puts before it. */
  const folded = (validate: Validate | undefined): Validate | undefined =>
    validate && (async (value) => {
      const verdict = await validate(value);
      return verdict === true ? true : wrap(verdict, '  ', '', width() - 2);
    });
  /** The answer as the answered line shows it: after "✔ ", the question's last line and a space. */
  const foldAnswer = (message: string) => (answer: string, { isFinal }: { isFinal: boolean }) =>
    isFinal ? styleText('cyan', wrapAfter(2 + message.split('\n').pop()!.length + 1, answer, '  ', width())) : answer;
  return {
    text: (q) => {
      const message = fold(q.message);
      // Text to edit is put in the line, when it fits there: the terminal would break a longer
      // one mid-word. That is shown folded instead, kept on Enter, and put in the line by Tab.
      const fits = q.initial === undefined || 2 + message.split('\n').pop()!.length + 1 + q.initial.length < width();
      if (!fits) output.write(`${wrap(q.initial!, '    ', '    ', width())}\n${styleText('dim', wrap(messages.common.enterKeepsTabEdits, '', '', width()))}\n`);
      return ask(() =>
        input({
          message,
          transformer: foldAnswer(message),
          // A default is named after the question and given on Enter.
          ...(q.initial === undefined
            ? { default: q.default, prefill: 'tab' as const, theme: defaultTheme }
            : fits
              ? { default: q.initial, prefill: 'editable' as const }
              : { default: q.initial, prefill: 'tab' as const, theme: keepTheme }),
          // Never Inquirer's own `required`: its "You must provide a value" is not grow's voice.
          validate: folded(requiring(q.required, q.validate)),
        }),
      ).then((answer) => answer.trim());
    },
    secret: (q) => ask(() => password({ message: fold(q.message), mask: true, validate: folded(q.validate) })),
    confirm: (q) => ask(() => confirm({ message: fold(q.message), default: q.default })),
    choose: (q) =>
      ask(() =>
        select({
          message: fold(q.message),
          // A choice's description is shown under the menu: folded, as everything grow says.
          choices: q.choices.map((c) => ({ ...c, ...(c.description !== undefined && { description: wrap(c.description, '', '', width()) }) })),
          default: q.default,
        }),
      ),
    editor: async (q) => {
      output.write(`${q.message}\n`);
      return editInEditor(q.initial ?? '', env, { memoryOnly: options.memoryOnly?.() ?? false });
    },
    // What grow says is folded to fit already; a line still wider than the terminal is folded
    // at spaces rather than broken mid-word at its edge.
    say: (text) => {
      output.write(`${fitLines(text, output.columns || Infinity)}\n`);
    },
    pause: (seconds) => countdown(seconds, output),
  };
}

/** A blank answer (spaces count as blank: answers are trimmed) is refused with grow's words. */
function requiring(required: string | undefined, validate: Validate | undefined): Validate | undefined {
  if (required === undefined) return validate;
  return (value) => (value.trim() === '' ? required : validate ? validate(value) : true);
}

async function ask<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new CancelledError();
    throw error;
  }
}

/**
 * Counts down on one line. Any key ends the quiet early and is swallowed, so nothing typed in
 * the silence lands in the next answer; Ctrl+C cancels as it does at a question.
 */
function countdown(seconds: number, output: NodeJS.WriteStream, input: NodeJS.ReadStream = process.stdin): Promise<void> {
  return new Promise((resolve, reject) => {
    let left = Math.max(0, Math.round(seconds));
    const show = () => output.write(`\r\x1b[2K  ${messages.session.quiet(left)}`);
    const raw = input.isTTY === true;
    const finish = (error?: Error) => {
      clearInterval(timer);
      process.off('SIGINT', onInterrupt);
      input.off('data', onKeys);
      if (raw) {
        input.setRawMode(false);
        input.pause();
      }
      output.write('\r\x1b[2K');
      if (error) reject(error);
      else resolve();
    };
    const onInterrupt = () => finish(new CancelledError());
    const onKeys = (keys: Buffer) => (keys.includes(0x03) ? onInterrupt() : finish());
    process.on('SIGINT', onInterrupt);
    if (raw) {
      input.setRawMode(true);
      input.on('data', onKeys);
      input.resume();
    }
    show();
    const timer = setInterval(() => {
      left -= 1;
      if (left <= 0) finish();
      else show();
    }, 1000);
  });
}
