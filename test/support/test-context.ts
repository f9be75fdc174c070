// The context a command runs with, for in-process tests: grow's own store on a journal in a
// temporary folder, a clock fixed on one day, standard output and errors captured, and, for a
// command at a terminal, a scripted prompter. Nothing here reads the real environment.
import { expect } from 'vitest';
import { inWords } from '../../src/commands/shared/problem-words';
import type { Context, Output } from '../../src/context';
import { fixedClock } from '../../src/domain/clock';
import type { IsoDate } from '../../src/domain/dates';
import { ME } from '../../src/domain/journal';
import type { Journal } from '../../src/domain/schema';
import { GrowError } from '../../src/errors';
import { plain } from '../../src/render/paint';
import { JournalStore } from '../../src/store/journal-store';
import { environmentPassphrase, Keyring, noPassphrase } from '../../src/store/keyring';
import { asData } from './journal-data';
import { ScriptedPrompter, type Step } from './scripted-prompter';
import { tempJournal } from './temp';

export interface TestContextOptions {
  /** The day the clock is stopped on (noon of it), as GROW_TODAY fixes it. */
  today?: IsoDate;
  /** --person */
  person?: string;
  /** --json */
  json?: boolean;
  /**
   * The answers of a person at a terminal, in order. Without them the command runs as from a
   * script: output is not a terminal, and nothing may be asked.
   */
  answers?: Step[];
  /** Output to a terminal this wide, with or without answers. */
  columns?: number;
  /** The environment the command sees: empty unless given. */
  env?: NodeJS.ProcessEnv;
  /** The journal file; a new one in a temporary folder unless given. */
  journal?: string;
}

export interface CapturedOutput extends Output {
  /** Everything written so far. */
  readonly text: string;
}

export interface TestContext extends Context {
  out: CapturedOutput;
  err: CapturedOutput;
  /** The person at the terminal, when the test gave answers. */
  prompts: ScriptedPrompter | undefined;
  /** The journal as the store reads it now, as data (without what merging keeps on records). */
  journal(): Promise<Journal>;
}

export function testContext(options: TestContextOptions = {}): TestContext {
  const path = options.journal ?? tempJournal();
  const env = options.env ?? {};
  // An encrypted journal opens with GROW_PASSPHRASE, as from a script.
  const clock = fixedClock(options.today ?? '2026-11-25');
  const store = new JournalStore(path, new Keyring(environmentPassphrase(env, noPassphrase(path))), clock);
  const prompts = options.answers === undefined ? undefined : new ScriptedPrompter(options.answers);
  const terminal = prompts !== undefined || options.columns !== undefined;
  return {
    store,
    person: options.person ?? ME,
    json: options.json ?? false,
    interactive: prompts !== undefined,
    clock,
    env,
    out: captured(terminal, options.columns),
    err: captured(terminal, undefined),
    paint: plain,
    prompter: async () => {
      if (!prompts) throw new Error('The command asked a question, but it runs as from a script: give the test answers to have a terminal');
      return prompts;
    },
    prompts,
    journal: async () => asData(await store.read()),
  };
}

function captured(isTTY: boolean, columns: number | undefined): CapturedOutput {
  let text = '';
  return {
    write: (more) => void (text += more),
    data: (more) => void (text += more),
    isTTY,
    columns: isTTY ? (columns ?? 100) : undefined,
    get text() {
      return text;
    },
  };
}

/**
 * Runs a command as grow's entry point would, and gives the exit code it would end with: 0,
 * or the code of the error it stopped with, whose words are then checked to be `says`.
 * An error that is not grow's own fails the test as it is.
 */
export async function exitCodeOf(command: Promise<unknown>, says?: string | RegExp): Promise<number> {
  try {
    await command;
  } catch (thrown) {
    const error = inWords(thrown);
    if (!(error instanceof GrowError)) throw error;
    if (says !== undefined) expect(`${error.message}${error.hint ? `\n${error.hint}` : ''}`).toMatch(says);
    return error.exitCode;
  }
  if (says !== undefined) throw new Error(`The command succeeded; the test expected it to stop with: ${String(says)}`);
  return 0;
}
