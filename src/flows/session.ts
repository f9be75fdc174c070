// grow session: a manager and a report side by side, in the order of the seeds. The opening
// looks back at the last items and names strengths; then talk about yourself, dreams and
// passions, and who does what by when; at the end, any note can be kept private. The flow
// fills in `flow.answers` as they go, so a Ctrl+C can keep them as a draft; the command
// saves the session in one change when the flow returns.
import type { IsoDate } from '../domain/dates';
import type { ParkedNote, Person, SessionNote } from '../domain/schema';
import { itemsToReview, type ItemsToReview } from '../domain/session';
import { lastSession } from '../domain/session-view';
import { messages } from '../messages';
import { safeText } from '../render/text';
import type { Choice, Prompter } from './prompter';
import { opening } from './session-opening';
import { whoDoesWhatByWhen } from './session-plan';
import { talkAboutDreams, talkAboutYourself } from './session-talk';
import { Talk, type SessionFlow } from './session-voice';

const m = messages.session;
/** How much of a note the list of notes shows. */
const SHOWN = 60;

export interface LastSession {
  on: IsoDate;
  manager: string;
  /** What was parked in it, to mention at the opening so it can go to the right meeting. */
  parked: readonly ParkedNote[];
  review: ItemsToReview;
}

/** What the opening looks back at: the last one-on-one with this person, if there was one. */
export function lookBack(person: Person): LastSession | undefined {
  const last = lastSession(person);
  return last && { on: last.on, manager: last.manager, parked: last.parked, review: itemsToReview(person) };
}

export async function runSession(prompter: Prompter, flow: SessionFlow, last: LastSession | undefined): Promise<void> {
  const talk = new Talk(prompter, flow);
  await opening(talk, last);
  await talkAboutYourself(talk);
  await talkAboutDreams(talk);
  await whoDoesWhatByWhen(talk);
  await markPrivate(talk);
}

/**
 * One question, answered with Enter when nothing is private. Each pick turns a note private
 * (or back) and stays under the cursor, so the mark can be seen.
 */
async function markPrivate(talk: Talk): Promise<void> {
  const { notes } = talk.answers;
  if (notes.length === 0 || talk.asked('private')) return;
  let picked: SessionNote | 'done' = 'done';
  for (;;) {
    const choices: Choice<SessionNote | 'done'>[] = notes.map((note) => {
      const who = note.speaker === 'manager' ? talk.names.manager : talk.names.report;
      const text = note.text.length > SHOWN ? `${note.text.slice(0, SHOWN - 1)}…` : note.text;
      return { value: note, name: `${note.private ? `${m.privateMark} ` : ''}${who}: ${safeText(text.replace(/\s+/g, ' '))}` };
    });
    picked = await talk.both.choose({ message: m.privateQuestion, choices: [{ value: 'done', name: m.privateDone }, ...choices], default: picked });
    if (picked === 'done') break;
    if (picked.private) delete picked.private;
    else picked.private = true;
  }
  talk.done('private');
}
