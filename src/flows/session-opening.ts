// The opening of a one-on-one: the items of the last one are looked at first (what was
// finished since, then each open item: how it is going, what went well, what is in the way,
// and whether it carries over with a new date), then strengths: the manager names two or
// three things the report is doing well before anything else is asked.
import { knownProgress, movesSinceRenegotiation, needsRenegotiation } from '../domain/checkins';
import { daysBetween, type IsoDate } from '../domain/dates';
import type { Action } from '../domain/schema';
import type { ReviewAnswer } from '../domain/session';
import type { Speaker } from '../domain/vocabulary';
import { messages } from '../messages';
import { longDate } from '../render/dates';
import { dueText } from '../render/plan';
import { oneLine, safeText } from '../render/text';
import { askDueDate } from './ask-date';
import { askProgress } from './ask-progress';
import { rethinkItem } from './checkin-rethink';
import type { LastSession } from './session';
import type { Talk } from './session-voice';

const m = messages.session;
const REVIEW_STATUSES = ['open', 'done', 'dropped'] as const;
/** How much of a parked topic the opening shows: enough to recognise it. */
const PARKED_SHOWN = 70;

export async function opening(talk: Talk, last: LastSession | undefined): Promise<void> {
  const review = last?.review ?? { open: [], closedSince: [] };
  const toLookAt = last !== undefined && !talk.asked('review') && review.open.length + review.closedSince.length > 0;
  if (!toLookAt && talk.asked('strength-3')) return;
  talk.heading(m.openingHeading);
  if (last && last.parked.length > 0) mentionParked(talk, last, toLookAt);
  if (toLookAt) {
    const pending = review.open.filter((a) => !talk.answers.reviews.some((r) => r.item === a.id));
    await reviewItems(talk, review.closedSince, pending, last.on);
    talk.done('review');
  }
  await strengths(talk);
}

/** Parked topics are not talked through here; they are named, one line each, so they reach the meeting they belong in. */
function mentionParked(talk: Talk, last: LastSession, reviewNext: boolean): void {
  const who = (speaker: Speaker) => (speaker === 'manager' ? last.manager : talk.names.report);
  const lines = last.parked.map((note) => `  - ${safeText(who(note.speaker))}: ${oneLine(note.text, PARKED_SHOWN)}`);
  // The strengths begin with a blank line of their own; the review does not.
  talk.say(`${talk.flow.paint.dim(`${m.parkedLastTime(longDate(last.on))}\n${lines.join('\n')}`)}${reviewNext ? '\n' : ''}`);
}

async function reviewItems(talk: Talk, closedSince: readonly Action[], pending: readonly Action[], lastOn: IsoDate): Promise<void> {
  const { paint, today } = talk.flow;
  talk.say(m.reviewIntro(longDate(lastOn)));
  if (closedSince.length > 0) {
    talk.say(`${m.closedSince}\n${closedSince.map((a) => `  ${paint.green('✓')} ${itemLine(talk, a)}`).join('\n')}`);
  }
  for (const action of pending) {
    talk.say(`\n${paint.bold(itemLine(talk, action))}`);
    const status = await talk.both.choose<(typeof REVIEW_STATUSES)[number]>({
      message: m.reviewStatus,
      choices: REVIEW_STATUSES.map((value) => ({ value, name: m.reviewChoices[value] })),
      default: 'open',
    });
    const answer: ReviewAnswer = { item: action.id, status };
    const owner = talk.ownerVoice(action.owner);
    const openText = async (message: string) => {
      const text = await owner.text({ message });
      await talk.quiet();
      return text || undefined;
    };
    if (status === 'open') answer.progress = await askProgress(owner, knownProgress(talk.flow.person, action.id));
    answer.well = await openText(m.reviewWell);
    if (status === 'open') {
      answer.blocker = await openText(m.reviewBlocker);
      if (await talk.both.confirm({ message: m.newDueQuestion(longDate(action.due)), default: action.due < today })) {
        const person = talk.flow.person;
        if (needsRenegotiation(person, action.id)) Object.assign(answer, await rethinkItem(talk.both, { action, today, order: talk.flow.order, moves: movesSinceRenegotiation(person, action.id) }));
        else answer.due = await askDueDate(talk.both, { message: m.newDue, today, order: talk.flow.order });
      }
    } else if (status === 'dropped') {
      answer.reason = await openText(m.reviewDropReason);
    }
    talk.answers.reviews.push(answer);
  }
}

function itemLine(talk: Talk, action: Action): string {
  const { today } = talk.flow;
  const line = m.itemLine(action.id, oneLine(action.text), oneLine(talk.ownerName(action.owner)), dueText(action.due, today));
  // An open item past its date says so, as the check-in does; a finished one is not late.
  return action.status === 'open' && action.due < today ? `${line} · ${messages.checkin.overdue(daysBetween(action.due, today))}` : line;
}

/** Two are needed before the session goes on; a third is welcome. */
async function strengths(talk: Talk): Promise<void> {
  const { manager, report } = talk.names;
  if (!talk.asked('strength-2')) talk.say(`\n${m.strengthsIntro(manager, report)}`);
  const strength = { part: 'opening', speaker: 'manager', topic: 'strength' } as const;
  await talk.note({ ...strength, key: 'strength-1', message: m.strength(report), required: m.strengthRequired });
  await talk.note({ ...strength, key: 'strength-2', message: m.secondStrength, required: m.secondRequired });
  await talk.note({ ...strength, key: 'strength-3', message: m.thirdStrength });
}
