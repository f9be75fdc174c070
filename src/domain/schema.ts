// The shape of the journal file. Every load is validated against `JournalSchema`, and
// `npm run schema` writes schema/journal.schema.json from it. zod/mini keeps start-up fast.
import * as z from 'zod/mini';
import { checkIntegrity } from './integrity';
import {
  CADENCES,
  DRAFT_FLOWS,
  ID_PREFIX,
  MAX_NAME,
  MAX_TEXT,
  REFLECTION_KINDS,
  SCHEMA_VERSION,
  SESSION_PARTS,
  SPEAKERS,
  STAMP_PATTERN,
  STATUSES,
  UID_PATTERN,
} from './vocabulary';

const FIELD_NAME = /^[a-z][A-Za-z]{0,39}$/;

const text = z.string().check(z.minLength(1), z.maxLength(MAX_TEXT));
const name = z.string().check(z.minLength(1), z.maxLength(MAX_NAME), z.regex(/^[^\p{Cc}]+$/u));
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true, local: false });
const id = (prefix: string) => z.string().check(z.regex(new RegExp(`^${prefix}[1-9][0-9]*$`)));

const pulseScore = z.number().check(z.int(), z.minimum(1), z.maximum(5));

// What a merge needs (docs/identity-and-merging.md): an identity that is unique across
// journals, when each field last changed, the values that lost a conflict, and the earlier
// versions of each field its value was made from. The store fills them in when it writes; a
// record made by domain code has none of them yet.
const uid = z.optional(z.string().check(z.regex(UID_PATTERN)));
/** A change's time: UTC to the millisecond, so that comparing the strings compares the times. */
const stamp = z.string().check(z.regex(STAMP_PATTERN));
/** A version a value was made from: its stamp and a digest of its value (see versionOf in changes.ts). */
const version = z.string().check(z.regex(new RegExp(`${STAMP_PATTERN.source.slice(0, -1)} [0-9a-f]{8}$`)));
const changeTimes = {
  changed: z.optional(z.record(z.string().check(z.regex(FIELD_NAME)), stamp)),
  history: z.optional(z.array(z.strictObject({ field: z.string().check(z.regex(FIELD_NAME)), value: z.unknown(), at: stamp }))),
  replaced: z.optional(z.record(z.string().check(z.regex(FIELD_NAME)), z.array(version))),
};

export const MissionVersionSchema = z.strictObject({
  uid,
  text,
  since: isoDate,
  ...changeTimes,
});

export const ReflectionSchema = z.strictObject({
  uid,
  id: id(ID_PREFIX.reflection),
  kind: z.enum(REFLECTION_KINDS),
  /** Which guided question drew the answer (for example "plans" or "wake-up"), so a revision can pre-fill it. */
  question: z.optional(z.string().check(z.maxLength(40))),
  text,
  on: isoDate,
  session: z.optional(id(ID_PREFIX.session)),
  private: z.optional(z.boolean()),
  ...changeTimes,
});

export const StageSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  on: isoDate,
});

export const GoalSchema = z.strictObject({
  uid,
  id: id(ID_PREFIX.goal),
  /** Who the person wants to become, in their words. */
  title: text,
  why: z.optional(text),
  /** Stages of mastery, oldest first; the last one is the current stage. */
  stages: z._default(z.array(StageSchema), []),
  created: isoDate,
  ...changeTimes,
});

export const ActionSchema = z.strictObject({
  uid,
  id: id(ID_PREFIX.action),
  goal: id(ID_PREFIX.goal),
  text,
  owner: name,
  due: isoDate,
  every: z.enum(CADENCES),
  status: z.enum(STATUSES),
  created: isoDate,
  closed: z.optional(isoDate),
  /** Why an item was dropped, when the person gave a reason. */
  reason: z.optional(text),
  /** The session in which the item was agreed, if any. */
  session: z.optional(id(ID_PREFIX.session)),
  ...changeTimes,
});

export const PulseSchema = z.strictObject({
  autonomy: pulseScore,
  mastery: pulseScore,
  purpose: pulseScore,
});

export const CheckinSchema = z
  .strictObject({
    uid,
    id: id(ID_PREFIX.checkin),
    on: isoDate,
    /** Absent for a round's general answer ("what went well since last time?") and its pulse. */
    item: z.optional(id(ID_PREFIX.action)),
    status: z.optional(z.enum(STATUSES)),
    progress: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))),
    well: z.optional(text),
    blocker: z.optional(text),
    /** Set when this check-in moved the item's due date. */
    moved: z.optional(z.strictObject({ from: isoDate, to: isoDate })),
    /**
     * Set when this check-in renegotiated the item (after its date had moved three times):
     * the wording it had before. Moves are counted again from here.
     */
    renegotiated: z.optional(z.strictObject({ text })),
    /** The smaller items this item was split into; the item itself is dropped in their favour. */
    split: z.optional(z.array(id(ID_PREFIX.action)).check(z.minLength(1))),
    pulse: z.optional(PulseSchema),
    session: z.optional(id(ID_PREFIX.session)),
    ...changeTimes,
  })
  .check(
    z.refine((c) => c.item === undefined || (c.status !== undefined && c.progress !== undefined), {
      message: 'a check-in on an item needs a status and a progress',
    }),
    z.refine((c) => c.item !== undefined || (c.moved === undefined && c.renegotiated === undefined && c.split === undefined), {
      message: 'only a check-in on an item can move, renegotiate or split it',
    }),
  );

