// The answers of a one-on-one (`grow session`): what each person said in each part, the
// review of the last session's items, a new mission statement, and the items agreed. The
// same shape is the draft kept on Ctrl+C and what is saved, in one change, at the end.
import * as z from 'zod/mini';
import { recordCheckin } from './checkins';
import { addDaysTo, compareDates, type IsoDate } from './dates';
import { findDraft, removeDraft } from './drafts';
import { isMe, ME, nextId, personToWrite, sameName } from './journal';
import { addAction, addGoal, setMission } from './plan';
import { lastSession } from './session-view';
import { ParkedNoteSchema, SessionNoteSchema, type Action, type Journal, type Person, type Session } from './schema';
import { CADENCES, MAX_NAME, MAX_TEXT, STATUSES } from './vocabulary';

/** The next one-on-one is suggested this many days after one ends. */
export const NEXT_SESSION_DAYS = 14;

const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
const name = z.string().check(z.minLength(1), z.maxLength(MAX_NAME));

/** How an item of the last session is doing, as recorded in a check-in (see checkins.ts). */
const ReviewSchema = z.object({
  item: z.string(),
  status: z.enum(STATUSES),
  /** How far along an item that carries over is, as the owner said; left out, the last value stays. */
  progress: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
  well: z.optional(text),
  blocker: z.optional(text),
  due: z.optional(z.iso.date()),
  reason: z.optional(text),
  renegotiate: z.optional(text),
  split: z.optional(z.array(z.object({ text, due: z.iso.date(), owner: z.optional(name) }))),
});

/** An item agreed in part 3, for an existing goal (`goal`) or one named in this session (`newGoal`). */
const AgreedItemSchema = z
  .object({
    goal: z.optional(z.string()),
    newGoal: z.optional(text),
    /** The stage of mastery of the new goal, given when it was named. */
    newGoalStage: z.optional(z.string().check(z.minLength(1), z.maxLength(60))),
    text,
    owner: name,
    due: z.iso.date(),
    every: z.enum(CADENCES),
  })
  .check(z.refine((item) => (item.goal === undefined) !== (item.newGoal === undefined)));

const SessionAnswersSchema = z.object({
  manager: name,
  /** The questions already answered (blank answers too), so a resumed draft goes on where it stopped. */
  asked: z.array(z.string()),
  reviews: z.array(ReviewSchema),
  notes: z.array(SessionNoteSchema),
  parked: z.array(ParkedNoteSchema),
  /** The statement agreed in part 2, when it is new or changed. */
  mission: z.optional(text),
  items: z.array(AgreedItemSchema),
});

export type SessionAnswers = z.infer<typeof SessionAnswersSchema>;
export type ReviewAnswer = z.infer<typeof ReviewSchema>;
export type AgreedItem = z.infer<typeof AgreedItemSchema>;

export function emptySessionAnswers(manager: string): SessionAnswers {
  return { manager, asked: [], reviews: [], notes: [], parked: [], items: [] };
}

export function sessionDraft(person: Person): { answers: SessionAnswers; saved: string } | undefined {
  return findDraft(person, 'session', SessionAnswersSchema);
}

/** What the report last said to a guided question (`wake-up`, say), in grow init or a one-on-one; undefined if never. */
export function lastAnswer(person: Person, topic: string): string | undefined {
  const said = [
    ...person.reflections.filter((r) => r.question === topic).map((r) => ({ on: r.on, text: r.text })),
    ...person.sessions.flatMap((s) => s.notes.filter((n) => n.topic === topic && n.speaker === 'report').map((n) => ({ on: s.on, text: n.text }))),
  ];
  return said.sort((a, b) => compareDates(a.on, b.on)).at(-1)?.text;
}

export interface ItemsToReview {
  /** Open items agreed in the last session or carried over in it: each gets a status and a note. */
  open: Action[];
  /** Items of the last session closed since: shown first, as what went well. */
  closedSince: Action[];
}

export function itemsToReview(person: Person): ItemsToReview {
  const last = lastSession(person);
  if (!last) return { open: [], closedSince: [] };
  const carried = new Set(person.checkins.filter((c) => c.session === last.id && c.status === 'open').map((c) => c.item));
  const ofLast = person.actions.filter((a) => a.session === last.id || carried.has(a.id));
  return { open: ofLast.filter((a) => a.status === 'open'), closedSince: ofLast.filter((a) => a.status !== 'open') };
}

/**
 * Saves the one-on-one as one record, with the check-ins of its review and the items agreed
 * (both carry its id), the mission statement and any new goals; removes the draft. The names
 * are remembered for next time when none was yet: in a report's plan the manager is the
 * journal's owner; in the owner's own plan (`reportName` is what their manager calls them),
 * the manager is the owner's manager, and an item the report does is the owner's ("me").
 */
export function applySession(journal: Journal, personName: string, answers: SessionAnswers, today: IsoDate, reportName = personName): Session {
  const person = personToWrite(journal, personName);
  const own = isMe(person.name);
  const ownerOf = (owner: string) => (own && sameName(owner, reportName) ? ME : owner);
  const session: Session = {
    id: nextId(journal, 'session'),
    on: today,
    manager: answers.manager,
    notes: answers.notes,
    parked: answers.parked,
    next: addDaysTo(today, NEXT_SESSION_DAYS),
  };
  person.sessions.push(session);
  for (const review of answers.reviews) recordCheckin(journal, person.name, { ...review, session: session.id }, today);
  if (answers.mission) setMission(person, answers.mission, today);
  const newGoals = new Map<string, string>();
  for (const item of answers.items) {
    let goal = item.goal;
    if (goal === undefined) {
      const title = item.newGoal!;
      goal = newGoals.get(title) ?? addGoal(journal, person.name, { title, stage: item.newGoalStage }, today).id;
      newGoals.set(title, goal);
    }
    addAction(journal, person.name, { goal, text: item.text, owner: ownerOf(item.owner), due: item.due, every: item.every, session: session.id }, today);
  }
  // As agreed today, the smaller items of a split in the review included; later changes do not touch it.
  session.items = person.actions.filter((a) => a.session === session.id).map((a) => ({ item: a.id, text: a.text, owner: a.owner, due: a.due }));
  if (own) {
    journal.owner ??= reportName;
    journal.manager ??= answers.manager;
  } else journal.owner ??= answers.manager;
  removeDraft(person, 'session');
  return session;
}
