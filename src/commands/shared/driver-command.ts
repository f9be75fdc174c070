// The command git runs as the journal's merge driver: grow git setup writes it, grow sync
// writes it again when it has changed (grow moved, or a newer Node runs it).
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { shellQuoted } from '../../messages/words';

/**
 * How git starts this grow: `grow` when that is what the PATH finds, else this very grow by
 * its full path (git may run the driver where the PATH differs, and sync sets it anew).
 */
export function driverCommand(env: NodeJS.ProcessEnv, script = process.argv[1] ?? '', node = process.execPath): string {
  const self = realOrNot(script);
  const first = (env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'grow')).find((path) => existsSync(path));
  if (first !== undefined && realOrNot(first) === self) return 'grow';
  return `${shellQuoted(node)} ${shellQuoted(self)}`;
}

function realOrNot(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
