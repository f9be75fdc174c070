// The one interface every guided conversation talks through. The terminal implementation
// (src/terminal/inquirer-prompter.ts) is the only code that knows about @inquirer/prompts;
// tests drive flows with a scripted prompter that fails on an unexpected question.

/** One entry of a menu: what it shows, and the value picking it gives (any value: a goal, an action). */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

export type Validate = (value: string) => true | string | Promise<true | string>;

export interface Prompter {
  /**
   * A one-line answer; `initial` is put in the line ready to edit. `default` is named after the
   * question ("Enter for …") and is the answer to a blank line, so the answered line shows it.
   * Otherwise a blank answer is '', unless `required` is given: then it is refused with those
   * words (grow's, not the library's).
   */
  text(question: { message: string; initial?: string; default?: string; required?: string; validate?: Validate }): Promise<string>;
  /** A passphrase: masked as it is typed, and kept exactly as typed (never trimmed). */
  secret(question: { message: string; validate?: Validate }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  choose<T>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  /** A longer text written in the person's own editor ($VISUAL or $EDITOR). */
  editor(question: { message: string; initial?: string }): Promise<string>;
  /** Text shown between questions: headings, who is speaking, summaries. */
  say(text: string): void;
  /** A quiet pause for silence: a countdown, no question. */
  pause(seconds: number): Promise<void>;
}
