// What `grow remind` needs from the journal (the due facts of open items: dates and cadences,
// no text; and the day of each next one-on-one, with whom), kept beside it so that remind, which runs at every new terminal, need not read,
// check and parse the whole journal each time. The facts are tied to one version of the
// journal file by its device, inode, size and modification and change times: any write to
// the file, by grow or by anyone, changes its change time, and facts that no longer match
// are worked out afresh (load-remind-facts.ts). (Where file times are coarse, an edit by hand
// in the same second that keeps the size shows at the next change: only the reminder line
// depends on these facts, never the journal.)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DueFact } from '../domain/due';
import type { Meeting, RemindFacts } from '../domain/reminders';
import { backupDirOf, linkEnd, resolveJournalPath } from './paths';

/** 3: people and meetings as lists of [name, facts], read into Maps, since a name may be __proto__ or constructor. */
const FORMAT = 3;

/** RemindFacts as JSON holds them. */
interface KeptFacts {
  people: [string, DueFact[]][];
  promised: DueFact[];
  meetings: [string, Meeting][];
}

export const remindFactsPath = (journalPath: string) => join(backupDirOf(journalPath), 'remind-facts.json');

/**
 * The journal file the facts are kept for, as --journal (`given`) or the environment names it:
 * where it is once links are followed, and which version of it is there; null when there is
 * no journal yet.
 */
export function remindedJournal(given: string | undefined, env: NodeJS.ProcessEnv): { path: string; version: string } | null {
  const path = linkEnd(resolveJournalPath(given, env));
  const version = journalVersion(path);
  return version === null ? null : { path, version };
}

/** Names this version of the journal file; null when there is no journal yet. */
function journalVersion(journalPath: string): string | null {
  try {
    const file = statSync(journalPath, { bigint: true });
    return [file.dev, file.ino, file.size, file.mtimeNs, file.ctimeNs].join(':');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The facts kept for this version of the journal, if there are any. */
export function keptRemindFacts(journalPath: string, version: string): RemindFacts | undefined {
  try {
    const kept = JSON.parse(readFileSync(remindFactsPath(journalPath), 'utf8')) as { format?: unknown; version?: unknown } & KeptFacts;
    return kept.format === FORMAT && kept.version === version ? { people: new Map(kept.people), promised: kept.promised, meetings: new Map(kept.meetings) } : undefined;
  } catch {
    return undefined;
  }
}

export function remindFactsText(version: string, facts: RemindFacts): string {
  const kept: KeptFacts = { people: [...facts.people], promised: facts.promised, meetings: [...facts.meetings] };
  return `${JSON.stringify({ format: FORMAT, version, ...kept })}\n`;
}