export const NoteSchema = z.strictObject({
  uid,
  id: id(ID_PREFIX.note),
  at: isoDateTime,
  text,
  tags: z._default(z.array(z.string().check(z.regex(/^[\p{L}\p{N}_-]{1,50}$/u))), []),
  private: z.optional(z.boolean()),
  ...changeTimes,
});

export const SessionNoteSchema = z.strictObject({
  part: z.enum(SESSION_PARTS),
  speaker: z.enum(SPEAKERS),
  /** The question answered, for example "strength", "failure" or "dream". */
  topic: z.string().check(z.minLength(1), z.maxLength(40)),
  text,
  private: z.optional(z.boolean()),
});

export const ParkedNoteSchema = z.strictObject({
  part: z.enum(SESSION_PARTS),
  speaker: z.enum(SPEAKERS),
  text,
});

/** An item as it was agreed in a one-on-one: its words, owner and date may change later. */
export const AgreedAsSchema = z.strictObject({
  item: id(ID_PREFIX.action),
  text,
  owner: name,
  due: isoDate,
});

/**
 * One one-on-one. Items reviewed are the check-ins that carry this session's id, items
 * created are the action items that carry it; `items` keeps what was agreed that day, since
 * an item's words, owner and date can change afterwards without a trace (a revision in grow
 * init). Sessions saved before version 2 have no `items`.
 */
export const SessionSchema = z.strictObject({
  uid,
  id: id(ID_PREFIX.session),
  on: isoDate,
  manager: name,
  notes: z._default(z.array(SessionNoteSchema), []),
  parked: z._default(z.array(ParkedNoteSchema), []),
  items: z.optional(z.array(AgreedAsSchema)),
  next: z.optional(isoDate),
  ...changeTimes,
});

/** The answers of a guided flow left unfinished; each flow validates its own answers on resume. */
export const DraftSchema = z.strictObject({
  flow: z.enum(DRAFT_FLOWS),
  saved: isoDateTime,
  answers: z.record(z.string(), z.unknown()),
});

export const PersonSchema = z.strictObject({
  uid,
  name,
  /** The uids this person's plan has in other journals (a report's own, her manager's). */
  aliases: z.optional(z.array(z.string().check(z.regex(UID_PATTERN)))),
  /** Mission statements, oldest first; the last one is the current statement. */
  missions: z._default(z.array(MissionVersionSchema), []),
  reflections: z._default(z.array(ReflectionSchema), []),
  goals: z._default(z.array(GoalSchema), []),
  actions: z._default(z.array(ActionSchema), []),
  checkins: z._default(z.array(CheckinSchema), []),
  notes: z._default(z.array(NoteSchema), []),
  sessions: z._default(z.array(SessionSchema), []),
  drafts: z._default(z.array(DraftSchema), []),
  ...changeTimes,
});

/** A removed record or person: an older copy of the journal cannot bring it back. */
export const TombstoneSchema = z.strictObject({
  uid: z.string().check(z.regex(UID_PATTERN)),
  at: stamp,
});

const JournalShape = z.strictObject({
    version: z.literal(SCHEMA_VERSION),
    /** The time of the latest change written: each write is stamped after it. */
    clock: z.optional(stamp),
    /** What others call the journal's owner ("me"), remembered after the first `grow session`. */
    owner: z.optional(name),
    /** The owner's own manager, remembered after a `grow session` in which the owner is the report. */
    manager: z.optional(name),
    /** Set in an export handed to someone (`grow export --for NAME`): whose journal it is meant for. */
    exchange: z.optional(z.strictObject({ for: name })),
    people: z.array(PersonSchema),
    removed: z.optional(z.array(TombstoneSchema)),
    ...changeTimes,
  });

export const JournalSchema = JournalShape.check(z.superRefine(checkIntegrity));

/**
 * The parts a write checks when it validates only what changed (store/write-plan.ts): each
 * list element on its own, and a person or the journal without their lists.
 */
export const LIST_ITEM_SCHEMAS = {
  missions: MissionVersionSchema,
  reflections: ReflectionSchema,
  goals: GoalSchema,
  actions: ActionSchema,
  checkins: CheckinSchema,
  notes: NoteSchema,
  sessions: SessionSchema,
  drafts: DraftSchema,
  removed: TombstoneSchema,
} as const;
const PERSON_LISTS = { missions: true, reflections: true, goals: true, actions: true, checkins: true, notes: true, sessions: true, drafts: true } as const;
export const PersonShellSchema = z.omit(PersonSchema, PERSON_LISTS);
export const JournalShellSchema = z.omit(JournalShape, { people: true, removed: true });

export type Journal = z.infer<typeof JournalSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type MissionVersion = z.infer<typeof MissionVersionSchema>;
export type Reflection = z.infer<typeof ReflectionSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Action = z.infer<typeof ActionSchema>;
export type Checkin = z.infer<typeof CheckinSchema>;
export type Pulse = z.infer<typeof PulseSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type SessionNote = z.infer<typeof SessionNoteSchema>;
export type ParkedNote = z.infer<typeof ParkedNoteSchema>;
export type AgreedAs = z.infer<typeof AgreedAsSchema>;
export type Draft = z.infer<typeof DraftSchema>;
export type Tombstone = z.infer<typeof TombstoneSchema>;
