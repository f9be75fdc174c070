// Side effects are passed in: every command gets this context (store, clock, output,
// prompter) and hands each function the slice it uses, so tests can replace any of them.
import { clockFrom } from './clock';
import type { Clock } from './domain/clock';
import { ME } from './domain/journal';
import type { Prompter } from './flows/prompter';
import { plain, type Paint } from './render/paint';
import { fitLines } from './render/wrap';
import { JournalStore } from './store/journal-store';
import { environmentPassphrase, Keyring, noPassphrase, type PassphraseSource } from './store/keyring';
import { resolveJournalPath } from './store/paths';
import { colorLevel } from './terminal/color';
import { stdoutIsTerminal, writeErr, writeOut } from './terminal/write-out';

export interface GlobalOptions {
  journal?: string;
  person?: string;
  json?: boolean;
  color?: boolean;
  acceptPlaintext?: boolean;
}

export interface Output {
  /** What grow says: at a terminal, a line wider than it is folded at spaces, with a hanging indent. */
  write(text: string): void;
  /** Data for a program or a file (JSON, an export, a completion script): written as it is. */
  data(text: string): void;
  readonly isTTY: boolean;
  /** The terminal's width; undefined when it is not a terminal. */
  readonly columns?: number | undefined;
}

export interface Context {
  store: JournalStore;
  person: string;
  json: boolean;
  /** Both stdin and stdout are terminals: the only case in which grow asks questions. */
  interactive: boolean;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  out: Output;
  err: Output;
  /** Colours for `out`; plain when it is not a terminal or colour is off. */
  paint: Paint;
  /** Loaded on first use: only guided flows pay for the prompt library. */
  prompter(): Promise<Prompter>;
}

export async function createContext(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Promise<Context> {
  const stdoutIsTTY = stdoutIsTerminal();
  const interactive = stdoutIsTTY && Boolean(process.stdin.isTTY);
  const level = colorLevel(options.color !== false, env, stdoutIsTTY);
  const path = resolveJournalPath(options.journal, env);
  let terminal: Promise<Prompter> | undefined;
  const terminalPrompter = (): Promise<Prompter> => {
    terminal ??= import('./terminal/inquirer-prompter').then((m) => m.createInquirerPrompter(env, undefined, { memoryOnly: (): boolean => store.isEncrypted() }));
    return terminal;
  };
  const passphrases = environmentPassphrase(env, interactive ? typedPassphrase(terminalPrompter) : noPassphrase(path));
  const clock = clockFrom(env);
  const store: JournalStore = new JournalStore(path, new Keyring(passphrases, options.acceptPlaintext), clock);
  let prompter: Promise<Prompter> | undefined;
  return {
    store,
    person: options.person?.trim() || ME,
    json: options.json ?? false,
    interactive,
    clock,
    env,
    out: {
      write: stdoutIsTTY ? (text) => void process.stdout.write(fitLines(text, process.stdout.columns || Infinity)) : writeOut,
      data: stdoutIsTTY ? (text) => void process.stdout.write(text) : writeOut,
      isTTY: stdoutIsTTY,
      // Read at each use: the window may be resized while a guided flow runs.
      get columns() {
        return stdoutIsTTY ? process.stdout.columns : undefined;
      },
    },
    err: {
      write: writeErr,
      data: writeErr,
      // Node's stream for standard error is set up only when there is something to say.
      get isTTY() {
        return Boolean(process.stderr.isTTY);
      },
    },
    // chalk is loaded only when there is colour to paint.
    paint: level === 0 ? plain : new (await import('chalk')).Chalk({ level }),
    // A guided flow may talk for a while before it saves: the passphrase of an encrypted
    // journal is settled before its first question, so a mistyped one costs no answers.
    prompter: () => {
      prompter ??= store.unlock().then(terminalPrompter);
      return prompter;
    },
  };
}

/** The person at the terminal types it, with three tries. */
function typedPassphrase(prompter: () => Promise<Prompter>): PassphraseSource {
  return {
    attempts: 3,
    ask: async (retry) => {
      const [{ askPassphrase }, terminal] = await Promise.all([import('./flows/ask-passphrase'), prompter()]);
      return askPassphrase(terminal, retry);
    },
  };
}

