// The words of the journal's shape, without the schema library: modules that only need
// these (and the fast read path) stay light.
import type { RecordCollection } from './identity';

/** Bump with a migration in migrations.ts whenever the shape changes. */
export const SCHEMA_VERSION = 4;

/** A record's identity across journals (docs/identity-and-merging.md). */
export const UID_PATTERN = /^[0-9a-f]{16}$/;
/** The time of a change: an ISO date-time in UTC, to the millisecond. */
export const STAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** What merging keeps on a record beside its content (docs/identity-and-merging.md, "Every change has a time"). */
export const MERGE_META = ['changed', 'history', 'replaced'] as const;

export const MAX_TEXT = 100_000;
export const MAX_NAME = 80;

export const ID_PREFIX = {
  goal: 'g',
  action: 'a',
  checkin: 'c',
  note: 'n',
  session: 's',
  reflection: 'r',
} as const;

/** The number in a local id: 7 for g7. */
export const idNumber = (id: string): number => Number(id.slice(1));

/** The kind of id each collection's records carry; mission versions have none. */
export const ID_KIND: Partial<Record<RecordCollection, IdKind>> = {
  reflections: 'reflection',
  goals: 'goal',
  actions: 'action',
  checkins: 'checkin',
  notes: 'note',
  sessions: 'session',
};

export const STATUSES = ['open', 'done', 'dropped'] as const;
export const CADENCES = ['1w', '2w', '4w'] as const;
export const REFLECTION_KINDS = ['about', 'dream', 'passion', 'strength', 'growth'] as const;
export const SESSION_PARTS = ['opening', 'yourself', 'dreams', 'plan'] as const;
export const SPEAKERS = ['manager', 'report'] as const;
/** What a one-on-one's note answers; a journal may hold others, from an older grow or an import. */
export const SESSION_TOPICS = ['strength', 'yourself', 'growth', 'dreams', 'love', 'dream', 'wake-up'] as const;
export const DRAFT_FLOWS = ['init', 'session'] as const;
/** How `grow pulse` groups the pulse over time. */
export const PULSE_PERIODS = ['week', 'month'] as const;

export type Status = (typeof STATUSES)[number];
export type Cadence = (typeof CADENCES)[number];
export type ReflectionKind = (typeof REFLECTION_KINDS)[number];
export type SessionTopic = (typeof SESSION_TOPICS)[number];
export type SessionPart = (typeof SESSION_PARTS)[number];
export type Speaker = (typeof SPEAKERS)[number];
export type DraftFlow = (typeof DRAFT_FLOWS)[number];
export type IdKind = keyof typeof ID_PREFIX;
export type PulsePeriodKind = (typeof PULSE_PERIODS)[number];

/** What `grow import --from` reads. */
export const IMPORT_SOURCES = ['grow', 'jrnl'] as const;

/** The shells `grow completion` writes a script for, and what their Tab offers from the journal. */
export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const;
export const ID_LISTS = ['goals', 'items', 'all-items', 'notes', 'sessions', 'people', 'others'] as const;
export type CompletionShell = (typeof COMPLETION_SHELLS)[number];
export type IdList = (typeof ID_LISTS)[number];
