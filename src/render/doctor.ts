// The doctor's report: one labelled line per fact, problems in red with what to do.
import { dirname } from 'node:path';
import { messages } from '../messages';
import { shellQuoted } from '../messages/words';
import { exposureOf, type JournalInspection } from '../domain/inspection';
import { byteSize, dateTimeText } from './format';
import type { Paint } from './paint';
import { safeText } from './text';

const m = messages.doctor;

export function doctorProblems(report: JournalInspection): number {
  return (report.problem ? 1 : 0) + (exposureOf(report) ? 1 : 0) + (report.plainBackups ? 1 : 0) + (report.plainFiles?.length ? 1 : 0) + (report.backupsProblem ? 1 : 0) + (report.conflictedCopies.length > 0 ? 1 : 0);
}

// Paths and the words of errors hold what grow did not write (a file name, a field read from
// a file): each is made safe to show before it is painted.
export function renderDoctor(report: JournalInspection, paint: Paint): string {
  const rows: [string, string][] = [[m.labels.journal, safeText(report.path)]];
  if (!report.exists) {
    rows.push([m.labels.exists, m.notYet]);
  } else {
    rows.push([m.labels.exists, m.size(byteSize(report.size ?? 0), when(report.modified))]);
    rows.push([m.labels.valid, validity(report, paint)]);
    rows.push([m.labels.encrypted, encryption(report, paint)]);
  }
  if (report.dirMode !== undefined) {
    const modes = m.modes(modeText(report.fileMode), modeText(report.dirMode));
    const open = permissionAdvice(report);
    rows.push([m.labels.permissions, open ? paint.red(safeText(`${modes}: ${open}`)) : modes]);
  }
  const [newest] = report.backups;
  const backups = report.backupsProblem
    ? paint.red(safeText([report.backupsProblem.message, report.backupsProblem.hint].filter(Boolean).join('\n')))
    : newest
      ? m.backupCount(report.backups.length, `${safeText(newest.path)} (${when(newest.modified)})`)
      : m.noBackups;
  rows.push([m.labels.backups, backups]);
  rows.push([m.labels.lock, report.locked ? paint.yellow(m.lockHeld) : m.lockFree]);
  const copies = report.conflictedCopies;
  if (copies.length > 0) rows.push([m.labels.copies, paint.red([m.conflictedCopies(copies.length), ...copies.map((copy) => `  grow merge ${safeText(shellQuoted(copy))}`)].join('\n'))]);

  const width = Math.max(...Object.values(m.labels).map((label) => label.length)) + 2;
  const lines = rows.map(([label, value]) => paint.bold(label.padEnd(width)) + value.split('\n').join(`\n${' '.repeat(width)}`));
  // Problems are counted on stderr by the command, so they also reach scripts.
  return `${lines.join('\n')}\n${doctorProblems(report) === 0 ? `\n${paint.green(m.allWell)}\n` : ''}`;
}

/** What others may do, and the fix: chmod for the journal, and for grow's own folder only. */
function permissionAdvice(report: JournalInspection): string | undefined {
  const exposure = exposureOf(report);
  if (!exposure) return undefined;
  const chmods = exposure.read || exposure.change ? [m.chmod('600', report.path)] : [];
  const otherwise: string[] = [];
  if (exposure.replace && report.ownFolder) chmods.push(m.chmod('700', dirname(report.path)));
  else if (exposure.replace) otherwise.push(m.moveIt);
  return [m.exposed(exposure), ...(chmods.length > 0 ? [m.fixWith(chmods)] : []), ...otherwise].join('; ');
}

function encryption(report: JournalInspection, paint: Paint): string {
  if (!report.encrypted) return m.no;
  const exposed = [report.plainBackups ? m.plainBackups(report.plainBackups) : undefined, report.plainFiles?.length ? m.plainFiles(report.plainFiles) : undefined].filter(Boolean);
  return exposed.length > 0 ? paint.red(safeText(exposed.join('\n'))) : m.yes;
}

function validity(report: JournalInspection, paint: Paint): string {
  if (report.problem) return paint.red(safeText(`${m.invalid}: ${report.problem.message}${report.problem.hint ? `\n${report.problem.hint}` : ''}`));
  return report.needsPassphrase ? m.unopened : m.valid(counts(report));
}

function counts(report: JournalInspection): string {
  const c = report.counts;
  if (!c) return '';
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(c.people, 'person', 'people'),
    n(c.goals, 'goal', 'goals'),
    n(c.actions, 'action item', 'action items'),
    n(c.checkins, 'check-in', 'check-ins'),
    n(c.notes, 'note', 'notes'),
    n(c.sessions, 'session', 'sessions'),
  ].join(', ');
}

function when(date: Date | undefined): string {
  return date ? dateTimeText(date) : '';
}

/** 0o600 → "600", as chmod takes it. */
export function modeText(mode: number | undefined): string {
  return mode === undefined ? '-' : mode.toString(8).padStart(3, '0');
}
