// A conflicted copy, once merged, goes into the journal's backups folder: out of the sync
// folder's way, and still there should the person want to look at it again. Beside an
// encrypted journal it is kept encrypted with the journal's key, as everything grow keeps
// there is: a copy in plain text (from a machine that never encrypted) is sealed on the way.
import { existsSync } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { replaceFileAtomic } from './atomic-write';
import { seal } from './envelope';
import { startsAsEnvelope } from './envelope-start';
import { inWords } from './file-errors';
import { backupsFolder } from './folders';
import type { Keyring } from './keyring';
import { readJournalFile, startsEncrypted } from './read';

/** Moves the copy into the backups folder, under its own name (numbered when taken): where it went. */
export async function keepMergedCopy(journalPath: string, copy: string, keyring: Keyring): Promise<string> {
  return inWords(journalPath, async () => {
    const folder = await backupsFolder(journalPath);
    const name = basename(copy);
    const ext = extname(name);
    let target = join(folder, name);
    for (let n = 2; existsSync(target); n++) target = join(folder, `${name.slice(0, name.length - ext.length)} (${n})${ext}`);
    const sealing = startsEncrypted(journalPath) ? (await readJournalFile(journalPath, keyring))?.sealing : undefined;
    const bytes = sealing ? await readFile(copy) : undefined;
    if (sealing && bytes && !startsAsEnvelope(bytes)) {
      await replaceFileAtomic(target, seal(bytes, sealing));
      await rm(copy);
    } else await rename(copy, target);
    return target;
  });
}
