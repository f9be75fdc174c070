// A conflicted copy, once merged, goes into the journal's backups folder: out of the sync
// folder's way, and still there should the person want to look at it again.
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { backupsFolder } from './folders';

/** Moves the copy into the backups folder, under its own name (numbered when taken): where it went. */
export async function keepMergedCopy(journalPath: string, copy: string): Promise<string> {
  const folder = await backupsFolder(journalPath);
  const name = basename(copy);
  const ext = extname(name);
  let target = join(folder, name);
  for (let n = 2; existsSync(target); n++) target = join(folder, `${name.slice(0, name.length - ext.length)} (${n})${ext}`);
  await rename(copy, target);
  return target;
}
