// What an export shows of a person. Private words (notes, reflections and session notes
// marked private, and unfinished drafts) stay out unless asked for. `since` keeps the
// events from that day on (check-ins, sessions, notes); the plan itself (mission,
// reflections, goals, action items) is always whole, so progress stays true.
import { dateOf, type IsoDate } from './dates';
import { splitsOf } from './checkins';
import { latestCheckins } from './progress';
import type { Checkin, Journal, Person } from './schema';

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

export function exportPerson(person: Person, options: ExportOptions): ExportedPerson {
  const shown = <T extends { private?: boolean }>(record: T) => options.includePrivate || !record.private;
  const { since } = options;
  const recent = (day: IsoDate) => since === undefined || day >= since;

  const checkins = person.checkins.filter((c) => recent(c.on));
  const notes = person.notes.filter((n) => shown(n) && (since === undefined || dateOf(n.at) >= since));
  const reflections = person.reflections.filter(shown);
  // A session before `since` stays when a record that is shown was agreed or reviewed in it,
  // so every reference in the export points at something in it.
  const referenced = new Set([...person.actions, ...checkins, ...reflections].map((r) => r.session));
  const sessions = person.sessions
    .filter((s) => recent(s.on) || referenced.has(s.id))
    .map((s) => (options.includePrivate ? s : { ...s, notes: s.notes.filter(shown) }));

  let latest: ExportedPerson['latest'] | undefined;
  let splits: ExportedPerson['splits'] | undefined;
  return {
    person: { ...person, reflections, checkins, notes, sessions, drafts: options.includePrivate ? person.drafts : [] },
    // Worked out when first shown: the JSON export shows neither.
    get latest() {
      return (latest ??= latestCheckins(person));
    },
    get splits() {
      return (splits ??= splitsOf(person));
    },
  };
}

/** A journal holding only what the export shows; it is valid against the journal's schema. */
export function exportedJournal(journal: Journal, people: readonly ExportedPerson[], allPeople: boolean): Journal {
  const exported: Journal = { version: journal.version, people: people.map((p) => p.person) };
  if (allPeople && journal.owner !== undefined) exported.owner = journal.owner;
  return exported;
}
