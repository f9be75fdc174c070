import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyJournal } from '../../src/domain/journal';
import { ENVELOPE_START } from '../../src/store/envelope-start';
import { journalText } from '../../src/store/journal-text';
import { isJournalOpenToOthers, makeJournalPrivate } from '../../src/store/private-file';
import { tempDir } from '../support/temp';

const modeOf = (path: string) => statSync(path).mode & 0o7777;
const JOURNAL = journalText(emptyJournal());

function fileWithMode(mode: number, text = JOURNAL): string {
  const path = join(tempDir(), 'journal.json');
  writeFileSync(path, text);
  chmodSync(path, mode);
  return path;
}

describe('a journal open to others', () => {
  it('is made readable by its owner alone, whatever the group or others could do with it; the mode it had is told', () => {
    for (const mode of [0o644, 0o640, 0o604, 0o660, 0o606, 0o666, 0o620, 0o602, 0o664]) {
      const path = fileWithMode(mode);
      expect(isJournalOpenToOthers(path), mode.toString(8)).toBe(true);
      expect(modeOf(path)).toBe(mode);
      expect(makeJournalPrivate(path), mode.toString(8)).toBe(mode);
      expect(modeOf(path)).toBe(0o600);
      expect(readFileSync(path, 'utf8')).toBe(JOURNAL);
      expect(makeJournalPrivate(path)).toBeUndefined();
    }
  });

  it("is left as it is when it is private already, when others may only run it, and when it is not the person's own", () => {
    for (const mode of [0o600, 0o400, 0o700, 0o610, 0o601, 0o711]) {
      const path = fileWithMode(mode);
      expect(isJournalOpenToOthers(path)).toBe(false);
      expect(makeJournalPrivate(path)).toBeUndefined();
      expect(modeOf(path)).toBe(mode);
    }
    const theirs = fileWithMode(0o644);
    chownSync(theirs, 65534, 65534);
    expect(makeJournalPrivate(theirs)).toBeUndefined();
    expect(modeOf(theirs)).toBe(0o644);
  });

  it('is a journal grow wrote, plain or encrypted: any other file a mistyped --journal names keeps its mode', () => {
    expect(makeJournalPrivate(fileWithMode(0o644, `${ENVELOPE_START.toString()}, "cipher": "aes-256-gcm"}\n`))).toBe(0o644);
    for (const text of ['root:x:0:0:root:/root:/bin/bash\n', '{"version": 3, "people": []}\n', '{\n  "version"', '']) {
      const path = fileWithMode(0o644, text);
      expect(isJournalOpenToOthers(path)).toBe(false);
      expect(makeJournalPrivate(path)).toBeUndefined();
      expect(modeOf(path)).toBe(0o644);
    }
  });

  it('is only ever a file, reached through a link as the file it points to', () => {
    const folder = tempDir();
    expect(makeJournalPrivate(join(folder, 'none.json'))).toBeUndefined();
    mkdirSync(join(folder, 'a-folder'), { mode: 0o755 });
    expect(makeJournalPrivate(join(folder, 'a-folder'))).toBeUndefined();
    expect(modeOf(join(folder, 'a-folder'))).toBe(0o755);
    const target = fileWithMode(0o644);
    symlinkSync(target, join(folder, 'link.json'));
    expect(makeJournalPrivate(join(folder, 'link.json'))).toBe(0o644);
    expect(modeOf(target)).toBe(0o600);
  });
});
