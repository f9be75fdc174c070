// What a grow killed while it wrote leaves behind: a temporary file beside the file it was
// replacing (maybe the plain text of an encrypted journal), or the editor's folder with a
// note in it. Their names carry the writer's process id, so that the next grow can tell
// leftovers from files a grow still running is writing, without any lock.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isRunning } from '../process-alive';

/**
 * Removes the temporary files in `dir` (of the file `name`, or of any file) whose writer is
 * no longer running: a grow killed mid-write leaves one, maybe holding the plain text of an
 * encrypted journal. A writer still running keeps its file, so no lock is needed.
 */
export async function removeLeftoverTemps(dir: string, name?: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => isLeftover(n, name)).map((n) => rm(join(dir, n), { force: true }).catch(() => undefined)));
}

/** `.journal.json.4242-0123456789ab.tmp`: a temporary file of grow's whose writer, process 4242, is gone. */
export function isLeftover(fileName: string, of?: string): boolean {
  const temp = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/.exec(fileName);
  return temp !== null && (of === undefined || temp[1] === of) && !isRunning(Number(temp[2]));
}
