// Who is speaking, at a glance: every question of a one-on-one starts with the name of
// whoever it is for (the manager in yellow, the report in magenta, or both in bold). And
// the way a note is asked: at most once (a resumed draft skips what was answered), with a
// quiet pause after it when asked for, and a gentle word when it sounds like a status update.
import type { DateOrder, IsoDate } from '../domain/dates';
import { isMe, sameName } from '../domain/journal';
import type { Person, SessionNote } from '../domain/schema';
import type { SessionAnswers } from '../domain/session';
import { statusWords } from '../domain/status-talk';
import type { SessionPart, SessionTopic, Speaker } from '../domain/vocabulary';
import { messages } from '../messages';
import type { Paint } from '../render/paint';
import { safeText } from '../render/text';
import { wrap } from '../render/wrap';
import type { Prompter } from './prompter';

const m = messages.session;

export interface SessionFlow {
  /** Filled in as the two people answer. */
  answers: SessionAnswers;
  /** The report's plan, as it was read when the session began. */
  person: Person;
  /** What the report is called: their name, or in the owner's own plan ("me"), the owner's. */
  reportName: string;
  today: IsoDate;
  /** Which comes first in a date in numbers, from the person's locale. */
  order?: DateOrder;
  paint: Paint;
  /** Seconds of quiet after each open question; none when undefined. */
  pause?: number;
}

export interface NoteQuestion {
  /** Names the question in `answers.asked`. */
  key: string;
  part: SessionPart;
  speaker: Speaker;
  topic: SessionTopic;
  message: string;
  /** When set, a blank answer is refused with this message. */
  required?: string;
  /** What a blank answer gives, named after the question: what they said last time, say. */
  default?: string;
}

export class Talk {
  readonly manager: Prompter;
  readonly report: Prompter;
  readonly both: Prompter;
  readonly names: { manager: string; report: string };

  constructor(
    readonly prompter: Prompter,
    readonly flow: SessionFlow,
  ) {
    this.names = { manager: flow.answers.manager, report: flow.reportName };
    ({ manager: this.manager, report: this.report, both: this.both } = voices(prompter, this.names, flow.paint));
  }

  voice(speaker: Speaker): Prompter {
    return speaker === 'manager' ? this.manager : this.report;
  }

  /** The item's owner answers for it when that is the manager; otherwise the report does. */
  ownerVoice(owner: string): Prompter {
    return sameName(this.ownerName(owner), this.names.manager) ? this.manager : this.report;
  }

  /**
   * An owner as the two at the keyboard say it: "me" is the journal's owner, who is the report
   * in their own plan and the manager in a report's.
   */
  ownerName(owner: string): string {
    if (!isMe(owner)) return owner;
    return isMe(this.flow.person.name) ? this.names.report : this.names.manager;
  }

  get answers(): SessionAnswers {
    return this.flow.answers;
  }

  asked(key: string): boolean {
    return this.answers.asked.includes(key);
  }

  done(key: string): void {
    if (!this.asked(key)) this.answers.asked.push(key);
  }

  say(text: string): void {
    this.prompter.say(text);
  }

  heading(title: string, intro?: string): void {
    this.say(`\n${this.flow.paint.bold(title)}${intro ? `\n${wrap(intro, '')}` : ''}`);
  }

  /** Silence is a friend: a countdown after an open question, when the session asked for one. */
  async quiet(): Promise<void> {
    if (this.flow.pause) await this.prompter.pause(this.flow.pause);
  }

  /**
   * An open question whose answer is kept as a note; blank answers move on. The answer is
   * kept before the quiet that follows it, so a Ctrl+C in the silence loses nothing.
   */
  async note(question: NoteQuestion): Promise<void> {
    if (this.asked(question.key)) return;
    const { part, speaker, topic, required } = question;
    let message = question.message;
    for (;;) {
      const text = await this.voice(speaker).text({ message, default: message === question.message ? question.default : undefined, validate: required ? (v) => v.trim() !== '' || required : undefined });
      const note: SessionNote = { part, speaker, topic, text };
      if (text !== '') this.answers.notes.push(note);
      this.done(question.key);
      await this.quiet();
      if (text === '' || part === 'opening' || !(await this.parked(note))) return;
      message = m.personally;
    }
  }

  /** A note that sounds like a project update moves to the parking lot, if they agree. */
  private async parked(note: SessionNote): Promise<boolean> {
    const words = statusWords(note.text, note.topic);
    if (words.length === 0) return false;
    const about = note.speaker === 'report' ? this.names.report : m.youAnd(this.names.report);
    this.say(this.flow.paint.italic(wrap(m.statusNudge(words, about), '  ')));
    if (!(await this.both.confirm({ message: m.park, default: true }))) return false;
    this.answers.notes.splice(this.answers.notes.indexOf(note), 1);
    this.answers.parked.push({ part: note.part, speaker: note.speaker, text: note.text });
    this.say(this.flow.paint.dim(m.parked));
    return true;
  }
}

interface Voices {
  manager: Prompter;
  report: Prompter;
  both: Prompter;
}

/** Prompters whose questions start with the manager's name, the report's, or both. */
export function voices(prompter: Prompter, names: { manager: string; report: string }, paint: Paint): Voices {
  return {
    manager: speaking(prompter, paint.bold(paint.yellow(`${safeText(names.manager)} ›`))),
    report: speaking(prompter, paint.bold(paint.magenta(`${safeText(names.report)} ›`))),
    both: speaking(prompter, paint.bold(`${m.both(safeText(names.report), safeText(names.manager))} ›`)),
  };
}

/** The same prompter, with every question starting with `badge`. */
function speaking(prompter: Prompter, badge: string): Prompter {
  const tag = (message: string) => `${badge} ${message}`;
  return {
    text: (q) => prompter.text({ ...q, message: tag(q.message) }),
    secret: (q) => prompter.secret({ ...q, message: tag(q.message) }),
    confirm: (q) => prompter.confirm({ ...q, message: tag(q.message) }),
    choose: (q) => prompter.choose({ ...q, message: tag(q.message) }),
    editor: (q) => prompter.editor({ ...q, message: tag(q.message) }),
    say: (text) => prompter.say(text),
    pause: (seconds) => prompter.pause(seconds),
  };
}
