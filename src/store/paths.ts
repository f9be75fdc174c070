// Where the journal lives: --journal, else GROW_JOURNAL, else the XDG data folder.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function resolveJournalPath(flag: string | undefined, env: NodeJS.ProcessEnv, home = homedir()): string {
  const given = flag ?? nonEmpty(env.GROW_JOURNAL);
  if (given) return resolve(expandHome(given, home));
  return join(dataDir(env, home), 'journal.json');
}

/** grow's own folder, which it makes private; any other folder of a journal is the person's choice. */
export function dataDir(env: NodeJS.ProcessEnv, home = homedir()): string {
  return join(nonEmpty(env.XDG_DATA_HOME) ?? join(home, '.local', 'share'), 'grow');
}

/** A quoted "~/journal.json" reaches grow unexpanded; people still mean their home. */
function expandHome(path: string, home: string): string {
  return path === '~' || path.startsWith('~/') ? join(home, path.slice(1)) : path;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

export const lockPathOf = (journalPath: string) => `${journalPath}.lock`;
export const backupDirOf = (journalPath: string) => `${journalPath}.backups`;
