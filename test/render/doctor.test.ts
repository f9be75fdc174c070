import { describe, expect, it } from 'vitest';
import type { JournalInspection } from '../../src/domain/inspection';
import { doctorProblems, renderDoctor } from '../../src/render/doctor';
import { plain } from '../../src/render/paint';

const PATH = '/home/ada/notes/journal.json';

function report(fileMode: number, dirMode: number, ownFolder = false): JournalInspection {
  return { path: PATH, exists: true, size: 10, modified: new Date('2026-11-25T09:00:00Z'), encrypted: false, counts: { people: 1, goals: 0, actions: 0, checkins: 0, notes: 1, sessions: 0 }, fileMode, dirMode, ownFolder, backups: [], locked: false, conflictedCopies: [] };
}

const permissions = (r: JournalInspection) => renderDoctor(r, plain).split('\n').find((line) => line.startsWith('Permissions'))!.replace(/^Permissions +/, '');

describe("grow doctor's permission check", () => {
  it('lets the file decide who may read it: a private file in /tmp or in a folder of the person is well', () => {
    for (const dir of [0o1777, 0o755, 0o700, 0o711]) {
      expect(doctorProblems(report(0o600, dir)), dir.toString(8)).toBe(0);
      expect(renderDoctor(report(0o600, dir), plain)).toContain('All well.');
    }
    // The sticky bit is shown, as ls and stat show it.
    expect(permissions(report(0o600, 0o1777))).toBe('file 600, folder 1777');
  });

  it('says exactly what others may do to a file opened up, and fixes only the file', () => {
    expect(permissions(report(0o644, 0o755))).toBe(`file 644, folder 755: others on this computer may read it; fix with: chmod 600 '${PATH}'`);
    expect(permissions(report(0o620, 0o1777))).toBe(`file 620, folder 1777: others on this computer may change it; fix with: chmod 600 '${PATH}'`);
    expect(permissions(report(0o666, 0o700))).toBe(`file 666, folder 700: others on this computer may read and change it; fix with: chmod 600 '${PATH}'`);
    expect(doctorProblems(report(0o644, 0o755))).toBe(1);
  });

  it('warns of a folder others may write to without the sticky bit, and advises chmod only on the folder grow made', () => {
    expect(permissions(report(0o600, 0o777))).toBe('file 600, folder 777: others on this computer can replace it, since they may write to its folder; keep it in a folder only you can write to');
    expect(permissions(report(0o644, 0o775))).toBe(
      `file 644, folder 775: others on this computer may read it, and can replace it, since they may write to its folder; fix with: chmod 600 '${PATH}'; keep it in a folder only you can write to`,
    );
    expect(permissions(report(0o600, 0o777, true))).toBe("file 600, folder 777: others on this computer can replace it, since they may write to its folder; fix with: chmod 700 '/home/ada/notes'");
    // grow's own folder with the sticky bit is left alone: nothing to fix, no bit to lose.
    expect(doctorProblems(report(0o600, 0o1777, true))).toBe(0);
  });
});
