// A Prompter for flow tests: answers questions from a script, in order. Answers a validator
// rejects are recorded and the same question is asked again, as the terminal prompter does.
//
// Every test that makes one fails when the flow asks a question the script does not expect
// (even if the flow catches the error thrown at it), or ends with answers left over: the
// check runs after each test, with nothing to call.
import { afterEach } from 'vitest';
import { CancelledError } from '../../src/errors';
import type { Choice, Prompter, Validate } from '../../src/flows/prompter';
import { messages } from '../../src/messages';

/** Answer a question with Ctrl+C. */
export const CTRL_C = Symbol('Ctrl+C');

export type Answer = string | boolean | typeof CTRL_C;
export type Step = [question: string | RegExp, answer: Answer];

/** The prompters made in the test running now. */
const made: ScriptedPrompter[] = [];

afterEach(() => {
  const problems = made.splice(0).flatMap((prompter) => prompter.problems());
  if (problems.length > 0) throw new Error(problems.join('\n'));
});

export class ScriptedPrompter implements Prompter {
  /** What was said and asked, in order: "say: …", "ask: …", "answer: …", "rejected: …". */
  readonly transcript: string[] = [];
  /** The words of every menu offered, in order, each choice as it is shown. */
  readonly menus: string[][] = [];
  private readonly steps: Step[];
  /** Where the script and the flow first parted, kept in case the flow swallowed the error. */
  private parted: string | undefined;

  constructor(steps: Step[]) {
    this.steps = [...steps];
    made.push(this);
  }

  /** Everything the flow said (not asked), joined by new lines. */
  said(): string {
    return this.transcript.filter((l) => l.startsWith('say: ')).map((l) => l.slice(5)).join('\n');
  }

  /** What is wrong with the conversation so far: an unexpected question, or answers left over. */
  problems(): string[] {
    if (this.parted !== undefined) return [this.parted];
    return this.steps.length > 0 ? [`The flow ended with questions left unasked: ${this.steps.map(([q]) => String(q)).join(', ')}`] : [];
  }

  async text(q: { message: string; initial?: string; default?: string; required?: string; validate?: Validate }): Promise<string> {
    // A default is named after the question and given by a blank answer, as in a terminal.
    const answer = this.take(q.default === undefined ? q.message : `${q.message} ${messages.common.enterFor(q.default)}`, 'string');
    const value = (answer as string).trim() || (q.default ?? '');
    const verdict = q.required !== undefined && value === '' ? q.required : q.validate ? await q.validate(value) : true;
    if (verdict !== true) {
      this.transcript.push(`rejected: ${verdict}`);
      return this.text(q);
    }
    return value;
  }

  async secret(q: { message: string; validate?: Validate }): Promise<string> {
    const value = this.take(q.message, 'string') as string;
    const verdict = q.validate ? await q.validate(value) : true;
    if (verdict !== true) {
      this.transcript.push(`rejected: ${verdict}`);
      return this.secret(q);
    }
    return value;
  }

  async confirm(q: { message: string; default?: boolean }): Promise<boolean> {
    return this.take(q.message, 'boolean') as boolean;
  }

  /** A choice is picked by its value when that is a string, else by the words it shows, as a person picks it. */
  async choose<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> {
    this.menus.push(q.choices.map((c) => c.name));
    const answer = this.take(q.message, 'string') as string;
    const choice = q.choices.find((c) => c.value === answer) ?? q.choices.find((c) => typeof c.value !== 'string' && c.name === answer);
    const shown = q.choices.map((c) => (typeof c.value === 'string' ? c.value : JSON.stringify(c.name)));
    if (!choice) this.fail(`"${answer}" is not a choice for "${q.message}"; the choices are ${shown.join(', ')}`);
    return choice.value;
  }

  async editor(q: { message: string; initial?: string }): Promise<string> {
    return (this.take(q.message, 'string') as string).trim();
  }

  say(text: string): void {
    this.transcript.push(`say: ${text}`);
  }

  async pause(seconds: number): Promise<void> {
    this.transcript.push(`pause: ${seconds}`);
  }

  private take(message: string, type: 'string' | 'boolean'): string | boolean {
    this.transcript.push(`ask: ${message}`);
    const step = this.steps.shift();
    if (!step) this.fail(`Unexpected question: "${message}" (the script has no answers left)`);
    const [expected, answer] = step;
    const matches = typeof expected === 'string' ? message.includes(expected) : expected.test(message);
    if (!matches) this.fail(`Unexpected question: "${message}" (the script expected ${String(expected)})`);
    if (answer === CTRL_C) {
      this.transcript.push('answer: Ctrl+C');
      throw new CancelledError();
    }
    if (typeof answer !== type) this.fail(`The script answers "${message}" with a ${typeof answer}; it needs a ${type}`);
    this.transcript.push(`answer: ${String(answer)}`);
    return answer;
  }

  private fail(problem: string): never {
    this.parted ??= problem;
    // The rest of the script cannot be followed any more: only the first problem is told.
    this.steps.length = 0;
    throw new Error(problem);
  }
}
