// What an export shows of a person. Private words (notes, reflections and session notes
// marked private, and unfinished drafts) stay out unless asked for. `since` keeps the
// events from that day on (check-ins, sessions, notes); the plan itself (mission,
// reflections, goals, action items) is always whole, so progress stays true.
import { dateOf, type IsoDate } from './dates';
import { splitsOf } from './checkins';
import { latestCheckins } from './progress';
import type { Checkin, Journal, Note, Person } from './schema';

export interface ExportOptions {
  includePrivate: boolean;
  since?: IsoDate;
}

export interface ExportedPerson {
  /** The person as the export shows them: a copy with private words and older events left out. */
  person: Person;
  /** The latest check-in on each item, from all check-ins, so progress does not depend on `since`. */
  latest: Map<string, Checkin>;
  /** The items each split item became, from all check-ins. */
  splits: Map<string, string[]>;
}

/**
 * How an export makes the person it shows from the stored one: a copy, whose lists it cuts
 * short. grow export's leaves each list not read yet unread until something reads it, so that
 * one shown whole can be written from the journal's own text.
 */
export interface PersonCopying {
  copy(person: Person): Person;
  /** Keeps of the copy's list the records `keep` keeps, which keeps any record without `field`. */
  keep(person: Person, key: 'notes', field: string, keep: (note: Note) => boolean): void;
}

const PLAIN_COPY: PersonCopying = {
  copy: (person) => ({ ...person }),
  keep: (person, key, _field, keep) => void (person[key] = person[key].filter(keep)),
};

export function exportPerson(stored: Person, options: ExportOptions, copying = PLAIN_COPY): ExportedPerson {
  const shown = <T extends { private?: boolean }>(record: T) => options.includePrivate || !record.private;
  const { since } = options;
  const recent = (day: IsoDate) => since === undefined || day >= since;

  const person = copying.copy(stored);
  const everyCheckin = since === undefined ? undefined : person.checkins;
  if (everyCheckin) person.checkins = everyCheckin.filter((c) => recent(c.on));
  // Told apart by the one field they hold, private notes are left out without reading the others.
  if (since === undefined) copying.keep(person, 'notes', 'private', shown);
  else person.notes = person.notes.filter((n) => shown(n) && dateOf(n.at) >= since);
  person.reflections = person.reflections.filter(shown);
  // A session before `since` stays when a record that is shown was agreed or reviewed in it,
  // so every reference in the export points at something in it.
  const referenced = since === undefined ? undefined : new Set([...person.actions, ...person.checkins, ...person.reflections].map((r) => r.session));
  person.sessions = person.sessions
    .filter((s) => recent(s.on) || referenced?.has(s.id))
    .map((s) => (options.includePrivate ? s : { ...s, notes: s.notes.filter(shown) }));
  if (!options.includePrivate) person.drafts = [];

  const all = () => ({ checkins: everyCheckin ?? person.checkins });
  let latest: ExportedPerson['latest'] | undefined;
  let splits: ExportedPerson['splits'] | undefined;
  return {
    person,
    // Worked out when first shown: the JSON export shows neither.
    get latest() {
      return (latest ??= latestCheckins(all()));
    },
    get splits() {
      return (splits ??= splitsOf(all()));
    },
  };
}

/** The journal around the people an export shows (which come one at a time, as ExportInput's `people`). */
export function exportedJournal(journal: Journal, allPeople: boolean): Journal {
  // In the journal file's order: the owner before the people.
  return { version: journal.version, ...(allPeople && journal.owner !== undefined ? { owner: journal.owner } : {}), people: [] };
}
