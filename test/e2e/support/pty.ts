// Runs the built bin/grow.js in a real pseudo-terminal and types into it the way a
// person does. waitFor() reads the screen with colours and cursor moves stripped.
import { spawn, type IPty } from 'node-pty';
import { GROW_BIN, growEnv, type RunOptions } from './grow';

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]/g;

export const KEY = { enter: '\r', tab: '\t', up: '\x1b[A', down: '\x1b[B', ctrlC: '\x03', backspace: '\x7f', ctrlU: '\x15' } as const;

export interface PtySession {
  /** Everything printed so far, raw (with escape codes). */
  raw(): string;
  /** Everything printed so far, as plain text. */
  text(): string;
  /** Waits until the plain text printed after the last wait contains `expected`. */
  waitFor(expected: string | RegExp, timeoutMs?: number): Promise<void>;
  write(data: string): void;
  /** Types an answer and presses Enter. */
  answer(text: string): void;
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
  let seen = 0;
  pty.onData((data) => (output += data));
  const exited = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
  let done = false;
  void exited.then(() => (done = true));

  const plain = (from = 0) => output.slice(from).replace(ANSI, '').replace(/\r/g, '');
  const unfolded = (text: string) => text.replace(/\s+/g, ' ');

  return {
    raw: () => output,
    text: () => plain(),
    async waitFor(expected, timeoutMs = 10_000) {
      const started = Date.now();
      for (;;) {
        const fresh = plain(seen);
        // A long question is folded to fit the terminal: a string is found across the fold too.
        const found = typeof expected === 'string' ? fresh.includes(expected) || unfolded(fresh).includes(unfolded(expected)) : fresh.search(expected) >= 0;
        if (found) {
          seen = output.length;
          return;
        }
        if (done || Date.now() - started > timeoutMs) {
          throw new Error(`Waited for ${String(expected)}${done ? ' but grow exited' : ''}; the screen shows:\n${plain(seen).slice(-2000)}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    write: (data) => pty.write(data),
    answer: (text) => pty.write(`${text}\r`),
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
  session.write(`${keys}${KEY.enter}`);
}
