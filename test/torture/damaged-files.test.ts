// Every damaged journal in the corpus is refused by reading, writing and checking commands
// alike: exit 1, a one-line reason (and at most a line on what to do), never a stack trace,
// and the file exactly as it was.
import { chmodSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempJournal } from '../support/temp';
import { runGrow } from '../e2e/support/grow';
import { DAMAGED_JOURNALS, PASSPHRASE } from './support/damaged-journals';

const NOBODY = 65534;
const isRoot = process.getuid?.() === 0;

/** Everything about the journal's folder that a write could change. */
function snapshot(path: string): unknown {
  const folder = dirname(path);
  return readdirSync(folder).map((name) => {
    const file = `${folder}/${name}`;
    const info = lstatSync(file);
    if (info.isSymbolicLink()) return [name, 'link', readlinkSync(file)];
    if (info.isDirectory()) return [name, 'folder', readdirSync(file)];
    return [name, info.mode, readFileSync(file).toString('base64')];
  });
}

// Each case has its own folder, so they run side by side.
describe.concurrent('a corpus of damaged journals', () => {
  expect(DAMAGED_JOURNALS.length).toBeGreaterThanOrEqual(30);

  for (const damaged of DAMAGED_JOURNALS) {
    it(`refuses ${damaged.name}, and leaves it as it was`, async () => {
      const journal = tempJournal();
      const folder = dirname(journal);
      await import('node:fs').then((fs) => fs.mkdirSync(folder, { recursive: true, mode: 0o700 }));
      await damaged.make(journal);
      const before = snapshot(journal);
      // Root reads every file whatever its mode, so the unreadable journal is read by another user.
      const uid = damaged.asOtherUser && isRoot ? NOBODY : undefined;
      if (uid !== undefined) for (let dir = folder; dir !== dirname(dir) && dir.startsWith('/tmp/'); dir = dirname(dir)) chmodSync(dir, 0o711);
      const env = { GROW_PASSPHRASE: PASSPHRASE };

      for (const args of [['notes'], ['note', 'this must not be saved'], ['goal', 'add', 'A steady writer']]) {
        const result = await runGrow(args, { journal, env, uid });
        const lines = result.stderr.trimEnd().split('\n');
        expect(result.code, `grow ${args[0]}: ${result.stderr}`).toBe(1);
        expect(lines[0]).toMatch(/^grow: /);
        expect(lines[0]).toMatch(damaged.reason);
        expect(lines.length, result.stderr).toBeLessThanOrEqual(2);
        expect(result.stderr).not.toMatch(/\n\s+at |Something went wrong inside grow/);
      }
      const doctor = await runGrow(['doctor'], { journal, env, uid });
      expect(doctor.code, doctor.stdout).toBe(1);
      expect(doctor.stdout).toMatch(damaged.reason);
      expect(snapshot(journal)).toEqual(before);
    });
  }
});
