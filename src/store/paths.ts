// Where the journal lives: --journal, else GROW_JOURNAL, else the XDG data folder.
import { lstatSync, readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../errors';
// One messages module, not the index: grow remind reads this file at every new terminal.
import { common } from '../messages/common';

/** As many links as Linux follows before it gives up with ELOOP. */
const MAX_LINKS = 40;

export function resolveJournalPath(flag: string | undefined, env: NodeJS.ProcessEnv, home = homedir()): string {
  // An empty --journal is a mistake (an unset variable in a script, say), never a wish for the default journal.
  if (flag !== undefined && flag.trim() === '') throw new UsageError(common.emptyJournal);
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

/**
 * Where a chain of links ends: the file itself when `path` is no link, else the file the
 * last link points to, which may not exist yet. A journal reached through a link (kept in a
 * sync folder, say) is locked, written and backed up there, and the link stays a link.
 */
export function linkEnd(path: string): string {
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    try {
      if (!lstatSync(path).isSymbolicLink()) return path;
      path = resolve(dirname(path), readlinkSync(path));
    } catch {
      return path;
    }
  }
  return path;
}
