// What `grow doctor` reports about the journal file, gathered without changing anything.
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GrowError } from '../errors';
import type { JournalInspection } from '../domain/inspection';
import type { Journal } from '../domain/schema';
import { listBackups } from './backups';
import { isLocked } from './lock';
import { readJournal } from './read';

export async function inspectJournal(path: string): Promise<JournalInspection> {
  const [file, dir, backups, locked] = await Promise.all([
    stat(path).catch(() => undefined),
    stat(dirname(path)).catch(() => undefined),
    listBackups(path),
    isLocked(path),
  ]);
  const report: JournalInspection = { path, exists: file !== undefined, encrypted: false, backups, locked };
  if (dir) report.dirMode = dir.mode & 0o777;
  if (!file) return report;
  report.size = file.size;
  report.modified = file.mtime;
  report.fileMode = file.mode & 0o777;
  try {
    const journal = await readJournal(path);
    if (journal) report.counts = countRecords(journal);
  } catch (error) {
    if (!(error instanceof GrowError)) throw error;
    report.problem = { message: error.message, hint: error.hint };
  }
  return report;
}

function countRecords(journal: Journal): NonNullable<JournalInspection['counts']> {
  const sum = (pick: (p: Journal['people'][number]) => unknown[]) => journal.people.reduce((n, p) => n + pick(p).length, 0);
  return {
    people: journal.people.length,
    goals: sum((p) => p.goals),
    actions: sum((p) => p.actions),
    checkins: sum((p) => p.checkins),
    notes: sum((p) => p.notes),
    sessions: sum((p) => p.sessions),
  };
}
