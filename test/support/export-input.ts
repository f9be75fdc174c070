// The input every export renderer takes, made from a journal as `grow export` makes it.
import type { IsoDate } from '../../src/domain/dates';
import { exportedJournal, exportPerson } from '../../src/domain/export-view';
import type { Journal } from '../../src/domain/schema';
import type { ExportInput } from '../../src/render/exports';

export interface InputOptions {
  person?: string;
  allPeople?: boolean;
  includePrivate?: boolean;
  since?: IsoDate;
  today?: IsoDate;
}

export function exportInput(journal: Journal, options: InputOptions = {}): ExportInput {
  const allPeople = options.allPeople ?? false;
  const chosen = allPeople ? journal.people : journal.people.filter((p) => p.name === (options.person ?? 'me'));
  const people = chosen.map((p) => exportPerson(p, { includePrivate: options.includePrivate ?? false, since: options.since }));
  return { journal: { ...exportedJournal(journal, allPeople), people: people.map((p) => p.person) }, people, allPeople, today: options.today ?? '2026-11-25', since: options.since };
}
