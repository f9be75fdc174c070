// Runs the built bin/grow.js in a real pseudo-terminal and types into it the way a
// person does. A wait reads the screen with colours and cursor moves stripped.
//
// On a busy machine grow may take seconds between an answer and its next question, and the
// question being answered is drawn again at every key typed. So every wait looks only at
// text printed after the last thing waited for, and after an answer (Enter at a question),
// only past the end of that question: text already on the screen never counts as new.
import { spawn, type IPty } from 'node-pty';
import { GROW_BIN, growEnv, type RunOptions } from './grow';

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]/y;
/** Inquirer shows the cursor again when a question is over, answered or cancelled: nothing else grow prints does. */
const QUESTION_OVER = '\x1b[?25h';

export const KEY = { enter: '\r', tab: '\t', up: '\x1b[A', down: '\x1b[B', ctrlC: '\x03', backspace: '\x7f', ctrlU: '\x15' } as const;

export interface PtySession {
  /** Everything printed so far, raw (with escape codes). */
  raw(): string;
  /** Everything printed so far, as plain text. */
  text(): string;
  /**
   * Waits until text printed after the last wait contains `expected`, and after the end of
   * the question last answered, if any. A long line folded to fit the terminal still matches.
   */
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Waits for text that grow prints while the question just answered is still open: the words refusing an answer. */
  waitForRefusal(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Keys, as they are: nothing here is taken as an answer. */
  write(data: string): void;
  /** Types an answer to the question on the screen and presses Enter. */
  answer(text: string): void;
  /** Presses `keys` (arrows, say) and Enter at the question on the screen. */
  submit(keys?: string): void;
  /** Ends the program, if it is still running. */
  kill(): void;
  exited: Promise<number>;
}

export function startGrow(args: string[], options: Omit<RunOptions, 'input'> & { cols?: number }): PtySession {
  return startInTerminal(process.execPath, [GROW_BIN, ...args], growEnv(options), options.cols);
}

/** Any program in a pseudo-terminal: a shell, say, that runs grow itself. */
export function startInTerminal(file: string, args: string[], env: NodeJS.ProcessEnv, cols = 100): PtySession {
  const pty: IPty = spawn(file, args, { name: 'xterm-256color', cols, rows: 40, env: env as Record<string, string> });
  let output = '';
  /** Where in `output` the next wait starts looking. */
  let seen = 0;
  /** Where in `output` an answer was typed, until grow is seen to have taken it. */
  let answeredAt: number | undefined;
  pty.onData((data) => (output += data));
  const exited = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
  let done = false;
  void exited.then(() => (done = true));

  async function waitFrom(start: () => number | undefined, expected: string | RegExp, timeoutMs: number, waitingFor: string): Promise<void> {
    const started = Date.now();
    for (;;) {
      const from = start();
      const found = from === undefined ? undefined : find(output, from, expected);
      if (found !== undefined) {
        seen = found;
        return;
      }
      if (done || Date.now() - started > timeoutMs) {
        const shown = plainFrom(output, from ?? seen).text.slice(-2000);
        throw new Error(`Waited for ${waitingFor}${done ? ' but grow exited' : ''}; the screen shows:\n${shown}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  const afterAnswer = (): number | undefined => {
    if (answeredAt === undefined) return seen;
    const over = output.indexOf(QUESTION_OVER, answeredAt);
    if (over === -1) return undefined;
    answeredAt = undefined;
    seen = Math.max(seen, over + QUESTION_OVER.length);
    return seen;
  };

  const submit = (keys: string): void => {
    answeredAt = output.length;
    pty.write(`${keys}${KEY.enter}`);
  };

  return {
    raw: () => output,
    text: () => plainFrom(output, 0).text,
    waitFor: (expected, timeoutMs = 30_000) =>
      waitFrom(afterAnswer, expected, timeoutMs, answeredAt === undefined ? String(expected) : `${String(expected)}, after grow took the answer typed`),
    waitForRefusal: (expected, timeoutMs = 30_000) => {
      // The answer was refused: the question stays open, and the next answer is typed at it.
      answeredAt = undefined;
      return waitFrom(() => seen, expected, timeoutMs, String(expected));
    },
    write: (data) => pty.write(data),
    answer: (text) => submit(text),
    submit: (keys = '') => submit(keys),
    kill: () => {
      if (!done) pty.kill();
    },
    exited,
  };
}

/** Waits for a question, then types the answer and presses Enter. */
export async function ask(session: PtySession, question: string, answer: string): Promise<void> {
  await session.waitFor(question);
  session.answer(answer);
}

/** Waits for a menu, then presses `keys` (arrows, say) and Enter. */
export async function pick(session: PtySession, question: string, keys = ''): Promise<void> {
  await session.waitFor(question);
  session.submit(keys);
}

/** The plain text of `raw` from `from` on, and for each of its characters, the index in `raw` just after it. */
function plainFrom(raw: string, from: number): { text: string; ends: number[] } {
  let text = '';
  const ends: number[] = [];
  for (let i = from; i < raw.length; ) {
    ANSI.lastIndex = i;
    const escape = ANSI.exec(raw);
    if (escape) {
      i += escape[0].length;
      continue;
    }
    if (raw[i] !== '\r') {
      text += raw[i];
      ends.push(i + 1);
    }
    i += 1;
  }
  return { text, ends };
}

/** Where in `raw`, after `from`, the first match of `expected` ends; a string matches across a fold too. */
function find(raw: string, from: number, expected: string | RegExp): number | undefined {
  const { text, ends } = plainFrom(raw, from);
  const pattern = typeof expected === 'string' ? new RegExp(expected.split(/\s+/).map(escapeRegExp).join('\\s+')) : new RegExp(expected.source, expected.flags.replace(/[gy]/g, ''));
  const match = pattern.exec(text);
  if (!match) return undefined;
  return match[0].length === 0 ? from : ends[match.index + match[0].length - 1];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
