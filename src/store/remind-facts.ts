// What `grow remind` needs from the journal (the due facts of open items: dates and cadences,
// no text), kept beside it so that remind, which runs at every new terminal, need not read,
// check and parse the whole journal each time. The facts are tied to one version of the
// journal file by its device, inode, size and modification and change times: any write to
// the file, by grow or by anyone, changes its change time, and facts that no longer match
// are worked out afresh (load-remind-facts.ts). (Where file times are coarse, an edit by hand
// in the same second that keeps the size shows at the next change: only the reminder line
// depends on these facts, never the journal.)
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DueFact } from '../domain/due';
import { backupDirOf } from './paths';

/** 2: people as a list of [name, facts], read into a Map, since a name may be __proto__ or constructor. */
const FORMAT = 2;

/** Each person's open items, by lower-case name. */
export type PeopleFacts = Map<string, DueFact[]>;

export const remindFactsPath = (journalPath: string) => join(backupDirOf(journalPath), 'remind-facts.json');

/** Names this version of the journal file; null when there is no journal yet. */
export function journalVersion(journalPath: string): string | null {
  try {
    const file = statSync(journalPath, { bigint: true });
    return [file.dev, file.ino, file.size, file.mtimeNs, file.ctimeNs].join(':');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The facts kept for this version of the journal, if there are any. */
export function keptRemindFacts(journalPath: string, version: string): PeopleFacts | undefined {
  try {
    const kept = JSON.parse(readFileSync(remindFactsPath(journalPath), 'utf8')) as { format?: unknown; version?: unknown; people?: [string, DueFact[]][] };
    return kept.format === FORMAT && kept.version === version ? new Map(kept.people) : undefined;
  } catch {
    return undefined;
  }
}

export function remindFactsText(version: string, people: PeopleFacts): string {
  return `${JSON.stringify({ format: FORMAT, version, people: [...people] })}\n`;
}
